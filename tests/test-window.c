/* Copyright 2026 The Secteurs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The main window as staff use it: chips, search, details, copy, narrow.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <math.h>

#include "sct-export.h"
#include "sct-issue-chip.h"
#include "sct-sidebar.h"
#include "sct-sector-page.h"
#include "sct-test-utils.h"

#define ALL_SECTORS \
  "amenagement-territoire autonomie-alimentaire-premieres-nations matieres-residuelles " \
  "immobilier-collectif insertion-emploi numerique-collectif poles-logistiques-alimentation " \
  "production-agricole reprise-collective services-aines personnes-handicapees tourisme-loisirs"
#define FOOD_SECTORS \
  "autonomie-alimentaire-premieres-nations poles-logistiques-alimentation production-agricole"
/* The contacts of those sectors, as Copy Contacts copies them. */
#define FOOD_CONTACTS \
  "Frédérick Martel <fmartel@cdepnql.org>, Marie Lacasse <marie.lacasse@cqcm.coop>"

static void
toggle_chip (SctWindow  *window,
             const char *issue_id)
{
  sct_test_activate (sct_test_find_issue_chip (window, issue_id));
}

static guint
chip_count (SctWindow  *window,
            const char *issue_id)
{
  return sct_issue_chip_get_count (SCT_ISSUE_CHIP (sct_test_find_issue_chip (window, issue_id)));
}

static void
set_match_mode (SctWindow  *window,
                const char *mode)
{
  AdwToggleGroup *group = ADW_TOGGLE_GROUP (sct_test_find_by_id (GTK_WIDGET (window), "match_group"));

  adw_toggle_group_set_active_name (group, mode);
  sct_test_wait_until_idle ();
}

static void
type_search (SctWindow  *window,
             const char *text)
{
  sct_test_type_search (sct_test_find_by_id (GTK_WIDGET (window), "search_entry"), text);
}

static void
select_sector (SctWindow  *window,
               const char *id)
{
  g_assert_true (sct_window_show_sector (window, id));
  sct_test_wait_until_idle ();
}

/* A contact on the welcome page reads as its title, then its value, as an
 * AdwActionRow's would. */
static void
assert_contact_row (GtkWidget  *root,
                    const char *title,
                    const char *value)
{
  GtkWidget *title_label = sct_test_find_label (root, title);
  GtkWidget *value_label = sct_test_find_label (root, value);
  GtkWidget *row;

  g_assert_nonnull (title_label);
  g_assert_nonnull (value_label);
  row = gtk_widget_get_ancestor (value_label, GTK_TYPE_LIST_BOX_ROW);
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_get_ancestor (title_label, GTK_TYPE_LIST_BOX_ROW) == row);
  gtk_test_accessible_assert_relation (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                       title_label, NULL);
  gtk_test_accessible_assert_relation (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_RELATION_DESCRIBED_BY,
                                       value_label, NULL);
}

static void
test_window_opens (void)
{
  SctWindow *window = sct_test_window_new (1200, 800);

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Secteurs");
  sct_test_assert_listed (window, ALL_SECTORS);
  g_assert_cmpstr (sct_test_label_text (window, "result_label"), ==,
                   sct_test_is_french () ? "12 secteurs" : "12 sectors");

  /* Our own icons come with the app, not from the icon theme. */
  g_assert_true (gtk_icon_theme_has_icon (gtk_icon_theme_get_for_display (gdk_display_get_default ()),
                                          "sct-organisations-symbolic"));
  g_assert_true (gtk_icon_theme_has_icon (gtk_icon_theme_get_for_display (gdk_display_get_default ()),
                                          APP_ID));

  /* Nothing chosen yet: the programme's introduction and office. */
  g_assert_nonnull (sct_test_find_label (GTK_WIDGET (window),
                                         "Secteurs stratégiques d’économie sociale soutenus"));
  assert_contact_row (GTK_WIDGET (window), "Direction de l’entrepreneuriat collectif – Économie sociale",
                      "710, place D’Youville, 7e étage\nQuébec (Québec) G1R 4Y4");
  assert_contact_row (GTK_WIDGET (window), sct_test_is_french () ? "Téléphone" : "Phone",
                      "418 691-5698");
  assert_contact_row (GTK_WIDGET (window), sct_test_is_french () ? "Sans frais" : "Toll-Free",
                      "1 866 680-1884");
  assert_contact_row (GTK_WIDGET (window), sct_test_is_french () ? "Courriel" : "Email",
                      "economie.sociale@economie.gouv.qc.ca");

  sct_test_window_free (window);
}

static void
test_chips_any_and_all (void)
{
  SctWindow *window = sct_test_window_new (1200, 800);

  g_assert_cmpuint (chip_count (window, "autonomie-alimentaire"), ==, 3);
  g_assert_cmpuint (chip_count (window, "developpement-economique-regional"), ==, 5);

  toggle_chip (window, "autonomie-alimentaire");
  sct_test_assert_listed (window, FOOD_SECTORS);
  g_assert_cmpstr (sct_test_label_text (window, "result_label"), ==,
                   sct_test_is_french () ? "3 secteurs sur 12" : "3 of 12 sectors");

  /* "Any": the union. */
  toggle_chip (window, "developpement-economique-regional");
  sct_test_assert_listed (window,
                          "amenagement-territoire autonomie-alimentaire-premieres-nations "
                          "numerique-collectif poles-logistiques-alimentation "
                          "production-agricole reprise-collective");

  /* "All": the intersection, and chips count what adding them would leave. */
  set_match_mode (window, "all");
  sct_test_assert_listed (window, "poles-logistiques-alimentation production-agricole");
  g_assert_cmpuint (chip_count (window, "autonomie-alimentaire"), ==, 2);
  g_assert_cmpuint (chip_count (window, "demarrage-reprise-entreprise"), ==, 1);
  g_assert_cmpuint (chip_count (window, "economie-circulaire-environnement"), ==, 1);
  g_assert_cmpuint (chip_count (window, "immobilier-abordable"), ==, 0);
  g_assert_false (gtk_widget_get_sensitive (sct_test_find_issue_chip (window, "immobilier-abordable")));
  g_assert_true (gtk_widget_get_sensitive (sct_test_find_issue_chip (window, "autonomie-alimentaire")));

  /* With one issue on, both modes list the same sectors, but the chips
   * count differently. */
  toggle_chip (window, "developpement-economique-regional");
  g_assert_cmpuint (chip_count (window, "developpement-economique-regional"), ==, 2);
  set_match_mode (window, "any");
  g_assert_cmpuint (chip_count (window, "developpement-economique-regional"), ==, 5);
  set_match_mode (window, "all");
  toggle_chip (window, "developpement-economique-regional");

  /* Back to "any", then Clear restores every sector and chip. */
  set_match_mode (window, "any");
  sct_test_assert_listed (window,
                          "amenagement-territoire autonomie-alimentaire-premieres-nations "
                          "numerique-collectif poles-logistiques-alimentation "
                          "production-agricole reprise-collective");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.clear-filters", NULL));
  sct_test_wait_until_idle ();
  sct_test_assert_listed (window, ALL_SECTORS);
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (sct_test_find_issue_chip (window, "autonomie-alimentaire"))));
  g_assert_true (gtk_widget_get_sensitive (sct_test_find_issue_chip (window, "immobilier-abordable")));

  sct_test_window_free (window);
}

static void
test_search (void)
{
  SctWindow *window = sct_test_window_new (1200, 800);
  GtkWidget *clear_label;

  type_search (window, "economie de proximite");
  sct_test_assert_listed (window, "numerique-collectif poles-logistiques-alimentation "
                                  "production-agricole services-aines");

  type_search (window, "OEUVRE");
  sct_test_assert_listed (window, "amenagement-territoire immobilier-collectif insertion-emploi "
                                  "production-agricole services-aines tourisme-loisirs");

  type_search (window, "cqcm");
  sct_test_assert_listed (window, "matieres-residuelles numerique-collectif "
                                  "poles-logistiques-alimentation production-agricole "
                                  "reprise-collective services-aines");

  type_search (window, "lacasse");
  sct_test_assert_listed (window, "poles-logistiques-alimentation production-agricole");

  /* A search from outside (the command line, GNOME Shell) replaces what
   * the entry holds. */
  sct_window_search (window, "cqcm");
  sct_test_wait_until_idle ();
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (sct_test_find_by_id (GTK_WIDGET (window), "search_entry"))), ==, "cqcm");
  g_assert_cmpstr (sct_query_get_search_text (sct_window_get_query (window)), ==, "cqcm");
  sct_test_assert_listed (window, "matieres-residuelles numerique-collectif "
                                  "poles-logistiques-alimentation production-agricole "
                                  "reprise-collective services-aines");
  type_search (window, "lacasse");

  /* Search and chips combine. */
  toggle_chip (window, "autonomie-alimentaire");
  sct_test_assert_listed (window, "poles-logistiques-alimentation production-agricole");
  g_assert_cmpuint (chip_count (window, "autonomie-alimentaire"), ==, 2);

  type_search (window, "zzyzx quantique");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (sct_test_find_by_id (GTK_WIDGET (window), "list_stack"))),
                   ==, "empty");
  g_assert_cmpstr (sct_test_label_text (window, "result_label"), ==,
                   sct_test_is_french () ? "Aucun secteur ne correspond" : "No sector matches");
  g_assert_nonnull (sct_test_find_label (GTK_WIDGET (window),
                                         sct_test_is_french () ? "Aucun secteur correspondant"
                                                               : "No Matching Sectors"));

  /* Escape clears the search first, then the chips. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.clear-step", NULL));
  sct_test_wait_until_idle ();
  sct_test_assert_listed (window, FOOD_SECTORS);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (sct_test_find_by_id (GTK_WIDGET (window), "search_entry"))), ==, "");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.clear-step", NULL));
  sct_test_wait_until_idle ();
  sct_test_assert_listed (window, ALL_SECTORS);

  /* An empty list offers to clear every filter at once. */
  toggle_chip (window, "autonomie-alimentaire");
  type_search (window, "zzyzx");
  clear_label = sct_test_find_label (GTK_WIDGET (window),
                                     sct_test_is_french () ? "Effacer les filtres" : "Clear Filters");
  g_assert_true (gtk_widget_is_drawable (clear_label));
  sct_test_activate (gtk_widget_get_ancestor (clear_label, GTK_TYPE_BUTTON));
  sct_test_assert_listed (window, ALL_SECTORS);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (sct_test_find_by_id (GTK_WIDGET (window), "list_stack"))),
                   ==, "list");

  sct_test_window_free (window);
}

static void
test_copy_email (void)
{
  SctWindow *window = sct_test_window_new (1200, 800);
  g_autofree char *copied = NULL;
  GtkWidget *page;
  GtkWidget *toast_label;

  select_sector (window, "reprise-collective");
  page = sct_test_find_first (GTK_WIDGET (window), SCT_TYPE_SECTOR_PAGE);
  g_assert_true (gtk_widget_get_mapped (page));
  g_assert_nonnull (sct_test_find_label (page, "Mathieu Vigneault"));
  g_assert_nonnull (sct_test_find_label (page, "mathieu.vigneault@cdrq.coop"));
  g_assert_nonnull (sct_test_find_label (page, "Coopérative de développement régional du Québec (CDRQ)"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.copy-email", NULL));
  sct_test_wait_until_idle ();

  copied = sct_test_read_clipboard (GTK_WIDGET (window));
  g_assert_cmpstr (copied, ==, "mathieu.vigneault@cdrq.coop");

  toast_label = sct_test_find_label (GTK_WIDGET (window),
                                     sct_test_is_french () ? "Adresse courriel copiée"
                                                           : "Email address copied");
  g_assert_nonnull (toast_label);

  sct_test_window_free (window);
}

static void
test_copy_button_accessible (void)
{
  SctWindow *window = sct_test_window_new (1200, 800);
  g_autoptr(GPtrArray) buttons = NULL;
  GtkWidget *copy_button = NULL;
  GtkWidget *chip;
  GtkWidget *list;

  select_sector (window, "insertion-emploi");
  buttons = sct_test_find_all (sct_test_find_by_id (GTK_WIDGET (window), "contact_row"), GTK_TYPE_BUTTON);
  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_actionable_get_action_name (g_ptr_array_index (buttons, i)), "win.copy-email") == 0)
      copy_button = g_ptr_array_index (buttons, i);
  g_assert_nonnull (copy_button);

  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (copy_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       sct_test_is_french () ? "Copier l’adresse courriel"
                                                             : "Copy Email Address");
  sct_test_activate (copy_button);
  {
    g_autofree char *copied = sct_test_read_clipboard (GTK_WIDGET (window));
    g_assert_cmpstr (copied, ==, "dirceiq@collectif.qc.ca");
  }

  chip = sct_test_find_issue_chip (window, "autonomie-alimentaire");
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (chip), GTK_ACCESSIBLE_ROLE_TOGGLE_BUTTON);
  gtk_test_accessible_assert_state (GTK_ACCESSIBLE (chip), GTK_ACCESSIBLE_STATE_PRESSED,
                                    GTK_ACCESSIBLE_TRISTATE_FALSE);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (chip), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       sct_test_is_french () ? "Autonomie alimentaire, 3 secteurs"
                                                             : "Autonomie alimentaire, 3 sectors");
  sct_test_activate (chip);
  gtk_test_accessible_assert_state (GTK_ACCESSIBLE (chip), GTK_ACCESSIBLE_STATE_PRESSED,
                                    GTK_ACCESSIBLE_TRISTATE_TRUE);

  list = sct_test_find_by_id (GTK_WIDGET (window), "sector_list");
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_ROLE_LIST);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       sct_test_is_french () ? "Secteurs" : "Sectors");

  sct_test_window_free (window);
}

static void
test_selection_survives_filtering (void)
{
  SctWindow *window = sct_test_window_new (1200, 800);
  SctSectorPage *page;

  select_sector (window, "production-agricole");
  page = SCT_SECTOR_PAGE (sct_test_find_first (GTK_WIDGET (window), SCT_TYPE_SECTOR_PAGE));

  toggle_chip (window, "autonomie-alimentaire");
  g_assert_nonnull (sct_sector_page_get_sector (page));
  g_assert_cmpstr (sct_sector_get_id (sct_sector_page_get_sector (page)), ==, "production-agricole");

  /* Filtered out: back to the welcome page, not to another sector. */
  type_search (window, "handicap");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (sct_test_find_by_id (GTK_WIDGET (window), "content_stack"))),
                   ==, "welcome");

  sct_test_window_free (window);
}

static void
test_detail_chip_filters (void)
{
  SctWindow *window = sct_test_window_new (1200, 800);
  GtkWidget *page;
  g_autoptr(GPtrArray) buttons = NULL;
  GtkWidget *issue_button = NULL;

  select_sector (window, "autonomie-alimentaire-premieres-nations");
  page = sct_test_find_first (GTK_WIDGET (window), SCT_TYPE_SECTOR_PAGE);
  buttons = sct_test_find_all (sct_test_find_by_id (page, "issues_box"), GTK_TYPE_BUTTON);
  g_assert_cmpuint (buttons->len, ==, 2);

  for (guint i = 0; i < buttons->len; i++)
    {
      GVariant *target = gtk_actionable_get_action_target_value (g_ptr_array_index (buttons, i));

      if (g_str_equal (g_variant_get_string (target, NULL), "autonomie-alimentaire"))
        issue_button = g_ptr_array_index (buttons, i);
    }
  g_assert_nonnull (issue_button);

  sct_test_activate (issue_button);
  sct_test_assert_listed (window, FOOD_SECTORS);
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (sct_test_find_issue_chip (window, "autonomie-alimentaire"))));

  /* A detail chip adds its issue to those chosen: with « All », the list
   * narrows to the sectors with all three, the one shown among them. */
  set_match_mode (window, "all");
  toggle_chip (window, "developpement-economique-regional");
  select_sector (window, "poles-logistiques-alimentation");
  sct_test_assert_listed (window, "poles-logistiques-alimentation production-agricole");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.filter-issue", "s",
                                             "economie-circulaire-environnement"));
  sct_test_wait_until_idle ();
  g_assert_cmpuint (sct_query_get_active_issues (sct_window_get_query (window))->len, ==, 3);
  sct_test_assert_listed (window, "poles-logistiques-alimentation");
  g_assert_cmpstr (sct_sector_get_id (sct_test_shown_sector (window)), ==, "poles-logistiques-alimentation");
  set_match_mode (window, "any");

  sct_test_window_free (window);
}

static void
test_organisation_filter (void)
{
  SctWindow *window = sct_test_window_new (1200, 800);
  GtkWidget *chip;

  select_sector (window, "services-aines");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.filter-organisation", "s", "chantier"));
  sct_test_wait_until_idle ();

  sct_test_assert_listed (window, "amenagement-territoire matieres-residuelles insertion-emploi "
                                  "poles-logistiques-alimentation production-agricole "
                                  "services-aines personnes-handicapees");
  chip = sct_test_find_by_id (GTK_WIDGET (window), "organisation_chip");
  g_assert_true (gtk_widget_get_visible (chip));
  g_assert_cmpstr (sct_test_label_text (window, "organisation_label"), ==,
                   sct_test_is_french () ? "Organisation\u00a0: Chantier de l’économie sociale"
                                         : "Organisation: Chantier de l’économie sociale");

  /* Combines with the issues. */
  toggle_chip (window, "autonomie-alimentaire");
  sct_test_assert_listed (window, "poles-logistiques-alimentation production-agricole");

  sct_test_activate (chip);
  g_assert_false (gtk_widget_get_visible (chip));
  sct_test_assert_listed (window, FOOD_SECTORS);

  sct_test_window_free (window);
}

static void
test_copy_contacts (void)
{
  SctWindow *window = sct_test_window_new (1200, 800);
  g_autofree char *copied = NULL;

  toggle_chip (window, "autonomie-alimentaire");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.copy-contacts", NULL));
  sct_test_wait_until_idle ();

  /* Marie Lacasse is the contact of two of the three sectors: once. */
  copied = sct_test_read_clipboard (GTK_WIDGET (window));
  g_assert_cmpstr (copied, ==, FOOD_CONTACTS);
  g_assert_nonnull (sct_test_find_label (GTK_WIDGET (window),
                                         sct_test_is_french () ? "2 contacts copiés"
                                                               : "2 contacts copied"));

  sct_test_window_free (window);
}

static void
test_organisation_chooser (void)
{
  SctWindow *window = sct_test_window_new (1200, 800);
  GtkWidget *chooser = sct_test_open_organisation_chooser (window);
  GtkWidget *entry = sct_test_find_by_id (chooser, "organisation_search_entry");
  GtkListBox *list = GTK_LIST_BOX (sct_test_find_by_id (chooser, "list_box"));
  GtkListBoxRow *row;

  /* The most involved organisation comes first. */
  row = gtk_list_box_get_row_at_index (list, 0);
  g_assert_nonnull (sct_test_find_label (GTK_WIDGET (row), "Chantier de l’économie sociale"));
  g_assert_nonnull (sct_test_find_label (GTK_WIDGET (row), sct_test_is_french () ? "7 secteurs" : "7 sectors"));

  /* Searching ignores accents and case, and matches acronyms. */
  sct_test_type_search (entry, "cooperation MUTUALITE");
  row = gtk_list_box_get_row_at_index (list, 0);
  g_assert_nonnull (sct_test_find_label (GTK_WIDGET (row), "Conseil québécois de la coopération et de la mutualité (CQCM)"));
  g_assert_null (gtk_list_box_get_row_at_index (list, 1));

  sct_test_activate (GTK_WIDGET (row));
  g_assert_false (gtk_widget_get_visible (chooser));
  sct_test_assert_listed (window, "matieres-residuelles numerique-collectif "
                                  "poles-logistiques-alimentation production-agricole "
                                  "reprise-collective services-aines");
  g_assert_cmpstr (sct_test_label_text (window, "organisation_label"), ==,
                   sct_test_is_french () ? "Organisation\u00a0: CQCM" : "Organisation: CQCM");

  sct_test_window_free (window);
}

static void
test_main_menu (void)
{
  SctWindow *window = sct_test_window_new (1200, 800);
  GtkMenuButton *button = GTK_MENU_BUTTON (sct_test_find_by_id (GTK_WIDGET (window),
                                                                "main_menu_button"));
  const char *english[] = { "Keyboard Shortcuts", "About Secteurs" };
  const char *french[] = { "Raccourcis clavier", "À propos de Secteurs" };
  const char **items = sct_test_is_french () ? french : english;
  GtkWidget *popover;

  /* Opened as a click opens it: the app-wide items, in the UI's language;
   * what acts on the listed sectors is beside them instead. */
  gtk_menu_button_popup (button);
  sct_test_wait_until_idle ();
  popover = GTK_WIDGET (gtk_menu_button_get_popover (button));
  g_assert_true (GTK_IS_POPOVER_MENU (popover));
  g_assert_true (gtk_widget_get_visible (popover));
  for (guint i = 0; i < G_N_ELEMENTS (english); i++)
    g_assert_nonnull (sct_test_find_label (popover, items[i]));
  g_assert_null (sct_test_find_label (popover, sct_test_is_french () ? "Copier les contacts" : "Copy Contacts"));

  sct_test_window_free (window);
}

/* The menu beside « 3 of 12 sectors » says what its items act on, and
 * how many. */
static void
test_batch_menu (void)
{
  SctWindow *window = sct_test_window_new (1200, 800);
  GtkMenuButton *button = GTK_MENU_BUTTON (sct_test_find_by_id (GTK_WIDGET (window), "batch_button"));
  const char *english[] = { "Copy 2 Addresses", "Email 2 Contacts…", "Export 3 Sectors…",
                            "Print 3 Sectors…" };
  const char *french[] = { "Copier 2 adresses", "Écrire à 2 contacts…", "Exporter 3 secteurs…",
                           "Imprimer 3 secteurs…" };
  const char **items = sct_test_is_french () ? french : english;
  GtkWidget *popover, *copy_item, *print_item;
  g_autofree char *copied = NULL;

  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       sct_test_is_french () ? "Agir sur les secteurs listés"
                                                             : "Act on the Listed Sectors");

  /* Three food sectors, two contacts between them. */
  toggle_chip (window, "autonomie-alimentaire");
  gtk_menu_button_popup (button);
  sct_test_wait_until_idle ();
  popover = GTK_WIDGET (gtk_menu_button_get_popover (button));
  g_assert_true (gtk_widget_get_visible (popover));
  for (guint i = 0; i < G_N_ELEMENTS (english); i++)
    g_assert_nonnull (sct_test_find_label (popover, items[i]));

  /* An item does what it says, and the menu closes. Menu items are GTK's
   * private GtkModelButtons. */
  copy_item = gtk_widget_get_ancestor (sct_test_find_label (popover, items[0]),
                                       g_type_from_name ("GtkModelButton"));
  g_assert_nonnull (copy_item);
  sct_test_activate (copy_item);
  g_assert_false (gtk_widget_get_visible (popover));
  copied = sct_test_read_clipboard (GTK_WIDGET (window));
  g_assert_cmpstr (copied, ==, FOOD_CONTACTS);

  /* No sector is shown, so the print dialog can only be for the listed
   * ones. */
  g_assert_null (sct_test_shown_sector (window));
  gtk_menu_button_popup (button);
  sct_test_wait_until_idle ();
  print_item = gtk_widget_get_ancestor (sct_test_find_label (popover, items[3]),
                                        g_type_from_name ("GtkModelButton"));
  g_assert_nonnull (print_item);
  sct_test_activate (print_item);
  sct_test_close_print_dialog (window);

  /* One sector listed prints from its own page: no batch item for it. */
  type_search (window, "lacasse logistiques");
  sct_test_assert_listed (window, "poles-logistiques-alimentation");
  gtk_menu_button_popup (button);
  sct_test_wait_until_idle ();
  g_assert_nonnull (sct_test_find_label (popover, sct_test_is_french () ? "Exporter 1 secteur…"
                                                                        : "Export 1 Sector…"));
  g_assert_null (sct_test_find_label (popover, sct_test_is_french () ? "Imprimer 1 secteur…"
                                                                     : "Print 1 Sector…"));
  gtk_menu_button_popdown (button);

  /* Nothing listed, nothing to act on. */
  type_search (window, "zzyzx");
  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (button)));

  sct_test_window_free (window);
}

static void
test_match_mode_is_remembered (void)
{
  SctWindow *window = sct_test_window_new (1200, 800);
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  set_match_mode (window, "all");
  g_assert_cmpint (g_settings_get_enum (settings, "match-mode"), ==, SCT_MATCH_ALL);
  sct_test_window_free (window);

  /* A new window starts as the last one was left. */
  window = sct_test_window_new (1200, 800);
  g_assert_cmpint (sct_query_get_match_mode (sct_window_get_query (window)), ==, SCT_MATCH_ALL);
  g_assert_cmpstr (adw_toggle_group_get_active_name (ADW_TOGGLE_GROUP (sct_test_find_by_id (GTK_WIDGET (window), "match_group"))),
                   ==, "all");
  set_match_mode (window, "any");
  sct_test_window_free (window);
}

static void
test_size_is_remembered (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  SctWindow *window = sct_test_window_new (900, 650);

  gtk_window_close (GTK_WINDOW (window));
  sct_test_wait (50);
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 900);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 650);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));
}

static SctIssueChip *
focused_chip (SctWindow *window)
{
  GtkWidget *chip = gtk_widget_get_ancestor (sct_test_focus (window), SCT_TYPE_ISSUE_CHIP);

  g_assert_nonnull (chip);
  return SCT_ISSUE_CHIP (chip);
}

/* Presses @key until the focus is in @target, at most @max times. */
static void
press_until_focus_in (SctWindow  *window,
                      const char *key,
                      GtkWidget  *target,
                      guint       max)
{
  for (guint i = 0; !sct_test_focus_is_in (window, target); i++)
    {
      if (i == max)
        g_error ("%u presses of %s did not reach %s", max, key, G_OBJECT_TYPE_NAME (target));
      sct_test_press_keys (window, key);
    }
}

/* The window opens on its sectors, as GNOME's sidebars do: the arrows and
 * Return go through them at once, and typing anywhere searches. */
static void
test_starts_on_sectors (void)
{
  SctWindow *window = sct_test_window_new (1200, 800);
  GtkWidget *search = sct_test_find_by_id (GTK_WIDGET (window), "search_entry");
  GtkWidget *list = sct_test_find_by_id (GTK_WIDGET (window), "sector_list");
  g_auto(GStrv) listed = sct_test_listed_sector_ids (window);

  g_assert_true (sct_test_focus_is_in (window, list));
  g_assert_null (sct_test_shown_sector (window));

  /* Return opens the sector the focus is on; Down goes to the next. */
  sct_test_press_keys (window, "Return");
  g_assert_cmpstr (sct_sector_get_id (sct_test_shown_sector (window)), ==, listed[0]);
  sct_test_press_keys (window, "Down Return");
  g_assert_cmpstr (sct_sector_get_id (sct_test_shown_sector (window)), ==, listed[1]);

  /* Typed, the words go to the search; the focus stays in the list, so
   * that Down and Return go on through what is found. */
  sct_test_type_text (window, "tourisme");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (search)), ==, "tourisme");
  sct_test_assert_listed (window, "tourisme-loisirs");
  g_assert_true (sct_test_focus_is_in (window, list));
  sct_test_press_keys (window, "Return");
  g_assert_cmpstr (sct_sector_get_id (sct_test_shown_sector (window)), ==, "tourisme-loisirs");

  sct_test_window_free (window);
}

/* Open a food sector and copy its contact's email, by keyboard alone. */
static void
test_keyboard_copy_email (void)
{
  SctWindow *window = sct_test_window_new (1200, 800);
  GtkWidget *search = sct_test_find_by_id (GTK_WIDGET (window), "search_entry");
  GtkWidget *list = sct_test_find_by_id (GTK_WIDGET (window), "sector_list");
  g_auto(GStrv) listed = NULL;
  g_autofree char *copied = NULL;
  GtkWidget *page, *copy_button = NULL;
  SctSector *sector;

  sct_test_press_keys (window, "ctrl+f");
  g_assert_true (sct_test_focus_is_in (window, search));
  sct_test_type_text (window, "autonomie alimentaire");
  sct_test_assert_listed (window, FOOD_SECTORS);

  /* Down goes to the first result, Space keeps it chosen. */
  sct_test_press_keys (window, "Down");
  g_assert_true (sct_test_focus_is_in (window, list));
  g_assert_cmpstr (sct_sector_get_id (sct_test_shown_sector (window)), ==,
                   "autonomie-alimentaire-premieres-nations");
  sct_test_press_keys (window, "space");
  g_assert_cmpstr (sct_sector_get_id (sct_test_shown_sector (window)), ==,
                   "autonomie-alimentaire-premieres-nations");

  /* The next one, and Tab goes on into its page, to the Copy button. */
  sct_test_press_keys (window, "Down Return");
  sector = sct_test_shown_sector (window);
  g_assert_cmpstr (sct_sector_get_id (sector), ==, "poles-logistiques-alimentation");
  page = sct_test_find_first (GTK_WIDGET (window), SCT_TYPE_SECTOR_PAGE);
  /* The sector's menu, in the pane's header bar, comes first. */
  sct_test_press_keys (window, "Tab");
  g_assert_true (sct_test_focus_is_in (window, sct_test_find_by_id (GTK_WIDGET (window),
                                                                    "sector_menu_button")));
  sct_test_press_keys (window, "Tab");
  g_assert_true (sct_test_focus_is_in (window, page));
  for (guint i = 0; copy_button == NULL; i++)
    {
      GtkWidget *focus = sct_test_focus (window);

      g_assert_true (sct_test_focus_is_in (window, page));
      if (GTK_IS_ACTIONABLE (focus) &&
          g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (focus)), "win.copy-email") == 0)
        copy_button = focus;
      else if (i < 8)
        sct_test_press_keys (window, "Tab");
      else
        g_error ("Tab never reached the Copy button");
    }
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (copy_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       sct_test_is_french () ? "Copier l’adresse courriel"
                                                             : "Copy Email Address");
  sct_test_press_keys (window, "Return");
  copied = sct_test_read_clipboard (GTK_WIDGET (window));
  g_assert_cmpstr (copied, ==, sct_sector_get_contact_email (sector));

  /* And back: Shift+Tab returns from the page to the list. */
  press_until_focus_in (window, "shift+Tab", list, 10);

  /* Return in the search opens the first result. */
  sct_test_press_keys (window, "ctrl+f");
  sct_test_type_text (window, "reprise");
  listed = sct_test_listed_sector_ids (window);
  sct_test_press_keys (window, "Return");
  g_assert_cmpstr (sct_sector_get_id (sct_test_shown_sector (window)), ==, listed[0]);

  sct_test_window_free (window);
}

/* Find the sectors of an organisation and copy their contacts, by
 * keyboard alone, through the Organisations popover. */
static void
test_keyboard_organisation (void)
{
  SctWindow *window = sct_test_window_new (1200, 800);
  GtkWidget *button = sct_test_find_by_id (GTK_WIDGET (window), "organisations_button");
  SctQuery *query = sct_window_get_query (window);
  g_autofree char *copied = NULL;
  g_autofree char *expected = NULL;
  GtkWidget *chooser;

  sct_test_press_keys (window, "ctrl+f");
  press_until_focus_in (window, "shift+Tab", button, 3);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Organisations");

  /* Return opens it on its search; Return again takes the first match. */
  sct_test_press_keys (window, "Return");
  chooser = GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (button)));
  g_assert_true (gtk_widget_get_visible (chooser));
  g_assert_true (sct_test_focus_is_in (window, sct_test_find_by_id (chooser, "organisation_search_entry")));
  sct_test_type_text (window, "chant");
  sct_test_press_keys (window, "Return");
  g_assert_false (gtk_widget_get_visible (chooser));
  g_assert_cmpstr (sct_organisation_get_id (sct_query_get_organisation (query)), ==, "chantier");
  sct_test_assert_listed (window, "amenagement-territoire matieres-residuelles insertion-emploi "
                                  "poles-logistiques-alimentation production-agricole "
                                  "services-aines personnes-handicapees");

  sct_test_press_keys (window, "ctrl+shift+e");
  copied = sct_test_read_clipboard (GTK_WIDGET (window));
  expected = sct_export_recipients (sct_sidebar_get_listed_sectors (SCT_SIDEBAR (sct_test_find_by_id (GTK_WIDGET (window), "sidebar"))), NULL);
  g_assert_cmpstr (copied, ==, expected);

  /* Down goes into the rows, Return picks one. */
  press_until_focus_in (window, "shift+Tab", button, 6);
  sct_test_press_keys (window, "Return");
  g_assert_true (gtk_widget_get_visible (chooser));
  sct_test_type_text (window, "cqcm");
  sct_test_press_keys (window, "Down");
  g_assert_nonnull (gtk_widget_get_ancestor (sct_test_focus (window), GTK_TYPE_LIST_BOX_ROW));
  sct_test_press_keys (window, "Return");
  g_assert_false (gtk_widget_get_visible (chooser));
  g_assert_cmpstr (sct_organisation_get_id (sct_query_get_organisation (query)), ==, "cqcm");

  sct_test_window_free (window);
}

/* Combine two issues with « All », by keyboard alone: the chips are one
 * Tab stop, moved through with the arrow keys. */
static void
test_keyboard_chips (void)
{
  SctWindow *window = sct_test_window_new (1200, 800);
  GtkWidget *chips_box = sct_test_find_by_id (GTK_WIDGET (window), "chips_box");
  GtkWidget *match_group = sct_test_find_by_id (GTK_WIDGET (window), "match_group");
  SctQuery *query = sct_window_get_query (window);
  SctIssueChip *chip;

  sct_test_press_keys (window, "ctrl+f");
  press_until_focus_in (window, "Tab", chips_box, 4);
  chip = focused_chip (window);
  g_assert_cmpstr (sct_issue_get_id (sct_issue_chip_get_issue (chip)), ==, "developpement-economique-regional");
  sct_test_press_keys (window, "space");
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (chip)));

  /* Right moves from chip to chip, Space toggles the one reached. */
  sct_test_press_keys (window, "Right");
  chip = focused_chip (window);
  g_assert_cmpstr (sct_issue_get_id (sct_issue_chip_get_issue (chip)), ==, "vitalite-collectivites");
  sct_test_press_keys (window, "Right");
  chip = focused_chip (window);
  g_assert_cmpstr (sct_issue_get_id (sct_issue_chip_get_issue (chip)), ==, "autonomie-alimentaire");
  sct_test_press_keys (window, "space");
  g_assert_cmpuint (sct_query_get_active_issues (query)->len, ==, 2);
  sct_test_assert_listed (window,
                          "amenagement-territoire autonomie-alimentaire-premieres-nations "
                          "numerique-collectif poles-logistiques-alimentation "
                          "production-agricole reprise-collective");

  /* One Tab leaves the chips, whichever has the focus. */
  sct_test_press_keys (window, "Tab");
  g_assert_false (sct_test_focus_is_in (window, chips_box));
  sct_test_press_keys (window, "shift+Tab");
  g_assert_true (focused_chip (window) == chip);

  /* Back to the match mode, then « All » by the arrow keys. */
  press_until_focus_in (window, "shift+Tab", match_group, 3);
  sct_test_press_keys (window, "Right space");
  g_assert_cmpint (sct_query_get_match_mode (query), ==, SCT_MATCH_ALL);
  sct_test_assert_listed (window, "poles-logistiques-alimentation production-agricole");

  sct_test_window_free (window);
}

/* What pressing @keyval does to @widget, as the keyboard would: through
 * the key bindings of its shortcut controllers. */
static void
press_key (GtkWidget *widget,
           guint      keyval)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;

      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);

          if (GTK_IS_KEYVAL_TRIGGER (trigger) &&
              gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == keyval &&
              gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == 0)
            {
              g_assert_true (gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut),
                                                           GTK_SHORTCUT_ACTION_EXCLUSIVE, widget,
                                                           gtk_shortcut_get_arguments (shortcut)));
              sct_test_wait_until_idle ();
              return;
            }
        }
    }

  g_error ("%s has no binding for %s", G_OBJECT_TYPE_NAME (widget), gdk_keyval_name (keyval));
}

static const char *
shown_sector_id (SctWindow *window)
{
  SctSector *sector = sct_test_shown_sector (window);

  g_assert_nonnull (sector);
  return sct_sector_get_id (sector);
}

static void
test_sector_list_keyboard (void)
{
  SctWindow *window = sct_test_window_new (1200, 800);
  GtkWidget *list = sct_test_find_by_id (GTK_WIDGET (window), "sector_list");

  /* The arrow keys go through the sectors, and each one shows. */
  select_sector (window, "amenagement-territoire");
  press_key (list, GDK_KEY_Down);
  g_assert_cmpstr (shown_sector_id (window), ==, "autonomie-alimentaire-premieres-nations");
  press_key (list, GDK_KEY_Down);
  g_assert_cmpstr (shown_sector_id (window), ==, "matieres-residuelles");
  press_key (list, GDK_KEY_Up);
  g_assert_cmpstr (shown_sector_id (window), ==, "autonomie-alimentaire-premieres-nations");
  press_key (list, GDK_KEY_End);
  g_assert_cmpstr (shown_sector_id (window), ==, "tourisme-loisirs");
  press_key (list, GDK_KEY_Home);
  g_assert_cmpstr (shown_sector_id (window), ==, "amenagement-territoire");

  sct_test_window_free (window);
}

static void
test_narrow (void)
{
  SctWindow *window = sct_test_window_new (360, 640);
  AdwNavigationSplitView *split_view;

  split_view = ADW_NAVIGATION_SPLIT_VIEW (sct_test_find_by_id (GTK_WIDGET (window), "split_view"));
  g_assert_true (adw_navigation_split_view_get_collapsed (split_view));
  g_assert_false (adw_navigation_split_view_get_show_content (split_view));

  select_sector (window, "tourisme-loisirs");
  g_assert_true (adw_navigation_split_view_get_show_content (split_view));
  g_assert_nonnull (sct_test_find_label (GTK_WIDGET (window), "Patrice Blais"));

  /* Back to the list: nothing chosen, so the same row opens it again. */
  adw_navigation_split_view_set_show_content (split_view, FALSE);
  sct_test_wait_until_idle ();
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (sct_test_find_by_id (GTK_WIDGET (window), "content_stack"))),
                   ==, "welcome");

  /* Nothing is wider than the window. */
  {
    int minimum;

    gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
    g_assert_cmpint (minimum, <=, 360);
  }

  sct_test_window_free (window);
}

/* Whether the label that shows @text in @window shows all of it. */
static gboolean
shows_whole (SctWindow  *window,
             const char *text)
{
  GtkWidget *label = sct_test_find_label (GTK_WIDGET (window), text);

  g_assert_nonnull (label);
  return !pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (label)));
}

/* The match modes keep their whole names where the sidebar is narrowest:
 * beside the content when the window is just too wide to fold, and alone
 * in a phone-sized window with Large Text. Text twice as large still
 * fits that window, the sidebar and a sector's page alike. */
static void
test_large_text (void)
{
  const char *any = sct_test_is_french () ? "Au moins 1" : "Any";
  const char *all = sct_test_is_french () ? "Tous" : "All";
  GtkSettings *settings = gtk_settings_get_default ();
  SctWindow *window;
  int dpi, minimum;

  /* Text scales as GNOME's Large Text setting scales it, through the DPI. */
  g_object_get (settings, "gtk-xft-dpi", &dpi, NULL);
  g_assert_cmpint (dpi, >, 0);

  window = sct_test_window_new (720, 600);
  g_assert_true (shows_whole (window, any));
  g_assert_true (shows_whole (window, all));
  sct_test_window_free (window);

  g_object_set (settings, "gtk-xft-dpi", (int) (dpi * 1.25), NULL);
  window = sct_test_window_new (360, 600);
  g_assert_true (shows_whole (window, any));
  g_assert_true (shows_whole (window, all));
  sct_test_window_free (window);

  g_object_set (settings, "gtk-xft-dpi", dpi * 2, NULL);
  window = sct_test_window_new (360, 600);
  gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, <=, 360);
  select_sector (window, "personnes-handicapees");
  gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, <=, 360);
  sct_test_window_free (window);

  g_object_set (settings, "gtk-xft-dpi", dpi, NULL);
}

static void
test_loading_page (void)
{
  g_autoptr(SctDataset) dataset = sct_test_load_bundled ();
  SctWindow *window = sct_window_new (NULL);
  g_autoptr(GPtrArray) chips = NULL;
  g_auto(GStrv) listed = NULL;
  GtkWidget *list_stack, *page, *entry;

  sct_window_show_loading (window);
  gtk_window_present (GTK_WINDOW (window));
  sct_test_wait_until_idle ();

  /* A spinner in the list's place, under the sidebar's header bar; the
   * filters wait for the sectors. */
  g_assert_true (sct_window_get_loading (window));
  list_stack = sct_test_find_by_id (GTK_WIDGET (window), "list_stack");
  page = gtk_stack_get_child_by_name (GTK_STACK (list_stack), "loading");
  g_assert_true (gtk_widget_get_mapped (page));
  g_assert_cmpstr (adw_status_page_get_title (ADW_STATUS_PAGE (page)), ==,
                   sct_test_is_french () ? "Chargement des secteurs…" : "Loading Sectors…");
  g_assert_true (ADW_IS_SPINNER_PAINTABLE (adw_status_page_get_paintable (ADW_STATUS_PAGE (page))));
  g_assert_true (gtk_widget_get_mapped (sct_test_find_first (GTK_WIDGET (window), ADW_TYPE_HEADER_BAR)));
  /* The issues and organisations wait for the sectors; the search does
   * not, and what is typed meanwhile filters them once they are there. */
  g_assert_false (gtk_widget_is_sensitive (sct_test_find_by_id (GTK_WIDGET (window), "match_group")));
  g_assert_false (gtk_widget_is_sensitive (sct_test_find_by_id (GTK_WIDGET (window), "organisations_button")));
  entry = sct_test_find_by_id (GTK_WIDGET (window), "search_entry");
  g_assert_true (gtk_widget_is_sensitive (entry));
  sct_test_type_search (entry, "alimentaire");

  /* Then the sectors, the chips and the welcome page are all there. */
  sct_window_set_dataset (window, dataset);
  sct_test_wait_until_idle ();
  g_assert_false (sct_window_get_loading (window));
  g_assert_false (gtk_widget_get_mapped (page));
  g_assert_true (gtk_widget_is_sensitive (sct_test_find_by_id (GTK_WIDGET (window), "match_group")));
  sct_test_assert_listed (window, FOOD_SECTORS);
  sct_test_type_search (entry, "");
  listed = sct_test_listed_sector_ids (window);
  g_assert_cmpuint (g_strv_length (listed), ==, 12);
  chips = sct_test_find_all (sct_test_find_by_id (GTK_WIDGET (window), "chips_box"), SCT_TYPE_ISSUE_CHIP);
  g_assert_cmpuint (chips->len, ==, 19);
  g_assert_nonnull (sct_test_find_label (GTK_WIDGET (window), "Secteurs stratégiques d’économie sociale soutenus"));

  /* Loading another file lets go of these sectors at once. */
  sct_window_show_loading (window);
  sct_test_wait_until_idle ();
  g_assert_true (gtk_widget_get_mapped (page));
  g_clear_pointer (&listed, g_strfreev);
  listed = sct_test_listed_sector_ids (window);
  g_assert_cmpuint (g_strv_length (listed), ==, 0);
  g_assert_null (gtk_widget_get_first_child (sct_test_find_by_id (GTK_WIDGET (window), "chips_box")));

  sct_test_window_free (window);
}

static void
test_error_page (void)
{
  g_autoptr(GError) error = g_error_new_literal (SCT_DATASET_ERROR, SCT_DATASET_ERROR_EMAIL,
                                                 "Sector 2 (“a&b”), field “contact.email”: <b>bad</b>");
  SctWindow *window = sct_window_new (NULL);
  AdwStatusPage *page;

  sct_window_show_error (window, error);
  gtk_window_present (GTK_WINDOW (window));
  sct_test_wait_until_idle ();

  page = ADW_STATUS_PAGE (sct_test_find_status_page (window, "error"));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (page)));
  /* Shown as written, markup characters and all. */
  g_assert_nonnull (sct_test_find_label (GTK_WIDGET (page), error->message));

  sct_test_window_free (window);
}

static guint
count_visible_chips (SctWindow *window)
{
  GtkWidget *chips_box = sct_test_find_by_id (GTK_WIDGET (window), "chips_box");
  guint n = 0;

  for (GtkWidget *chip = gtk_widget_get_first_child (chips_box); chip; chip = gtk_widget_get_next_sibling (chip))
    n += gtk_widget_get_mapped (chip);

  return n;
}

/* Whether @widget shows whole in the visible part of @scrolled. */
static gboolean
is_scrolled_into_view (GtkWidget *widget,
                       GtkWidget *scrolled)
{
  graphene_rect_t bounds;

  return gtk_widget_get_mapped (widget) &&
         gtk_widget_compute_bounds (widget, scrolled, &bounds) &&
         bounds.origin.y >= 0 &&
         bounds.origin.y + bounds.size.height <= gtk_widget_get_height (scrolled);
}

/* The issues several sectors share show at once, the others one click
 * away, even when nothing matches; an active issue never hides;
 * unfolding every issue in a short window still leaves three sectors in
 * sight. */
static void
test_all_issues_in_sight (void)
{
  SctWindow *window = sct_test_window_new (360, 600);
  GtkWidget *button = sct_test_find_by_id (GTK_WIDGET (window), "all_issues_button");
  GtkWidget *filters = sct_test_find_by_id (GTK_WIDGET (window), "issue_filters");
  GtkWidget *entry = sct_test_find_by_id (GTK_WIDGET (window), "search_entry");
  GtkWidget *list = sct_test_find_by_id (GTK_WIDGET (window), "sector_list");
  GtkWidget *rare_chip = sct_test_find_issue_chip (window, "gestion-matieres-residuelles");

  g_assert_cmpuint (count_visible_chips (window), ==, 5);
  g_assert_false (gtk_widget_get_mapped (rare_chip));
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (button)), ==,
                   sct_test_is_french () ? "Afficher tous les enjeux (19)" : "Show All Issues (19)");
  gtk_test_accessible_assert_state (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_STATE_EXPANDED, FALSE);
  g_assert_true (is_scrolled_into_view (button, filters));

  /* The page that says nothing matches leaves the filters their room:
   * they are what the user changes next. */
  sct_test_type_search (entry, "zzzz introuvable");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (sct_test_find_by_id (GTK_WIDGET (window), "list_stack"))), ==, "empty");
  g_assert_true (is_scrolled_into_view (button, filters));
  sct_test_type_search (entry, "");

  sct_test_activate (button);
  g_assert_cmpuint (count_visible_chips (window), ==, 19);
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (button)), ==,
                   sct_test_is_french () ? "Afficher moins d’enjeux" : "Show Fewer Issues");
  gtk_test_accessible_assert_state (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_STATE_EXPANDED, TRUE);
  g_assert_cmpint (gtk_widget_get_height (list), >=, 3 * gtk_widget_get_height (gtk_widget_get_first_child (list)));

  /* A new window keeps them unfolded: no extra click each time. */
  sct_test_window_free (window);
  window = sct_test_window_new (360, 600);
  button = sct_test_find_by_id (GTK_WIDGET (window), "all_issues_button");
  rare_chip = sct_test_find_issue_chip (window, "gestion-matieres-residuelles");
  g_assert_cmpuint (count_visible_chips (window), ==, 19);

  sct_test_activate (rare_chip);
  sct_test_activate (button);
  g_assert_cmpuint (count_visible_chips (window), ==, 6);
  g_assert_true (gtk_widget_get_mapped (rare_chip));
  sct_test_assert_listed (window, "matieres-residuelles");

  sct_test_window_free (window);
}

/* Waits, up to ten seconds, for a label that shows @text in @window. */
static GtkWidget *
wait_for_label (GtkWidget  *window,
                const char *text)
{
  for (guint i = 0; i < 1000; i++)
    {
      GtkWidget *label = sct_test_find_label (window, text);

      if (label != NULL)
        return label;
      sct_test_wait (10);
    }

  g_error ("No label showed “%s”", text);
}

/* The button of @root labelled @label, mnemonic and all. */
static GtkWidget *
find_button (GtkWidget  *root,
             const char *label)
{
  g_autoptr(GPtrArray) buttons = sct_test_find_all (root, GTK_TYPE_BUTTON);

  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_button_get_label (g_ptr_array_index (buttons, i)), label) == 0)
      return g_ptr_array_index (buttons, i);

  g_error ("No button is labelled “%s”", label);
}

/* With no email application to open, writing to the listed contacts ends
 * on a toast that offers their addresses instead. */
static void
test_mail_failure_offers_addresses (void)
{
  SctWindow *window = sct_test_window_new (1200, 800);
  g_autofree char *copied = NULL;

  toggle_chip (window, "autonomie-alimentaire");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.write-to-all", NULL));
  wait_for_label (GTK_WIDGET (window), _("No email application could be opened"));
  sct_test_activate (find_button (GTK_WIDGET (window), _("Copy _Addresses")));
  copied = sct_test_read_clipboard (GTK_WIDGET (window));
  g_assert_cmpstr (copied, ==, FOOD_CONTACTS);

  sct_test_window_free (window);
}

/* The export proposes a name that follows the filter, and its toast names
 * the file written and offers to open it. */
static void
assert_export_toast (void)
{
  SctWindow *window = sct_test_window_new (1200, 800);
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = g_dir_make_tmp ("secteurs-export-XXXXXX", &error);
  g_autofree char *suggested = NULL;
  g_autofree char *path = NULL;
  g_autofree char *message = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GListModel) toplevels = gtk_window_get_toplevels ();
  g_autoptr(GPtrArray) editables = NULL;
  GtkWidget *dialog = NULL, *name_entry = NULL;

  g_assert_no_error (error);
  toggle_chip (window, "autonomie-alimentaire");
  suggested = g_strdup_printf ("%s - Autonomie alimentaire.csv", _("sectors"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export", NULL));

  /* The file dialog, its name already filled in: save it in a folder of
   * the test's own. */
  for (guint i = 0; dialog == NULL && i < 1000; i++)
    {
      for (guint j = 0; j < g_list_model_get_n_items (toplevels); j++)
        {
          g_autoptr(GtkWidget) toplevel = g_list_model_get_item (toplevels, j);

          if (toplevel != GTK_WIDGET (window) && gtk_widget_get_mapped (toplevel))
            dialog = toplevel;
        }
      sct_test_wait (10);
    }
  g_assert_nonnull (dialog);
  editables = sct_test_find_all (dialog, GTK_TYPE_EDITABLE);
  for (guint i = 0; i < editables->len; i++)
    if (g_strcmp0 (gtk_editable_get_text (g_ptr_array_index (editables, i)), suggested) == 0)
      name_entry = g_ptr_array_index (editables, i);
  g_assert_nonnull (name_entry);
  path = g_build_filename (folder, suggested, NULL);
  gtk_editable_set_text (GTK_EDITABLE (name_entry), path);
  /* GTK's own button, in GTK's own words. */
  sct_test_activate (find_button (dialog, g_dgettext ("gtk40", "_Save")));

  /* « Exported “name” », and a way to open it. */
  message = g_strdup_printf (_("Exported “%s”"), suggested);
  wait_for_label (GTK_WIDGET (window), message);
  g_assert_nonnull (find_button (GTK_WIDGET (window), _("_Open")));
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "Pôles logistiques en alimentation"));

  g_unlink (path);
  g_rmdir (folder);
  sct_test_window_free (window);
}

/* In a process of its own: GTK's file chooser, once closed, still answers
 * work it started, into a store it has let go of, while the next test
 * runs; and the process ends with that work, and what it holds, pending,
 * which LeakSanitizer would count as leaks. */
static void
test_export_toast (void)
{
  g_auto(GStrv) envp = NULL;

  if (g_test_subprocess ())
    {
      assert_export_toast ();
      return;
    }

  envp = g_environ_setenv (g_get_environ (), "LSAN_OPTIONS", "detect_leaks=0", TRUE);
  g_test_trap_subprocess_with_envp (NULL, (const char * const *) envp, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

/* Whether @widget holds text that names it, as a button's or a row's
 * labels do. */
static gboolean
has_text (GtkWidget *widget)
{
  if (GTK_IS_POPOVER (widget) || !gtk_widget_get_visible (widget))
    return FALSE;

  if (GTK_IS_LABEL (widget))
    return *gtk_label_get_label (GTK_LABEL (widget)) != '\0';

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    if (has_text (child))
      return TRUE;

  return FALSE;
}

/* Whether assistive technologies have a name for @widget: a label of its
 * own, a labelling widget, or, for a control (not a container such as a
 * scroll pane), the text inside it. */
static gboolean
has_accessible_name (GtkWidget *widget)
{
  if (gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL) ||
      gtk_test_accessible_has_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY))
    return TRUE;

  if (GTK_IS_SCROLLED_WINDOW (widget) || GTK_IS_VIEWPORT (widget) ||
      GTK_IS_LIST_BOX (widget) || GTK_IS_LIST_VIEW (widget))
    return FALSE;

  return has_text (widget);
}

/* Walks @within's Tab chain once round, from where the focus is, and
 * checks that each stop has a name; returns how many stops it found. */
static guint
assert_tab_stops_named (SctWindow *window,
                        GtkWidget *within)
{
  g_autoptr(GHashTable) stops = g_hash_table_new (NULL, NULL);

  for (guint i = 0; i < 400; i++)
    {
      GtkWidget *focus, *parent, *named;

      /* At the end of the chain nothing takes the focus; the next press
       * starts again from the top. */
      if (!gtk_widget_child_focus (within, GTK_DIR_TAB_FORWARD))
        continue;

      focus = sct_test_focus (window);
      if (!g_hash_table_add (stops, focus))
        break;

      /* An entry's text and a menu button's inner button take the focus;
       * the entry and the menu button carry the name. */
      parent = gtk_widget_get_parent (focus);
      named = GTK_IS_TEXT (focus) || GTK_IS_MENU_BUTTON (parent) ? parent : focus;
      if (!has_accessible_name (named))
        g_error ("A %s in a %s takes Tab but has no accessible name", G_OBJECT_TYPE_NAME (named),
                 G_OBJECT_TYPE_NAME (gtk_widget_get_parent (named)));
    }

  return g_hash_table_size (stops);
}

/* Every control Tab reaches has a name a screen reader can say: in the
 * window with a sector shown and every issue unfolded, and in the
 * Organisations popover. */
static void
test_every_control_named (void)
{
  SctWindow *window = sct_test_window_new (1200, 800);
  GtkMenuButton *organisations_button = GTK_MENU_BUTTON (sct_test_find_by_id (GTK_WIDGET (window),
                                                                              "organisations_button"));

  select_sector (window, "services-aines");
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (sct_test_find_by_id (GTK_WIDGET (window), "all_issues_button")),
                                TRUE);
  sct_test_wait_until_idle ();
  /* The header bars, search, filters, list, and the page's chips, rows
   * and buttons. */
  g_assert_cmpuint (assert_tab_stops_named (window, GTK_WIDGET (window)), >=, 15);

  gtk_menu_button_popup (organisations_button);
  sct_test_wait_until_idle ();
  g_assert_cmpuint (assert_tab_stops_named (window, GTK_WIDGET (gtk_menu_button_get_popover (organisations_button))),
                    >=, 2);
  gtk_menu_button_popdown (organisations_button);

  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (sct_test_find_by_id (GTK_WIDGET (window), "all_issues_button")),
                                FALSE);
  sct_test_window_free (window);
}

/* The colour most of @widget's pixels have, as the window draws it: for a
 * chip, its background. */
static guint32
drawn_background (SctWindow *window,
                  GtkWidget *widget)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (GTK_WIDGET (window));
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GHashTable) counts = g_hash_table_new (NULL, NULL);
  g_autofree guint32 *pixels = NULL;
  graphene_rect_t bounds;
  guint32 background = 0;
  guint most = 0;
  int width, height;

  g_assert_true (gtk_widget_compute_bounds (widget, GTK_WIDGET (window), &bounds));
  gdk_paintable_snapshot (paintable, snapshot,
                          gtk_widget_get_width (GTK_WIDGET (window)),
                          gtk_widget_get_height (GTK_WIDGET (window)));
  node = gtk_snapshot_free_to_node (snapshot);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node, &bounds);
  width = gdk_texture_get_width (texture);
  height = gdk_texture_get_height (texture);
  pixels = g_new (guint32, width * height);
  gdk_texture_download (texture, (guchar *) pixels, width * sizeof (guint32));

  for (int i = 0; i < width * height; i++)
    {
      guint n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, GUINT_TO_POINTER (pixels[i]))) + 1;

      g_hash_table_insert (counts, GUINT_TO_POINTER (pixels[i]), GUINT_TO_POINTER (n));
      if (n > most)
        {
          most = n;
          background = pixels[i];
        }
    }

  return background;
}

/* WCAG 2's relative luminance of an opaque ARGB pixel. */
static double
relative_luminance (guint32 pixel)
{
  double channels[3] = { (pixel >> 16) & 0xff, (pixel >> 8) & 0xff, pixel & 0xff };
  const double weights[3] = { 0.2126, 0.7152, 0.0722 };
  double luminance = 0;

  for (guint i = 0; i < 3; i++)
    {
      double c = channels[i] / 255.;

      c = c <= 0.04045 ? c / 12.92 : pow ((c + 0.055) / 1.055, 2.4);
      luminance += weights[i] * c;
    }

  return luminance;
}

/* An active chip stands out from the others by at least 3:1 (WCAG 1.4.11,
 * for a state indicator), in light and dark, and shows its check mark. */
static void
assert_active_chip_contrast (void)
{
  const AdwColorScheme schemes[] = { ADW_COLOR_SCHEME_FORCE_LIGHT, ADW_COLOR_SCHEME_FORCE_DARK };
  AdwStyleManager *style_manager = adw_style_manager_get_default ();
  SctWindow *window = sct_test_window_new (1200, 800);
  GtkWidget *chips_box = sct_test_find_by_id (GTK_WIDGET (window), "chips_box");
  GtkWidget *active = gtk_widget_get_first_child (chips_box);
  GtkWidget *inactive = gtk_widget_get_next_sibling (active);

  sct_test_activate (active);
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (active)));
  g_assert_true (gtk_widget_get_visible (sct_test_find_by_id (active, "check_image")));
  g_assert_false (gtk_widget_get_visible (sct_test_find_by_id (inactive, "check_image")));

  for (guint i = 0; i < G_N_ELEMENTS (schemes); i++)
    {
      double on, off, ratio;

      adw_style_manager_set_color_scheme (style_manager, schemes[i]);
      sct_test_wait_until_idle ();
      on = relative_luminance (drawn_background (window, active));
      off = relative_luminance (drawn_background (window, inactive));
      ratio = (MAX (on, off) + 0.05) / (MIN (on, off) + 0.05);
      g_test_message ("%s%s: active and inactive chips %.2f:1",
                      adw_style_manager_get_dark (style_manager) ? "dark" : "light",
                      adw_style_manager_get_high_contrast (style_manager) ? ", high contrast" : "",
                      ratio);
      g_assert_cmpfloat (ratio, >=, 3.0);
    }

  adw_style_manager_set_color_scheme (style_manager, ADW_COLOR_SCHEME_DEFAULT);
  sct_test_window_free (window);
}

static void
test_chip_contrast (void)
{
  assert_active_chip_contrast ();
}

/* High contrast is read when libadwaita starts: a process of its own. */
static void
test_chip_contrast_high_contrast (void)
{
  g_auto(GStrv) envp = NULL;

  if (g_test_subprocess ())
    {
      g_assert_true (adw_style_manager_get_high_contrast (adw_style_manager_get_default ()));
      assert_active_chip_contrast ();
      return;
    }

  envp = g_environ_setenv (g_get_environ (), "ADW_DEBUG_HIGH_CONTRAST", "1", TRUE);
  g_test_trap_subprocess_with_envp (NULL, (const char * const *) envp, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

int
main (int   argc,
      char *argv[])
{
  sct_test_init_ui (&argc, &argv);

  g_test_add_func ("/window/opens", test_window_opens);
  g_test_add_func ("/window/chips-any-and-all", test_chips_any_and_all);
  g_test_add_func ("/window/search", test_search);
  g_test_add_func ("/window/copy-email", test_copy_email);
  g_test_add_func ("/window/accessible", test_copy_button_accessible);
  g_test_add_func ("/window/selection-survives-filtering", test_selection_survives_filtering);
  g_test_add_func ("/window/detail-chip-filters", test_detail_chip_filters);
  g_test_add_func ("/window/organisation-filter", test_organisation_filter);
  g_test_add_func ("/window/copy-contacts", test_copy_contacts);
  g_test_add_func ("/window/organisation-chooser", test_organisation_chooser);
  g_test_add_func ("/window/main-menu", test_main_menu);
  g_test_add_func ("/window/batch-menu", test_batch_menu);
  g_test_add_func ("/window/mail-failure-offers-addresses", test_mail_failure_offers_addresses);
  g_test_add_func ("/window/export-toast", test_export_toast);
  g_test_add_func ("/window/match-mode-is-remembered", test_match_mode_is_remembered);
  g_test_add_func ("/window/size-is-remembered", test_size_is_remembered);
  g_test_add_func ("/window/starts-on-sectors", test_starts_on_sectors);
  g_test_add_func ("/window/keyboard-copy-email", test_keyboard_copy_email);
  g_test_add_func ("/window/keyboard-organisation", test_keyboard_organisation);
  g_test_add_func ("/window/keyboard-chips", test_keyboard_chips);
  g_test_add_func ("/window/all-issues-in-sight", test_all_issues_in_sight);
  g_test_add_func ("/window/every-control-named", test_every_control_named);
  g_test_add_func ("/window/chip-contrast", test_chip_contrast);
  g_test_add_func ("/window/chip-contrast/high-contrast", test_chip_contrast_high_contrast);
  g_test_add_func ("/window/sector-list-keyboard", test_sector_list_keyboard);
  g_test_add_func ("/window/narrow", test_narrow);
  g_test_add_func ("/window/large-text", test_large_text);
  g_test_add_func ("/window/loading-page", test_loading_page);
  g_test_add_func ("/window/error-page", test_error_page);

  return g_test_run ();
}
