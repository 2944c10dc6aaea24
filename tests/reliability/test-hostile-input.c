/* Copyright 2026 The Secteurs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window under input no one types on purpose: a search of 100 000
 * characters, 10 000 chip toggles in a row, sizes from 360 to 1920 pixels
 * while filtering. Nothing warns or crashes, and afterwards the list, the
 * chips and the counts agree with the query.
 */

#include "config.h"

#include <string.h>

#include "sct-issue-chip.h"
#include "sct-sector-page.h"
#include "sct-test-utils.h"

#define LONG_SEARCH_LENGTH 100000
#define N_TOGGLES 10000

static GtkWidget *
find (SctWindow  *window,
      const char *id)
{
  GtkWidget *widget = sct_test_find_by_id (GTK_WIDGET (window), id);

  g_assert_nonnull (widget);
  return widget;
}

static int
compare_by_sort_key (gconstpointer a,
                     gconstpointer b)
{
  return strcmp (sct_sector_get_sort_key (*(SctSector **) a),
                 sct_sector_get_sort_key (*(SctSector **) b));
}

/* The list, the chips, the counts and the result line all say what the
 * query says. */
static void
assert_consistent (SctWindow *window)
{
  SctQuery *query = sct_window_get_query (window);
  GListModel *sectors = sct_dataset_get_sectors (sct_window_get_dataset (window));
  g_autoptr(GPtrArray) expected = g_ptr_array_new ();
  g_autoptr(GPtrArray) chips = sct_test_find_all (GTK_WIDGET (window), SCT_TYPE_ISSUE_CHIP);
  g_auto(GStrv) listed = sct_test_listed_sector_ids (window);
  GtkStack *list_stack = GTK_STACK (find (window, "list_stack"));
  guint n_active = 0;

  for (guint i = 0; i < g_list_model_get_n_items (sectors); i++)
    {
      SctSector *sector = g_list_model_get_item (sectors, i);

      if (sct_query_matches (query, sector))
        g_ptr_array_add (expected, sector);
      g_object_unref (sector);
    }
  g_ptr_array_sort (expected, compare_by_sort_key);

  g_assert_cmpuint (g_strv_length (listed), ==, expected->len);
  for (guint i = 0; i < expected->len; i++)
    g_assert_cmpstr (listed[i], ==, sct_sector_get_id (g_ptr_array_index (expected, i)));

  g_assert_cmpstr (gtk_stack_get_visible_child_name (list_stack), ==,
                   expected->len > 0 ? "list" : "empty");

  for (guint i = 0; i < chips->len; i++)
    {
      SctIssueChip *chip = g_ptr_array_index (chips, i);
      SctIssue *issue = sct_issue_chip_get_issue (chip);
      gboolean active = sct_query_get_issue_active (query, issue);
      guint count = sct_query_count_with_issue (query, sectors, issue);
      g_autofree char *shown_count = g_strdup_printf ("%u", count);
      GtkWidget *name_label = sct_test_find_by_id (GTK_WIDGET (chip), "name_label");
      GtkWidget *count_label = sct_test_find_by_id (GTK_WIDGET (chip), "count_label");

      g_assert_cmpint (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (chip)), ==, active);
      g_assert_cmpuint (sct_issue_chip_get_count (chip), ==, count);
      g_assert_cmpint (gtk_widget_get_sensitive (GTK_WIDGET (chip)), ==, active || count > 0);
      /* The name as written, the count beside it, faded while the chip is
       * off, and the check mark while it is on. */
      g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (name_label)), ==, sct_issue_get_label (issue));
      g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (count_label)), ==, shown_count);
      g_assert_cmpint (gtk_widget_has_css_class (count_label, "dimmed"), ==, !active);
      g_assert_cmpint (gtk_widget_get_visible (sct_test_find_by_id (GTK_WIDGET (chip), "check_image")), ==, active);
      n_active += active;
    }
  g_assert_cmpuint (n_active, ==, sct_query_get_active_issues (query)->len);
}

static guint
n_listed (SctWindow *window)
{
  g_auto(GStrv) listed = sct_test_listed_sector_ids (window);

  return g_strv_length (listed);
}

static void
search (SctWindow  *window,
        const char *text)
{
  sct_test_type_search (find (window, "search_entry"), text);
}

/* Random text: letters with accents and marks, other scripts, emoji,
 * spaces and invisible formatting. */
static char *
random_text (GRand *rand,
             guint  n_chars)
{
  static const gunichar ranges[][2] = {
    { 0x0020, 0x007E },   /* ASCII */
    { 0x00A0, 0x024F },   /* Latin */
    { 0x0300, 0x036F },   /* combining marks */
    { 0x0590, 0x06FF },   /* Hebrew, Arabic */
    { 0x0900, 0x097F },   /* Devanagari */
    { 0x200B, 0x202E },   /* zero-width and bidi controls */
    { 0x3040, 0x30FF },   /* kana */
    { 0xAC00, 0xD7A3 },   /* Hangul */
    { 0xFB00, 0xFB06 },   /* ligatures */
    { 0x1F300, 0x1FAFF }, /* emoji */
  };
  GString *text = g_string_new (NULL);

  while (g_utf8_strlen (text->str, text->len) < n_chars)
    {
      guint range = g_rand_int_range (rand, 0, G_N_ELEMENTS (ranges));
      gunichar c = g_rand_int_range (rand, ranges[range][0], ranges[range][1] + 1);

      if (g_unichar_validate (c))
        g_string_append_unichar (text, c);
    }

  return g_string_free_and_steal (text);
}

static void
test_long_search (void)
{
  SctWindow *window = sct_test_window_new (1200, 800);
  g_autoptr(GRand) rand = g_rand_new_with_seed (9);
  g_autoptr(GString) repeated = g_string_new (NULL);
  g_autofree char *one_word = g_strnfill (LONG_SEARCH_LENGTH, 'e');
  g_autofree char *random = random_text (rand, LONG_SEARCH_LENGTH);

  /* One term, 11 112 times: the sectors that have it. */
  while (repeated->len < LONG_SEARCH_LENGTH)
    g_string_append (repeated, "Économie ");
  search (window, repeated->str);
  g_assert_cmpuint (n_listed (window), >, 0);
  assert_consistent (window);

  /* One word longer than any text: nothing. */
  search (window, one_word);
  sct_test_assert_listed (window, "");
  assert_consistent (window);

  search (window, random);
  assert_consistent (window);

  /* Escape empties the search; all sectors are back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.clear-step", NULL));
  sct_test_wait_until_idle ();
  g_assert_cmpstr (sct_query_get_search_text (sct_window_get_query (window)), ==, "");
  g_assert_cmpuint (n_listed (window), ==, 12);
  assert_consistent (window);

  sct_test_window_free (window);
}

static void
test_chip_storm (void)
{
  SctWindow *window = sct_test_window_new (1200, 800);
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  g_autoptr(GPtrArray) chips = sct_test_find_all (GTK_WIDGET (window), SCT_TYPE_ISSUE_CHIP);
  AdwToggleGroup *match_group = ADW_TOGGLE_GROUP (find (window, "match_group"));
  guint n_toggled = 0;

  g_assert_cmpuint (chips->len, >, 1);

  for (guint i = 0; i < N_TOGGLES; i++)
    {
      GtkToggleButton *chip = g_ptr_array_index (chips, g_rand_int_range (rand, 0, chips->len));

      /* As a click would, or as a script driving the widget would: an
       * insensitive chip can still be set from code. */
      if (i % 3 == 0 || !gtk_widget_get_sensitive (GTK_WIDGET (chip)))
        gtk_toggle_button_set_active (chip, !gtk_toggle_button_get_active (chip));
      else
        g_signal_emit_by_name (chip, "clicked");
      n_toggled++;

      if (i % 1000 == 999)
        adw_toggle_group_set_active_name (match_group,
                                          g_str_equal (adw_toggle_group_get_active_name (match_group), "any")
                                          ? "all" : "any");

      /* The main loop turns now and then, as between clicks. */
      if (i % 250 == 0)
        while (g_main_context_pending (NULL))
          g_main_context_iteration (NULL, FALSE);
    }

  g_assert_cmpuint (n_toggled, ==, N_TOGGLES);
  sct_test_wait_until_idle ();
  assert_consistent (window);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.clear-filters", NULL));
  sct_test_wait_until_idle ();
  g_assert_cmpuint (sct_query_get_active_issues (sct_window_get_query (window))->len, ==, 0);
  g_assert_cmpuint (n_listed (window), ==, 12);
  assert_consistent (window);

  adw_toggle_group_set_active_name (match_group, "any");
  sct_test_window_free (window);
}

static void
test_resize_while_filtering (void)
{
  static const char * const searches[] = { "", "alimentaire", "coopérative", "zzz", "é" };
  SctWindow *window = sct_test_window_new (1200, 800);
  g_autoptr(GRand) rand = g_rand_new_with_seed (3);
  g_autoptr(GPtrArray) chips = sct_test_find_all (GTK_WIDGET (window), SCT_TYPE_ISSUE_CHIP);
  AdwNavigationSplitView *split_view = ADW_NAVIGATION_SPLIT_VIEW (find (window, "split_view"));
  SctQuery *query = sct_window_get_query (window);

  g_assert_true (sct_window_show_sector (window, "production-agricole"));
  sct_test_wait_until_idle ();

  for (guint i = 0; i < 40; i++)
    {
      /* Both ends, then anywhere between. */
      int width = i == 0 ? 360 : i == 1 ? 1920 : g_rand_int_range (rand, 360, 1921);
      GtkToggleButton *chip = g_ptr_array_index (chips, g_rand_int_range (rand, 0, chips->len));
      SctSector *shown;
      int allocated, minimum;

      /* Now and then, a sector chosen again. */
      if (i % 5 == 0)
        g_assert_true (sct_window_show_sector (window, "production-agricole"));
      shown = sct_test_shown_sector (window);

      gtk_window_set_default_size (GTK_WINDOW (window), width, 700);
      gtk_toggle_button_set_active (chip, !gtk_toggle_button_get_active (chip));
      sct_test_type_search (find (window, "search_entry"),
                            searches[g_rand_int_range (rand, 0, G_N_ELEMENTS (searches))]);

      /* The default size counts the decorations' few pixels. */
      allocated = gtk_widget_get_width (GTK_WIDGET (window));
      g_assert_cmpint (ABS (allocated - width), <=, 16);
      /* The breakpoint is at 700sp: 700 pixels at the default text size. */
      if (ABS (allocated - 700) > 10)
        g_assert_cmpint (adw_navigation_split_view_get_collapsed (split_view), ==, allocated < 700);
      gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
      g_assert_cmpint (minimum, <=, 360);

      /* A sector that still matches stays chosen; one the filters hide
       * is let go. */
      if (shown != NULL && !sct_query_matches (query, shown))
        g_assert_null (sct_test_shown_sector (window));
      assert_consistent (window);
    }

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.clear-filters", NULL));
  sct_test_wait_until_idle ();
  assert_consistent (window);
  sct_test_window_free (window);
}

int
main (int   argc,
      char *argv[])
{
  sct_test_init_ui (&argc, &argv);

  g_test_add_func ("/hostile-input/long-search", test_long_search);
  g_test_add_func ("/hostile-input/chip-storm", test_chip_storm);
  g_test_add_func ("/hostile-input/resize-while-filtering", test_resize_while_filtering);

  return g_test_run ();
}
