/* Copyright 2026 The Secteurs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Printing (issue 26): the real print operation saves every sector as a
 * PDF, on A4 and on Letter, and check-print.py reads the pages back with
 * poppler's pdftotext against data/sectors.json; the window prints the
 * sector it shows, from its menu and with Ctrl+P.
 */

#include "config.h"

#include <glib/gstdio.h>

#include "sct-sector-print.h"
#include "sct-test-utils.h"

static const char * const papers[] = { GTK_PAPER_NAME_A4, GTK_PAPER_NAME_LETTER };

/* Saves @sectors as @path on @paper, through the print operation as the
 * print dialog's "Print to File" would. */
static void
export_pdf (SctProgramme *programme,
            GListModel   *sectors,
            const char   *paper,
            const char   *path)
{
  g_autoptr(SctSectorPrint) print = sct_sector_print_new (programme, sectors);
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) size = gtk_paper_size_new (paper);
  g_autoptr(GError) error = NULL;
  GtkPrintOperationResult result;

  gtk_page_setup_set_paper_size_and_default_margins (setup, size);
  gtk_print_operation_set_default_page_setup (GTK_PRINT_OPERATION (print), setup);
  gtk_print_operation_set_export_filename (GTK_PRINT_OPERATION (print), path);

  result = gtk_print_operation_run (GTK_PRINT_OPERATION (print), GTK_PRINT_OPERATION_ACTION_EXPORT,
                                    NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (result, ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
}

/* Runs check-print.py with @args after it; fails the test with what it
 * said if it finds anything wrong. */
static void
run_checker (const char * const *args)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) argv = NULL;
  g_autoptr(GSubprocess) checker = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *output = NULL;
  g_autofree char *script = g_test_build_filename (G_TEST_DIST, "check-print.py", NULL);

  g_strv_builder_add_many (builder, "python3", script, NULL);
  g_strv_builder_addv (builder, (const char **) args);
  argv = g_strv_builder_end (builder);

  checker = g_subprocess_newv ((const char * const *) argv,
                               G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_MERGE,
                               &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (checker, NULL, NULL, &output, NULL, &error);
  g_assert_no_error (error);

  g_test_message ("%s", output);
  if (!g_subprocess_get_successful (checker))
    g_error ("check-print.py found faults:\n%s", output);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_remove (child);
    }

  g_rmdir (path);
}

/* Every sector alone, then all of them in one document, on each paper;
 * the checker compares each PDF's text with the dataset, fact by fact. */
static void
test_every_sector (void)
{
  g_autoptr(SctDataset) dataset = sct_test_load_bundled ();
  GListModel *sectors = sct_dataset_get_sectors (dataset);
  SctProgramme *programme = sct_dataset_get_programme (dataset);
  g_autofree char *dir = g_dir_make_tmp ("secteurs-print-XXXXXX", NULL);
  g_autofree char *data = g_test_build_filename (G_TEST_DIST, "..", "data", "sectors.json", NULL);
  gint64 start = g_get_monotonic_time ();

  g_assert_nonnull (dir);
  for (guint p = 0; p < G_N_ELEMENTS (papers); p++)
    {
      g_autofree char *paper_dir = g_build_filename (dir, papers[p], NULL);
      g_autofree char *all = g_build_filename (paper_dir, "all.pdf", NULL);

      g_assert_cmpint (g_mkdir (paper_dir, 0700), ==, 0);

      for (guint i = 0; i < g_list_model_get_n_items (sectors); i++)
        {
          g_autoptr(SctSector) sector = g_list_model_get_item (sectors, i);
          g_autoptr(GListStore) one = g_list_store_new (SCT_TYPE_SECTOR);
          g_autofree char *name = g_strconcat (sct_sector_get_id (sector), ".pdf", NULL);
          g_autofree char *path = g_build_filename (paper_dir, name, NULL);

          g_list_store_append (one, sector);
          export_pdf (programme, G_LIST_MODEL (one), papers[p], path);
        }

      export_pdf (programme, sectors, papers[p], all);
    }

  g_test_message ("%u PDFs written in %.1f s", 2 * (g_list_model_get_n_items (sectors) + 1),
                  (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC);

  run_checker ((const char * const []) { "sectors", sct_test_is_french () ? "fr" : "en",
                                         data, dir, NULL });
  remove_tree (dir);
}

/* Markup, bidi overrides, control characters, a 10 000-letter word: all
 * printed, and all within the page. */
static void
test_hostile_data (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "reliability", "hostile.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(SctDataset) dataset = sct_dataset_new_from_file (file, &error);
  g_autofree char *dir = g_dir_make_tmp ("secteurs-print-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "hostile.pdf", NULL);

  g_assert_no_error (error);
  g_assert_nonnull (dir);
  export_pdf (sct_dataset_get_programme (dataset), sct_dataset_get_sectors (dataset),
              GTK_PAPER_NAME_A4, pdf);

  run_checker ((const char * const []) { "bounds", pdf, NULL });
  remove_tree (dir);
}

/* "Print to File" offers the sector's title as the PDF's name, or how
 * many sectors it holds. */
static void
test_file_name (void)
{
  g_autoptr(SctDataset) dataset = sct_test_load_bundled ();
  SctSector *sector = sct_dataset_lookup_sector (dataset, "insertion-emploi");
  g_autoptr(GListStore) one = g_list_store_new (SCT_TYPE_SECTOR);
  g_autoptr(SctSectorPrint) print_one = NULL;
  g_autoptr(SctSectorPrint) print_all = NULL;
  GtkPrintSettings *settings;

  g_list_store_append (one, sector);
  print_one = sct_sector_print_new (sct_dataset_get_programme (dataset), G_LIST_MODEL (one));
  settings = gtk_print_operation_get_print_settings (GTK_PRINT_OPERATION (print_one));
  g_assert_cmpstr (gtk_print_settings_get (settings, GTK_PRINT_SETTINGS_OUTPUT_BASENAME), ==,
                   "Insertion en emploi");

  print_all = sct_sector_print_new (sct_dataset_get_programme (dataset),
                                    sct_dataset_get_sectors (dataset));
  settings = gtk_print_operation_get_print_settings (GTK_PRINT_OPERATION (print_all));
  g_assert_cmpstr (gtk_print_settings_get (settings, GTK_PRINT_SETTINGS_OUTPUT_BASENAME), ==,
                   sct_test_is_french () ? "12 secteurs" : "12 sectors");
}

/* A PDF that cannot be written is an error to show, not a crash. */
static void
test_export_error (void)
{
  g_autoptr(SctDataset) dataset = sct_test_load_bundled ();
  g_autoptr(SctSectorPrint) print = sct_sector_print_new (sct_dataset_get_programme (dataset),
                                                          sct_dataset_get_sectors (dataset));
  g_autoptr(GError) error = NULL;
  GtkPrintOperationResult result;

  gtk_print_operation_set_export_filename (GTK_PRINT_OPERATION (print),
                                           "/nonexistent/dir/sectors.pdf");
  result = gtk_print_operation_run (GTK_PRINT_OPERATION (print), GTK_PRINT_OPERATION_ACTION_EXPORT,
                                    NULL, &error);
  g_assert_error (error, GTK_PRINT_ERROR, GTK_PRINT_ERROR_GENERAL);
  g_assert_cmpint (result, ==, GTK_PRINT_OPERATION_RESULT_ERROR);
}

/* Print… in the sector pane's menu and Ctrl+P open the print dialog for
 * the sector shown; with none shown, there is nothing to print. */
static void
test_window_prints_shown_sector (void)
{
  SctWindow *window = sct_test_window_new (1200, 800);
  GtkMenuButton *button = GTK_MENU_BUTTON (sct_test_find_by_id (GTK_WIDGET (window),
                                                                "sector_menu_button"));
  GtkWidget *popover, *item;

  /* The welcome page: no menu, and Ctrl+P does nothing. */
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (button)));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.print", NULL);
  sct_test_press_keys (window, "ctrl+p");
  g_assert_null (sct_test_find_print_dialog (window));

  g_assert_true (sct_window_show_sector (window, "insertion-emploi"));
  sct_test_wait_until_idle ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (button)));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       sct_test_is_french () ? "Menu du secteur" : "Sector Menu");

  /* The menu's item, in the UI's language, opens the print dialog. */
  gtk_menu_button_popup (button);
  sct_test_wait_until_idle ();
  popover = GTK_WIDGET (gtk_menu_button_get_popover (button));
  g_assert_true (GTK_IS_POPOVER_MENU (popover));
  item = sct_test_find_label (popover, sct_test_is_french () ? "Imprimer…" : "Print…");
  g_assert_nonnull (item);
  item = gtk_widget_get_ancestor (item, g_type_from_name ("GtkModelButton"));
  g_assert_nonnull (item);
  gtk_widget_activate (item);
  sct_test_wait_until_idle ();
  sct_test_close_print_dialog (window);

  sct_test_press_keys (window, "ctrl+p");
  sct_test_close_print_dialog (window);

  sct_test_window_free (window);
}

int
main (int   argc,
      char *argv[])
{
  sct_test_init_ui (&argc, &argv);

  g_test_add_func ("/print/every-sector", test_every_sector);
  g_test_add_func ("/print/hostile-data", test_hostile_data);
  g_test_add_func ("/print/file-name", test_file_name);
  g_test_add_func ("/print/export-error", test_export_error);
  g_test_add_func ("/print/window-prints-shown-sector", test_window_prints_shown_sector);

  return g_test_run ();
}
