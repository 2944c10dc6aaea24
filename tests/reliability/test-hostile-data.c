/* Copyright 2026 The Secteurs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window on a dataset whose every string is markup, entities, control
 * characters, bidirectional overrides, very long words, emoji or printf
 * directives (hostile.json, from make-hostile.py): each label shows its
 * string as written, no link is live, nothing warns, nothing grows past
 * the screen, and the contact's address reaches the email application
 * whole.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>

#include "sct-issue-chip.h"
#include "sct-sector-page.h"
#include "sct-sector-row.h"
#include "sct-test-utils.h"

/* Every string of hostile.json ends with a tag naming its field. */
#define TAG_START " ["

/* What the email application receives, one URI a line. */
static char *received_uris_path;

static SctDataset *
load_hostile (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "reliability", "hostile.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  SctDataset *dataset = sct_dataset_new_from_file (file, &error);

  g_assert_no_error (error);
  return dataset;
}

static void
add_mention (GPtrArray        *strings,
             const SctMention *mention)
{
  g_ptr_array_add (strings, mention->text);
}

/* Every string of the dataset that the window may show. */
static GPtrArray *
collect_strings (SctDataset *dataset)
{
  GPtrArray *strings = g_ptr_array_new ();
  const SctProgrammeText *programme = sct_programme_get_text (sct_dataset_get_programme (dataset));
  GListModel *model;

  g_ptr_array_add (strings, (char *) programme->title);
  g_ptr_array_add (strings, (char *) programme->introduction);
  g_ptr_array_add (strings, (char *) programme->information_heading);
  g_ptr_array_add (strings, (char *) programme->office);
  g_ptr_array_add (strings, (char *) programme->street);
  g_ptr_array_add (strings, (char *) programme->locality);
  g_ptr_array_add (strings, (char *) programme->postal_code);
  g_ptr_array_add (strings, (char *) programme->phone);
  g_ptr_array_add (strings, (char *) programme->toll_free);

  model = sct_dataset_get_issues (dataset);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(SctIssue) issue = g_list_model_get_item (model, i);

      g_ptr_array_add (strings, (char *) sct_issue_get_label (issue));
    }

  model = sct_dataset_get_organisations_by_use (dataset);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(SctOrganisation) organisation = g_list_model_get_item (model, i);

      g_ptr_array_add (strings, (char *) sct_organisation_get_name (organisation));
      if (sct_organisation_get_acronym (organisation) != NULL)
        g_ptr_array_add (strings, (char *) sct_organisation_get_acronym (organisation));
    }

  model = sct_dataset_get_sectors (dataset);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(SctSector) sector = g_list_model_get_item (model, i);
      GPtrArray *blocks = sct_sector_get_blocks (sector);
      GPtrArray *groups = sct_sector_get_partner_groups (sector);

      g_ptr_array_add (strings, (char *) sct_sector_get_title (sector));
      if (sct_sector_get_project (sector) != NULL)
        g_ptr_array_add (strings, (char *) sct_sector_get_project (sector));
      for (guint j = 0; j < sct_sector_get_issues (sector)->len; j++)
        g_ptr_array_add (strings, (char *) sct_sector_get_issue_texts (sector)[j]);
      for (guint j = 0; j < blocks->len; j++)
        {
          const SctTextBlock *block = g_ptr_array_index (blocks, j);

          if (block->items == NULL)
            g_ptr_array_add (strings, block->text);
          else
            for (guint k = 0; block->items[k] != NULL; k++)
              g_ptr_array_add (strings, block->items[k]);
        }
      add_mention (strings, sct_sector_get_lead (sector));
      for (guint j = 0; j < groups->len; j++)
        {
          const SctPartnerGroup *group = g_ptr_array_index (groups, j);

          if (group->heading != NULL)
            g_ptr_array_add (strings, group->heading);
          for (guint k = 0; k < group->members->len; k++)
            add_mention (strings, g_ptr_array_index (group->members, k));
        }
      g_ptr_array_add (strings, (char *) sct_sector_get_contact_name (sector));
    }

  return strings;
}

/* What every label of the window must satisfy, whatever it shows. */
static void
assert_labels_plain (GtkWidget *root,
                     GPtrArray *strings)
{
  g_autoptr(GPtrArray) labels = sct_test_find_all (root, GTK_TYPE_LABEL);

  for (guint i = 0; i < labels->len; i++)
    {
      GtkLabel *label = g_ptr_array_index (labels, i);
      const char *text = gtk_label_get_text (label);

      /* A link in markup would be live. */
      if (gtk_label_get_use_markup (label))
        g_assert_null (strstr (gtk_label_get_label (label), "<a "));

      /* Escaped twice, the user would read entities. */
      g_assert_null (strstr (text, "&lt;b&gt;"));
      g_assert_null (strstr (text, "&amp;amp;"));
      g_assert_null (strstr (text, "&amp;#60;"));

      /* Where a string's tag shows, the whole string shows, as written:
       * interpreted markup would have lost its tags and entities. */
      for (guint j = 0; j < strings->len; j++)
        {
          const char *string = g_ptr_array_index (strings, j);
          const char *tag = g_strrstr (string, TAG_START);

          g_assert_nonnull (tag);
          if (strstr (text, tag) != NULL && strstr (text, string) == NULL)
            g_error ("A label shows “%s” for “%s”", text, string);
        }
    }
}

static void
assert_shown (GtkWidget  *root,
              const char *text)
{
  GtkWidget *label = sct_test_find_label (root, text);

  if (label == NULL)
    g_error ("No label shows “%s”", text);
}

/* The window never needs more than a screen, nor more than a phone's
 * width at its narrowest. */
static void
assert_layout_bounded (GtkWidget *widget)
{
  int minimum, natural;

  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural, NULL, NULL);
  g_assert_cmpint (minimum, <=, 360);
  g_assert_cmpint (natural, <=, 1920);
}

static SctWindow *
hostile_window_new (SctDataset *dataset,
                    int         width)
{
  SctWindow *window = sct_window_new (NULL);

  sct_window_set_dataset (window, dataset);
  gtk_window_set_default_size (GTK_WINDOW (window), width, 900);
  gtk_window_present (GTK_WINDOW (window));
  sct_test_wait_until_idle ();

  return window;
}

static void
test_welcome_page (void)
{
  g_autoptr(SctDataset) dataset = load_hostile ();
  g_autoptr(GPtrArray) strings = collect_strings (dataset);
  const SctProgrammeText *programme = sct_programme_get_text (sct_dataset_get_programme (dataset));
  SctWindow *window = hostile_window_new (dataset, 1200);
  GtkWidget *page = sct_test_find_by_id (GTK_WIDGET (window), "welcome_page");
  g_autofree char *address = NULL;

  g_assert_true (gtk_widget_get_mapped (page));
  assert_labels_plain (GTK_WIDGET (window), strings);

  address = g_strdup_printf ("%s\n%s %s", programme->street,
                             programme->locality,
                             programme->postal_code);
  assert_shown (page, programme->title);
  assert_shown (page, programme->introduction);
  assert_shown (page, programme->information_heading);
  assert_shown (page, programme->office);
  assert_shown (page, address);
  assert_shown (page, programme->phone);
  assert_shown (page, programme->toll_free);
  assert_shown (page, programme->email);

  assert_layout_bounded (GTK_WIDGET (window));

  sct_test_window_free (window);
  g_assert_finalize_object (g_steal_pointer (&dataset));
}

static void
test_sidebar (void)
{
  g_autoptr(SctDataset) dataset = load_hostile ();
  g_autoptr(GPtrArray) strings = collect_strings (dataset);
  SctWindow *window = hostile_window_new (dataset, 1200);
  g_autoptr(GPtrArray) rows = sct_test_find_all (GTK_WIDGET (window), SCT_TYPE_SECTOR_ROW);
  g_autoptr(GPtrArray) chips = sct_test_find_all (GTK_WIDGET (window), SCT_TYPE_ISSUE_CHIP);
  GListModel *issues = sct_dataset_get_issues (dataset);
  guint n_rows = 0;
  guint n_row_tooltips = 0;
  guint n_chip_tooltips = 0;

  assert_labels_plain (GTK_WIDGET (window), strings);

  /* Each sector's row: its title and its lead, as written. */
  for (guint i = 0; i < rows->len; i++)
    {
      SctSector *sector = sct_sector_row_get_item (g_ptr_array_index (rows, i));
      g_autofree char *tooltip = NULL;
      g_autofree char *shown_tooltip = NULL;

      if (sector == NULL)
        continue;

      n_rows++;
      assert_shown (g_ptr_array_index (rows, i), sct_sector_get_title (sector));
      assert_shown (g_ptr_array_index (rows, i), sct_sector_get_lead (sector)->text);
      tooltip = g_strdup_printf ("%s\n%s", sct_sector_get_title (sector),
                                 sct_sector_get_lead (sector)->text);
      /* The whole text, where the row cuts it short. */
      shown_tooltip = sct_sector_row_dup_tooltip_text (g_ptr_array_index (rows, i));
      if (shown_tooltip != NULL)
        {
          g_assert_cmpstr (shown_tooltip, ==, tooltip);
          n_row_tooltips++;
        }
    }
  g_assert_cmpuint (n_rows, ==, g_list_model_get_n_items (sct_dataset_get_sectors (dataset)));
  /* Some titles here are far too long for any row. */
  g_assert_cmpuint (n_row_tooltips, >, 0);
  g_assert_cmpuint (n_row_tooltips, <, n_rows);

  /* Each issue's chip: its label, then its count, shown and read out as
   * written. */
  g_assert_cmpuint (chips->len, ==, g_list_model_get_n_items (issues));
  for (guint i = 0; i < chips->len; i++)
    {
      SctIssueChip *chip = g_ptr_array_index (chips, i);
      SctIssue *issue = sct_issue_chip_get_issue (chip);
      guint count = sct_issue_chip_get_count (chip);
      g_autofree char *accessible = NULL;
      g_autofree char *shown_count = g_strdup_printf ("%u", count);

      assert_shown (GTK_WIDGET (chip), sct_issue_get_label (issue));
      assert_shown (GTK_WIDGET (chip), shown_count);
      if (sct_issue_chip_get_tooltip_text (chip) != NULL)
        {
          g_assert_cmpstr (sct_issue_chip_get_tooltip_text (chip), ==, sct_issue_get_label (issue));
          n_chip_tooltips++;
        }
      accessible = g_strdup_printf (ngettext ("%s, %u sector", "%s, %u sectors", count),
                                    sct_issue_get_label (issue), count);
      gtk_test_accessible_assert_property (GTK_ACCESSIBLE (chip), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible);
    }

  g_assert_cmpuint (n_chip_tooltips, >, 0);
  g_assert_cmpuint (n_chip_tooltips, <, chips->len);

  assert_layout_bounded (GTK_WIDGET (window));

  sct_test_window_free (window);
  g_assert_finalize_object (g_steal_pointer (&dataset));
}

static void
assert_sector_shown (GtkWidget *page,
                     SctSector *sector)
{
  const SctMention *lead = sct_sector_get_lead (sector);
  GPtrArray *blocks = sct_sector_get_blocks (sector);
  GPtrArray *groups = sct_sector_get_partner_groups (sector);

  assert_shown (page, sct_sector_get_title (sector));
  if (sct_sector_get_project (sector) != NULL)
    assert_shown (page, sct_sector_get_project (sector));

  for (guint i = 0; i < sct_sector_get_issues (sector)->len; i++)
    assert_shown (page, sct_sector_get_issue_texts (sector)[i]);

  for (guint i = 0; i < blocks->len; i++)
    {
      const SctTextBlock *block = g_ptr_array_index (blocks, i);

      if (block->items == NULL)
        assert_shown (page, block->text);
      else
        for (guint j = 0; block->items[j] != NULL; j++)
          assert_shown (page, block->items[j]);
    }

  assert_shown (page, lead->text);
  for (guint i = 0; i < groups->len; i++)
    {
      const SctPartnerGroup *group = g_ptr_array_index (groups, i);

      if (group->heading != NULL)
        assert_shown (page, group->heading);
      for (guint j = 0; j < group->members->len; j++)
        assert_shown (page, ((SctMention *) g_ptr_array_index (group->members, j))->text);
    }

  assert_shown (page, sct_sector_get_contact_name (sector));
  assert_shown (page, sct_sector_get_contact_email (sector));
}

static void
test_sector_pages (gconstpointer data)
{
  int width = GPOINTER_TO_INT (data);
  g_autoptr(SctDataset) dataset = load_hostile ();
  g_autoptr(GPtrArray) strings = collect_strings (dataset);
  GListModel *sectors = sct_dataset_get_sectors (dataset);
  SctWindow *window = hostile_window_new (dataset, width);
  AdwNavigationPage *content_page;

  content_page = ADW_NAVIGATION_PAGE (sct_test_find_by_id (GTK_WIDGET (window), "content_page"));

  for (guint i = 0; i < g_list_model_get_n_items (sectors); i++)
    {
      g_autoptr(SctSector) sector = g_list_model_get_item (sectors, i);
      GtkWidget *page;

      g_assert_true (sct_window_show_sector (window, sct_sector_get_id (sector)));
      sct_test_wait_until_idle ();
      page = sct_test_find_first (GTK_WIDGET (window), SCT_TYPE_SECTOR_PAGE);

      g_assert_true (gtk_widget_get_mapped (page));
      g_assert_cmpstr (adw_navigation_page_get_title (content_page), ==, sct_sector_get_title (sector));
      assert_sector_shown (page, sector);
      assert_labels_plain (GTK_WIDGET (window), strings);
      assert_layout_bounded (GTK_WIDGET (window));
    }

  sct_test_window_free (window);
  g_assert_finalize_object (g_steal_pointer (&dataset));
}

static void
test_organisation_chooser (void)
{
  g_autoptr(SctDataset) dataset = load_hostile ();
  g_autoptr(GPtrArray) strings = collect_strings (dataset);
  GListModel *organisations = sct_dataset_get_organisations_by_use (dataset);
  SctWindow *window = hostile_window_new (dataset, 1200);
  GtkWidget *chooser = sct_test_open_organisation_chooser (window);
  int natural;

  g_assert_true (gtk_widget_get_mapped (chooser));

  assert_labels_plain (chooser, strings);
  for (guint i = 0; i < g_list_model_get_n_items (organisations); i++)
    {
      g_autoptr(SctOrganisation) organisation = g_list_model_get_item (organisations, i);
      g_autofree char *shown = NULL;

      if (sct_organisation_get_acronym (organisation) != NULL)
        shown = g_strdup_printf ("%s (%s)", sct_organisation_get_name (organisation),
                                 sct_organisation_get_acronym (organisation));
      else
        shown = g_strdup (sct_organisation_get_name (organisation));
      assert_shown (chooser, shown);
    }

  /* Names wrap: a 4000-letter one does not make a popover wider than a
   * screen. */
  gtk_widget_measure (chooser, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
  g_assert_cmpint (natural, <=, 1920);

  gtk_popover_popdown (GTK_POPOVER (chooser));
  sct_test_window_free (window);
  g_assert_finalize_object (g_steal_pointer (&dataset));
}

/* The filters' chip for one organisation: "Organisation: name". */
static void
test_organisation_filter (void)
{
  g_autoptr(SctDataset) dataset = load_hostile ();
  g_autoptr(GPtrArray) strings = collect_strings (dataset);
  GListModel *organisations = sct_dataset_get_organisations_by_use (dataset);
  SctWindow *window = hostile_window_new (dataset, 1200);

  for (guint i = 0; i < g_list_model_get_n_items (organisations); i++)
    {
      g_autoptr(SctOrganisation) organisation = g_list_model_get_item (organisations, i);
      GtkWidget *chip = sct_test_find_by_id (GTK_WIDGET (window), "organisation_chip");

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.filter-organisation", "s",
                                                 sct_organisation_get_id (organisation)));
      sct_test_wait_until_idle ();

      g_assert_nonnull (strstr (sct_test_label_text (window, "organisation_label"),
                                sct_organisation_get_short_name (organisation)));
      g_assert_cmpstr (gtk_widget_get_tooltip_text (chip), ==, sct_organisation_get_name (organisation));
      assert_labels_plain (GTK_WIDGET (window), strings);
      assert_layout_bounded (GTK_WIDGET (window));
    }

  sct_test_window_free (window);
  g_assert_finalize_object (g_steal_pointer (&dataset));
}

/* A toast quotes what the command line asked for. Each in its own window:
 * an overlay shows one toast at a time. */
static void
test_toasts (void)
{
  g_autoptr(SctDataset) dataset = load_hostile ();
  g_autofree char *long_id = g_strnfill (10000, 'w');
  const char *ids[] = {
    "<b>x</b>",
    "<a href=\"https://evil.example/\">link</a> &amp; &bogus; %s%n",
    "\u202eexe.txt \U0001F469\u200D\U0001F33E",
    long_id,
  };

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      SctWindow *window = hostile_window_new (dataset, 1200);
      g_autofree char *start = g_utf8_substring (ids[i], 0, MIN (g_utf8_strlen (ids[i], -1), 64));
      g_autofree char *shown = g_strconcat (start, g_utf8_strlen (ids[i], -1) > 64 ? "…" : "", NULL);
      g_autofree char *message = g_strdup_printf (_("No sector has the id “%s”"), shown);

      g_assert_false (sct_window_show_sector (window, ids[i]));
      sct_test_wait (100);
      assert_shown (GTK_WIDGET (window), message);
      assert_layout_bounded (GTK_WIDGET (window));
      sct_test_window_free (window);
    }

  g_assert_finalize_object (g_steal_pointer (&dataset));
}

/* The contact's address goes to the email application, and to the
 * clipboard, as written. */

static GStrv
wait_for_uris (guint n_uris)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_TIME_SPAN_SECOND;

  while (g_get_monotonic_time () < deadline)
    {
      g_autofree char *contents = NULL;

      if (g_file_get_contents (received_uris_path, &contents, NULL, NULL))
        {
          g_auto(GStrv) lines = g_strsplit (contents, "\n", -1);

          /* The last line is complete once its newline is written. */
          if (g_strv_length (lines) == n_uris + 1)
            {
              g_free (lines[n_uris]);
              lines[n_uris] = NULL;
              return g_steal_pointer (&lines);
            }
        }

      g_main_context_iteration (NULL, FALSE);
      g_usleep (10 * 1000);
    }

  g_error ("The email application did not receive %u URIs", n_uris);
}

/* RFC 6068: an address in a mailto: URI keeps only unreserved characters
 * and "!$'*+@"; everything else is percent-encoded. */
static void
assert_mailto_address (const char *escaped,
                       const char *email)
{
  g_autofree char *unescaped = NULL;

  for (const char *p = escaped; *p != '\0'; p++)
    {
      if (*p == '%')
        {
          g_assert_true (g_ascii_isxdigit (p[1]) && g_ascii_isxdigit (p[2]));
          p += 2;
        }
      else if (!g_ascii_isalnum (*p) && strchr ("-._~!$'*+@", *p) == NULL)
        {
          g_error ("“%c” unescaped in the mailto: address “%s”", *p, escaped);
        }
    }

  unescaped = g_uri_unescape_string (escaped, NULL);
  g_assert_cmpstr (unescaped, ==, email);
}

static void
test_mailto (void)
{
  g_autoptr(SctDataset) dataset = load_hostile ();
  GListModel *sectors = sct_dataset_get_sectors (dataset);
  SctWindow *window = hostile_window_new (dataset, 1200);
  guint n_sectors = g_list_model_get_n_items (sectors);
  g_auto(GStrv) uris = NULL;
  g_auto(GStrv) addresses = NULL;
  g_autoptr(GPtrArray) listed = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < n_sectors; i++)
    {
      g_autoptr(SctSector) sector = g_list_model_get_item (sectors, i);
      g_autofree char *copied = NULL;

      g_assert_true (sct_window_show_sector (window, sct_sector_get_id (sector)));
      sct_test_wait_until_idle ();

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.copy-email", NULL));
      copied = sct_test_read_clipboard (GTK_WIDGET (window));
      g_assert_cmpstr (copied, ==, sct_sector_get_contact_email (sector));

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.write-email", NULL));
      g_clear_pointer (&uris, g_strfreev);
      uris = wait_for_uris (i + 1);
      g_assert_true (g_str_has_prefix (uris[i], "mailto:"));
      assert_mailto_address (uris[i] + strlen ("mailto:"), sct_sector_get_contact_email (sector));
    }

  /* Write to All: every listed contact, in the list's order. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.write-to-all", NULL));
  g_clear_pointer (&uris, g_strfreev);
  uris = wait_for_uris (n_sectors + 1);
  g_assert_true (g_str_has_prefix (uris[n_sectors], "mailto:?bcc="));
  addresses = g_strsplit (uris[n_sectors] + strlen ("mailto:?bcc="), ",", -1);
  {
    GtkListView *list = GTK_LIST_VIEW (sct_test_find_by_id (GTK_WIDGET (window), "sector_list"));
    GListModel *model = G_LIST_MODEL (gtk_list_view_get_model (list));

    g_assert_cmpuint (g_strv_length (addresses), ==, g_list_model_get_n_items (model));
    for (guint i = 0; i < g_list_model_get_n_items (model); i++)
      {
        g_autoptr(SctSector) sector = g_list_model_get_item (model, i);

        assert_mailto_address (addresses[i], sct_sector_get_contact_email (sector));
      }
  }

  sct_test_window_free (window);
  g_assert_finalize_object (g_steal_pointer (&dataset));
}

/* Makes the default handler of mailto: URIs a script that writes them down,
 * as GIO launches it when there is no portal. */
static void
install_email_application (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *applications = g_build_filename (g_get_user_data_dir (), "applications", NULL);
  g_autofree char *script = g_build_filename (g_get_user_data_dir (), "write-down-uri", NULL);
  g_autofree char *desktop = g_build_filename (applications, "secteurs-test-mail.desktop", NULL);
  g_autofree char *mimeapps = g_build_filename (g_get_user_config_dir (), "mimeapps.list", NULL);
  g_autofree char *script_text = NULL;
  g_autofree char *desktop_text = NULL;

  received_uris_path = g_build_filename (g_get_user_data_dir (), "received-uris", NULL);
  script_text = g_strdup_printf ("#!/bin/sh\nprintf '%%s\\n' \"$1\" >> '%s'\n", received_uris_path);
  desktop_text = g_strdup_printf ("[Desktop Entry]\nType=Application\nName=Test mail\n"
                                  "Exec=%s %%u\nMimeType=x-scheme-handler/mailto;\n", script);

  g_assert_cmpint (g_mkdir_with_parents (applications, 0700), ==, 0);
  g_assert_cmpint (g_mkdir_with_parents (g_get_user_config_dir (), 0700), ==, 0);
  g_file_set_contents (script, script_text, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_chmod (script, 0700), ==, 0);
  g_file_set_contents (desktop, desktop_text, -1, &error);
  g_assert_no_error (error);
  g_file_set_contents (mimeapps, "[Default Applications]\nx-scheme-handler/mailto=secteurs-test-mail.desktop\n",
                       -1, &error);
  g_assert_no_error (error);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  sct_test_init_ui (&argc, &argv);
  install_email_application ();

  g_test_add_func ("/hostile-data/welcome-page", test_welcome_page);
  g_test_add_func ("/hostile-data/sidebar", test_sidebar);
  g_test_add_data_func ("/hostile-data/sector-pages/wide", GINT_TO_POINTER (1200), test_sector_pages);
  g_test_add_data_func ("/hostile-data/sector-pages/narrow", GINT_TO_POINTER (360), test_sector_pages);
  g_test_add_func ("/hostile-data/organisation-chooser", test_organisation_chooser);
  g_test_add_func ("/hostile-data/organisation-filter", test_organisation_filter);
  g_test_add_func ("/hostile-data/toasts", test_toasts);
  g_test_add_func ("/hostile-data/mailto", test_mailto);

  status = g_test_run ();
  g_free (received_uris_path);

  return status;
}
