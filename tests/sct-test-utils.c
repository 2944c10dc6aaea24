/* Copyright 2026 The Secteurs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "sct-issue-chip.h"
#include "sct-organisation-chooser.h"
#include "sct-sector-page.h"
#include "sct-test-utils.h"

/* Runs the UI tests in a fresh home, with our build's translations. */
void
sct_test_init_ui (int    *argc,
                  char ***argv)
{
  g_autofree char *home = g_dir_make_tmp ("secteurs-test-XXXXXX", NULL);
  g_autofree char *runtime = g_build_filename (home, "runtime", NULL);

  g_mkdir_with_parents (runtime, 0700);
  g_setenv ("HOME", home, TRUE);
  g_setenv ("XDG_RUNTIME_DIR", runtime, TRUE);
  g_setenv ("XDG_CONFIG_HOME", home, TRUE);
  g_setenv ("XDG_CACHE_HOME", home, TRUE);

  /* gtk_test_init() sets a fixed locale; the tests run in the one the
   * environment asks for, which must exist, or a French run would
   * silently check English. */
  gtk_test_init (argc, argv, NULL);
  if (setlocale (LC_ALL, "") == NULL)
    g_error ("The locale %s is not available", g_getenv ("LC_ALL"));

  bindtextdomain (GETTEXT_PACKAGE, TEST_LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  adw_init ();

  /* Transitions only make the tests slower and their timing uncertain.
   * Besides, with them GTK 4.18 / libadwaita 1.7 sometimes lose a tree of
   * render nodes when the split view pops its content page (LeakSanitizer
   * in /window/narrow, 4 runs in 10). */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  /* What AdwApplication does for the app: its icons and its style. */
  gtk_icon_theme_add_resource_path (gtk_icon_theme_get_for_display (gdk_display_get_default ()),
                                    "/io/github/economiesociale/Secteurs/icons");
  {
    g_autoptr(GtkCssProvider) style = gtk_css_provider_new ();

    gtk_css_provider_load_from_resource (style, "/io/github/economiesociale/Secteurs/style.css");
    gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (style),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  }
}

gboolean
sct_test_is_french (void)
{
  const char *locale = setlocale (LC_MESSAGES, NULL);

  return locale != NULL && g_str_has_prefix (locale, "fr");
}

SctDataset *
sct_test_load_bundled (void)
{
  g_autoptr(GError) error = NULL;
  SctDataset *dataset;

  dataset = sct_dataset_new_from_resource ("/io/github/economiesociale/Secteurs/sectors.json", &error);
  g_assert_no_error (error);

  return dataset;
}

void
sct_test_wait (guint milliseconds)
{
  gint64 end = g_get_monotonic_time () + milliseconds * G_TIME_SPAN_MILLISECOND;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

static void
painted_cb (GdkFrameClock *clock,
            gpointer       user_data)
{
  guint *n_waiting = user_data;

  (*n_waiting)--;
  g_signal_handlers_disconnect_by_data (clock, user_data);
}

/* Handles every pending event, then waits until each window on screen
 * has drawn a frame: what a change asked of layout and drawing is done. */
void
sct_test_wait_until_idle (void)
{
  g_autoptr(GList) toplevels = NULL;
  guint n_waiting = 0;
  gint64 deadline = g_get_monotonic_time () + 10 * G_TIME_SPAN_SECOND;

  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);

  toplevels = gtk_window_list_toplevels ();
  for (GList *l = toplevels; l != NULL; l = l->next)
    {
      GdkFrameClock *clock = gtk_widget_get_frame_clock (l->data);

      if (clock == NULL || !gtk_widget_get_mapped (l->data))
        continue;

      n_waiting++;
      g_signal_connect (clock, "after-paint", G_CALLBACK (painted_cb), &n_waiting);
      gdk_frame_clock_request_phase (clock, GDK_FRAME_CLOCK_PHASE_AFTER_PAINT);
    }

  while (n_waiting > 0)
    {
      if (g_get_monotonic_time () > deadline)
        g_error ("No frame drawn within 10 s");
      g_main_context_iteration (NULL, TRUE);
    }

  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

static void
clicked_cb (GtkButton *button,
            gboolean  *clicked)
{
  *clicked = TRUE;
}

/* Activates @widget as Return or Space would, and waits for the result:
 * a button reacts once its key would be released. */
void
sct_test_activate (GtkWidget *widget)
{
  gboolean clicked = FALSE;
  gulong handler = 0;

  if (GTK_IS_BUTTON (widget))
    handler = g_signal_connect (widget, "clicked", G_CALLBACK (clicked_cb), &clicked);

  g_assert_true (gtk_widget_activate (widget));

  if (handler != 0)
    {
      while (!clicked)
        g_main_context_iteration (NULL, TRUE);
      g_signal_handler_disconnect (widget, handler);
    }

  sct_test_wait_until_idle ();
}

typedef struct {
  char *text;
  gboolean reported;
} Search;

static void
search_changed_cb (GtkSearchEntry *entry,
                   Search         *search)
{
  /* Setting a text empties the entry first, which it reports at once. */
  if (search->text != NULL && g_str_equal (gtk_editable_get_text (GTK_EDITABLE (entry)), search->text))
    search->reported = TRUE;
}

/* Types @text into @entry, as a whole, and waits until the entry has
 * reported it, after its delay, and the window has shown the result. */
void
sct_test_type_search (GtkWidget  *entry,
                      const char *text)
{
  Search search = { NULL, FALSE };
  gulong handler;

  g_assert_true (GTK_IS_SEARCH_ENTRY (entry));

  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (entry)), text) != 0)
    {
      handler = g_signal_connect (entry, "search-changed", G_CALLBACK (search_changed_cb), &search);
      gtk_editable_set_text (GTK_EDITABLE (entry), text);
      /* What the entry keeps of it: a line break, say, it does not. An
       * empty entry was reported at once. */
      search.text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry)));
      while (search.text[0] != '\0' && !search.reported)
        g_main_context_iteration (NULL, TRUE);
      g_signal_handler_disconnect (entry, handler);
      g_free (search.text);
    }

  sct_test_wait_until_idle ();
}

SctWindow *
sct_test_window_new (int width,
                     int height)
{
  g_autoptr(SctDataset) dataset = sct_test_load_bundled ();
  SctWindow *window = sct_window_new (NULL);

  sct_window_set_dataset (window, dataset);
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  sct_test_wait_until_idle ();

  return window;
}

void
sct_test_window_free (SctWindow *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  sct_test_wait (50);
}

static void
collect (GtkWidget *widget,
         GPtrArray *found,
         GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    g_ptr_array_add (found, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect (child, found, type);
}

/**
 * sct_test_find_all:
 *
 * Returns: (transfer container): every widget of @type under @root, in
 *   tree order
 */
GPtrArray *
sct_test_find_all (GtkWidget *root,
                   GType      type)
{
  GPtrArray *found = g_ptr_array_new ();

  collect (root, found, type);
  return found;
}

/* The first widget of @type under @root, depth first, or NULL. */
GtkWidget *
sct_test_find_first (GtkWidget *root,
                     GType      type)
{
  g_autoptr(GPtrArray) widgets = sct_test_find_all (root, type);

  return widgets->len > 0 ? g_ptr_array_index (widgets, 0) : NULL;
}

/* The status page the window shows in place of the sectors as @name
 * ("loading", "error"), or NULL if it never showed it. */
GtkWidget *
sct_test_find_status_page (SctWindow  *window,
                           const char *name)
{
  GtkWidget *main_stack = sct_test_find_by_id (GTK_WIDGET (window), "main_stack");
  GtkWidget *page = gtk_stack_get_child_by_name (GTK_STACK (main_stack), name);

  return page != NULL ? sct_test_find_first (page, ADW_TYPE_STATUS_PAGE) : NULL;
}

/* The sector on the sector page, or NULL: none chosen yet, or let go. */
SctSector *
sct_test_shown_sector (SctWindow *window)
{
  GtkWidget *page = sct_test_find_first (GTK_WIDGET (window), SCT_TYPE_SECTOR_PAGE);

  return page != NULL ? sct_sector_page_get_sector (SCT_SECTOR_PAGE (page)) : NULL;
}

/* Opens the organisations popover as a click on its button would, and
 * returns it. */
GtkWidget *
sct_test_open_organisation_chooser (SctWindow *window)
{
  GtkMenuButton *button = GTK_MENU_BUTTON (sct_test_find_by_id (GTK_WIDGET (window),
                                                                "organisations_button"));

  gtk_menu_button_popup (button);
  sct_test_wait_until_idle ();
  g_assert_true (SCT_IS_ORGANISATION_CHOOSER (gtk_menu_button_get_popover (button)));

  return GTK_WIDGET (gtk_menu_button_get_popover (button));
}

/* Finds a widget by its id in a .ui file. */
GtkWidget *
sct_test_find_by_id (GtkWidget  *root,
                     const char *id)
{
  g_autoptr(GPtrArray) widgets = sct_test_find_all (root, GTK_TYPE_WIDGET);

  for (guint i = 0; i < widgets->len; i++)
    {
      GtkBuildable *widget = g_ptr_array_index (widgets, i);

      if (g_strcmp0 (gtk_buildable_get_buildable_id (widget), id) == 0)
        return GTK_WIDGET (widget);
    }

  return NULL;
}

GtkWidget *
sct_test_find_label (GtkWidget  *root,
                     const char *text)
{
  g_autoptr(GPtrArray) labels = sct_test_find_all (root, GTK_TYPE_LABEL);

  for (guint i = 0; i < labels->len; i++)
    if (g_strcmp0 (gtk_label_get_text (g_ptr_array_index (labels, i)), text) == 0)
      return g_ptr_array_index (labels, i);

  return NULL;
}

GtkWidget *
sct_test_find_issue_chip (SctWindow  *window,
                          const char *issue_id)
{
  g_autoptr(GPtrArray) chips = sct_test_find_all (GTK_WIDGET (window), SCT_TYPE_ISSUE_CHIP);

  for (guint i = 0; i < chips->len; i++)
    {
      SctIssueChip *chip = g_ptr_array_index (chips, i);

      if (g_str_equal (sct_issue_get_id (sct_issue_chip_get_issue (chip)), issue_id))
        return GTK_WIDGET (chip);
    }

  g_error ("No chip for the issue %s", issue_id);
}

/* The ids of the sectors the sidebar lists, in its order. */
GStrv
sct_test_listed_sector_ids (SctWindow *window)
{
  GtkListView *list = GTK_LIST_VIEW (sct_test_find_by_id (GTK_WIDGET (window), "sector_list"));
  GListModel *model = G_LIST_MODEL (gtk_list_view_get_model (list));
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  /* None while loading. */
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(SctSector) sector = g_list_model_get_item (model, i);

      g_strv_builder_add (builder, sct_sector_get_id (sector));
    }

  return g_strv_builder_end (builder);
}

/* Asserts the listed sectors, given as "id id id" in the list's order. */
void
sct_test_assert_listed (SctWindow  *window,
                        const char *ids_in_title_order)
{
  g_auto(GStrv) listed = sct_test_listed_sector_ids (window);
  g_autofree char *joined = g_strjoinv (" ", listed);

  g_assert_cmpstr (joined, ==, ids_in_title_order);
}

const char *
sct_test_label_text (SctWindow  *window,
                     const char *id)
{
  GtkWidget *label = sct_test_find_by_id (GTK_WIDGET (window), id);

  g_assert_true (GTK_IS_LABEL (label));
  return gtk_label_get_text (GTK_LABEL (label));
}

static void
clipboard_read_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  char **text = user_data;
  g_autoptr(GError) error = NULL;

  *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, &error);
  g_assert_no_error (error);
}

/* Reads the clipboard back as another application would. */
char *
sct_test_read_clipboard (GtkWidget *widget)
{
  char *text = NULL;

  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (widget), NULL, clipboard_read_cb, &text);
  while (text == NULL)
    g_main_context_iteration (NULL, TRUE);

  return text;
}

/* An async callback that keeps the result in *(GAsyncResult **) user_data,
 * for tests that turn the main loop until it is there. */
void
sct_test_store_result_cb (GObject      *source,
                          GAsyncResult *result,
                          gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

/* The print dialog open for @window, if there is one. */
GtkWindow *
sct_test_find_print_dialog (SctWindow *window)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      /* By name: its header is in gtk4-unix-print, which nothing else
       * needs. */
      if (g_str_equal (G_OBJECT_TYPE_NAME (toplevel), "GtkPrintUnixDialog") &&
          gtk_widget_get_visible (GTK_WIDGET (toplevel)))
        {
          g_assert_true (gtk_window_get_transient_for (toplevel) == GTK_WINDOW (window));
          return toplevel;
        }
    }

  return NULL;
}

/* Closes the print dialog open for @window, as Cancel would. */
void
sct_test_close_print_dialog (SctWindow *window)
{
  GtkWindow *dialog = sct_test_find_print_dialog (window);

  g_assert_nonnull (dialog);
  gtk_window_close (dialog);
  sct_test_wait_until_idle ();
  g_assert_null (sct_test_find_print_dialog (window));
}

static void
run_xdotool (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  int status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL,
                &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
}

/* Gives @window the X keyboard focus, as a click on it would: the test
 * servers run no window manager to do so. */
static void
focus_window (SctWindow *window)
{
  const char *argv[] = {
    "xdotool", "search", "--onlyvisible", "--name", "^Secteurs$", "windowfocus", "--sync", NULL
  };

  run_xdotool (argv);
  while (!gtk_window_is_active (GTK_WINDOW (window)))
    g_main_context_iteration (NULL, TRUE);
}

/* Presses @keys, xdotool key names such as "Tab" or "ctrl+f", one after
 * the other on the real keyboard of the test's X server, and waits until
 * the window has handled them and drawn the result. */
void
sct_test_press_keys (SctWindow  *window,
                     const char *keys)
{
  g_auto(GStrv) names = g_strsplit (keys, " ", -1);
  g_autoptr(GStrvBuilder) argv = g_strv_builder_new ();
  g_auto(GStrv) args = NULL;

  if (!gtk_window_is_active (GTK_WINDOW (window)))
    focus_window (window);

  g_strv_builder_add_many (argv, "xdotool", "key", "--clearmodifiers", "--delay", "40", NULL);
  g_strv_builder_addv (argv, (const char **) names);
  args = g_strv_builder_end (argv);
  run_xdotool ((const char * const *) args);

  /* A round trip to the X server brings the key events in before its
   * answer; then GTK handles them. */
  gdk_display_sync (gtk_widget_get_display (GTK_WIDGET (window)));
  sct_test_wait_until_idle ();
}

/* Types @text on the real keyboard, as sct_test_press_keys() does. */
void
sct_test_type_text (SctWindow  *window,
                    const char *text)
{
  const char *argv[] = { "xdotool", "type", "--delay", "40", text, NULL };

  if (!gtk_window_is_active (GTK_WINDOW (window)))
    focus_window (window);

  run_xdotool (argv);

  /* Past the search entry's delay. */
  sct_test_wait (300);
  sct_test_wait_until_idle ();
}

/* The widget with the keyboard focus in @window. */
GtkWidget *
sct_test_focus (SctWindow *window)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

  g_assert_nonnull (focus);
  return focus;
}

/* Whether the focus is @widget or in it. */
gboolean
sct_test_focus_is_in (SctWindow *window,
                      GtkWidget *widget)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}
