/* Copyright 2026 The Secteurs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "sct-export.h"
#include "sct-issue-chip.h"
#include "sct-organisation-chooser.h"
#include "sct-sector-filter.h"
#include "sct-sector-page.h"
#include "sct-sector-row.h"
#include "sct-shortcuts-dialog.h"
#include "sct-text.h"
#include "sct-welcome-page.h"
#include "sct-window.h"

/* What a window on screen still has to show of a new dataset, in this
 * order, one step a frame: showing it all at once takes several frames
 * with nothing drawn and no input handled. */
typedef enum {
  FILL_LIST,
  FILL_CHIPS,
  FILL_WELCOME,
  FILL_DONE,
} FillStep;

/* The main window: the sectors' list, narrowed by the query, beside the
 * sector chosen. It wires the dataset's models to the views. */
struct _SctWindow
{
  AdwApplicationWindow parent_instance;

  GSettings *settings;
  SctDataset *dataset;
  SctQuery *query;
  GtkFilterListModel *filtered_sectors;
  GtkSingleSelection *selection;

  AdwToastOverlay *toast_overlay;
  SctOrganisationChooser *organisation_chooser;
  GtkMenuButton *organisations_button;
  GtkMenuButton *main_menu_button;
  GMenuModel *main_menu;
  GtkStack *main_stack;
  AdwNavigationSplitView *split_view;
  GtkSearchEntry *search_entry;
  AdwToggleGroup *match_group;
  GtkButton *organisation_chip;
  GtkLabel *organisation_label;
  AdwWrapBox *chips_box;
  GtkLabel *result_label;
  GtkStack *list_stack;
  GtkGridView *sector_list;
  AdwNavigationPage *content_page;
  GtkStack *content_stack;
  SctWelcomePage *welcome_page;
  SctSectorPage *sector_page;
  GtkWidget *filters_box;

  /* A window on screen shows a new dataset over several frames */
  FillStep fill_step;
  guint fill_idle_id;
  GdkFrameClock *fill_clock;
  gulong fill_paint_id;
  gboolean loading;
};

G_DEFINE_FINAL_TYPE (SctWindow, sct_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_LOADING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
show_toast (SctWindow  *self,
            const char *title)
{
  AdwToast *toast = adw_toast_new (title);

  adw_toast_set_use_markup (toast, FALSE);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static SctSector *
get_selected_sector (SctWindow *self)
{
  if (self->selection == NULL)
    return NULL;

  return gtk_single_selection_get_selected_item (self->selection);
}

/* The email of the contact on screen: the sector's, or the programme's
 * office on the welcome page. */
static const char *
get_shown_email (SctWindow *self)
{
  SctSector *sector = get_selected_sector (self);

  if (sector != NULL)
    return sct_sector_get_contact_email (sector);

  if (self->dataset != NULL)
    return sct_programme_get_email (sct_dataset_get_programme (self->dataset));

  return NULL;
}

/* A compact page of @name in the list's place, for when the list has
 * nothing to show. */
static AdwStatusPage *
add_list_status_page (SctWindow  *self,
                      const char *name)
{
  GtkWidget *page = adw_status_page_new ();

  gtk_widget_add_css_class (page, "compact");
  gtk_stack_add_named (self->list_stack, page, name);

  return ADW_STATUS_PAGE (page);
}

/* Shows, in the list's place, that no sector matches. Built when first
 * needed: the list starts full. */
static void
show_empty_page (SctWindow *self)
{
  if (gtk_stack_get_child_by_name (self->list_stack, "empty") == NULL)
    {
      AdwStatusPage *page = add_list_status_page (self, "empty");
      GtkWidget *button = gtk_button_new_with_mnemonic (_("C_lear Filters"));

      gtk_widget_set_halign (button, GTK_ALIGN_CENTER);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.clear-filters");
      gtk_widget_add_css_class (button, "pill");

      adw_status_page_set_icon_name (page, "edit-find-symbolic");
      adw_status_page_set_title (page, _("No Matching Sectors"));
      adw_status_page_set_description (page, _("Try other issues or other words"));
      adw_status_page_set_child (page, button);
    }

  gtk_stack_set_visible_child_name (self->list_stack, "empty");
}

static void
update_result_label (SctWindow *self)
{
  g_autofree char *text = NULL;
  guint n_shown, n_total;

  if (self->filtered_sectors == NULL)
    return;

  n_shown = g_list_model_get_n_items (G_LIST_MODEL (self->filtered_sectors));
  n_total = g_list_model_get_n_items (sct_dataset_get_sectors (self->dataset));

  if (sct_query_is_empty (self->query))
    text = g_strdup_printf (ngettext ("%u sector", "%u sectors", n_total), n_total);
  else if (n_shown == 0)
    text = g_strdup (_("No sector matches"));
  else
    /* Translators: "4 of 12 sectors": how many sectors the filters leave,
     * of how many. The plural form follows the first number. */
    text = g_strdup_printf (ngettext ("%u of %u sectors", "%u of %u sectors", n_shown),
                            n_shown, n_total);

  gtk_label_set_text (self->result_label, text);

  /* While a new dataset fills in, the list keeps its spinner until it has
   * the sectors. */
  if (gtk_grid_view_get_model (self->sector_list) != GTK_SELECTION_MODEL (self->selection))
    return;

  if (n_shown > 0)
    gtk_stack_set_visible_child_name (self->list_stack, "list");
  else
    show_empty_page (self);
}

static void
filtered_sectors_changed_cb (SctWindow  *self,
                             guint       position,
                             guint       removed,
                             guint       added,
                             GListModel *model)
{
  update_result_label (self);
}

static void
query_changed_cb (SctWindow      *self,
                  SctQueryChange  change)
{
  SctOrganisation *organisation = sct_query_get_organisation (self->query);
  g_autofree char *search_text = g_strdup (sct_query_get_search_text (self->query));

  /* The query can change from elsewhere than the entry: a chip in the
   * details, a command line, Clear. */
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)), search_text) != 0)
    {
      /* Setting the text empties the entry first, which an entry reports
       * at once: the query must not hear of that passing "". */
      g_signal_handlers_block_matched (self->search_entry, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), search_text);
      g_signal_handlers_unblock_matched (self->search_entry, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->organisation_chip), organisation != NULL);
  if (organisation != NULL)
    {
      g_autofree char *label = NULL;

      /* Translators: a filter that lists one organisation's sectors; the
       * value is its acronym or name */
      label = g_strdup_printf (_("Organisation: %s"), sct_organisation_get_short_name (organisation));
      gtk_label_set_text (self->organisation_label, label);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->organisation_chip),
                                   sct_organisation_get_name (organisation));
    }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.clear-filters",
                                 !sct_query_is_empty (self->query));
  update_result_label (self);
}

static void
show_selected_sector (SctWindow *self)
{
  SctSector *sector = get_selected_sector (self);

  /* Built when first needed: the window opens on the welcome page. */
  if (self->sector_page == NULL && sector != NULL)
    {
      self->sector_page = sct_sector_page_new ();
      gtk_stack_add_named (self->content_stack, GTK_WIDGET (self->sector_page), "sector");
    }

  if (self->sector_page != NULL)
    sct_sector_page_set_sector (self->sector_page, sector);

  if (sector != NULL)
    {
      adw_navigation_page_set_title (self->content_page, sct_sector_get_title (sector));
      gtk_stack_set_visible_child_name (self->content_stack, "sector");
    }
  else
    {
      adw_navigation_page_set_title (self->content_page, _("Secteurs"));
      gtk_stack_set_visible_child_name (self->content_stack, "welcome");
    }
}

static void
selected_item_changed_cb (SctWindow          *self,
                          GParamSpec         *pspec,
                          GtkSingleSelection *selection)
{
  show_selected_sector (self);

  /* Filtering only ever clears the selection, so a new sector is one the
   * user (or a deep link) chose: on a narrow window, go to it. */
  if (get_selected_sector (self) != NULL)
    adw_navigation_split_view_set_show_content (self->split_view, TRUE);
}

/* Rows are made in code rather than by a GtkBuilderListItemFactory: each
 * filter change can bring a hundred new ones, and building them through
 * GtkBuilder expressions costs more than the row itself. */
static void
sector_row_setup_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *list_item,
                     SctWindow                *self)
{
  gtk_list_item_set_child (list_item, sct_sector_row_new ());
}

static void
sector_row_bind_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *list_item,
                    SctWindow                *self)
{
  sct_sector_row_set_item (SCT_SECTOR_ROW (gtk_list_item_get_child (list_item)),
                           gtk_list_item_get_item (list_item));
}

static void
sector_row_unbind_cb (GtkSignalListItemFactory *factory,
                      GtkListItem              *list_item,
                      SctWindow                *self)
{
  sct_sector_row_set_item (SCT_SECTOR_ROW (gtk_list_item_get_child (list_item)), NULL);
}

static void
sector_activated_cb (SctWindow   *self,
                     guint        position,
                     GtkGridView *grid_view)
{
  adw_navigation_split_view_set_show_content (self->split_view, TRUE);
}

static void
show_content_changed_cb (SctWindow              *self,
                         GParamSpec             *pspec,
                         AdwNavigationSplitView *split_view)
{
  /* Back on the list of a narrow window, nothing is chosen any more, so
   * that choosing the same sector again opens it again. */
  if (adw_navigation_split_view_get_collapsed (split_view) &&
      !adw_navigation_split_view_get_show_content (split_view) &&
      self->selection != NULL)
    gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
}

static void
search_changed_cb (SctWindow      *self,
                   GtkSearchEntry *entry)
{
  sct_query_set_search_text (self->query, gtk_editable_get_text (GTK_EDITABLE (entry)));
}

static void
stop_search_cb (SctWindow      *self,
                GtkSearchEntry *entry)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.clear-step", NULL);
}

/* The issues most sectors share come first: they are the likeliest
 * filters. The order never changes while filtering, so chips stay put. */
static int
compare_issues (gconstpointer a,
                gconstpointer b)
{
  SctIssue *issue_a = *(SctIssue **) a;
  SctIssue *issue_b = *(SctIssue **) b;
  g_autofree char *key_a = NULL;
  g_autofree char *key_b = NULL;

  if (sct_issue_get_n_sectors (issue_a) != sct_issue_get_n_sectors (issue_b))
    return sct_issue_get_n_sectors (issue_a) > sct_issue_get_n_sectors (issue_b) ? -1 : 1;

  key_a = sct_text_fold (sct_issue_get_label (issue_a));
  key_b = sct_text_fold (sct_issue_get_label (issue_b));
  return g_strcmp0 (key_a, key_b);
}

static void
remove_issue_chips (SctWindow *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->chips_box))) != NULL)
    adw_wrap_box_remove (self->chips_box, child);
}

static void
build_issue_chips (SctWindow *self)
{
  GListModel *issues = sct_dataset_get_issues (self->dataset);
  g_autoptr(GPtrArray) sorted = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (issues); i++)
    g_ptr_array_add (sorted, g_list_model_get_item (issues, i));
  g_ptr_array_sort (sorted, compare_issues);

  for (guint i = 0; i < sorted->len; i++)
    adw_wrap_box_append (self->chips_box,
                         sct_issue_chip_new (self->query,
                                             sct_dataset_get_sectors (self->dataset),
                                             g_ptr_array_index (sorted, i)));
}

static void
copy_email_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  SctWindow *self = SCT_WINDOW (widget);
  const char *email = get_shown_email (self);

  if (email == NULL)
    return;

  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), email);
  show_toast (self, _("Email address copied"));
}

static void
launch_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(SctWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!gtk_uri_launcher_launch_finish (GTK_URI_LAUNCHER (source), result, &error) &&
      !g_error_matches (error, GTK_DIALOG_ERROR, GTK_DIALOG_ERROR_DISMISSED))
    {
      g_message ("Could not open a mailto: link: %s", error->message);
      show_toast (self, _("No email application could be opened"));
    }
}

static void
write_email_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  SctWindow *self = SCT_WINDOW (widget);
  const char *email = get_shown_email (self);
  g_autoptr(GtkUriLauncher) launcher = NULL;
  g_autofree char *escaped = NULL;
  g_autofree char *uri = NULL;

  if (email == NULL)
    return;

  /* A valid address may hold ? # & % = / (RFC 5322): unescaped in a mailto:
   * URI (RFC 6068), "a?cc=b@example.org" would write to "a" and copy "b". */
  escaped = g_uri_escape_string (email, "!$'*+@", FALSE);
  uri = g_strconcat ("mailto:", escaped, NULL);
  launcher = gtk_uri_launcher_new (uri);
  gtk_uri_launcher_launch (launcher, GTK_WINDOW (self), NULL, launch_done_cb, g_object_ref (self));
}

static void
focus_search_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  SctWindow *self = SCT_WINDOW (widget);

  if (adw_navigation_split_view_get_collapsed (self->split_view))
    adw_navigation_split_view_set_show_content (self->split_view, FALSE);

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
clear_filters_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  SctWindow *self = SCT_WINDOW (widget);

  sct_query_clear (self->query);
}

/* Escape undoes one thing at a time: the search, then the filters, then
 * the sector shown on a narrow window. */
static void
clear_step_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  SctWindow *self = SCT_WINDOW (widget);

  if (sct_query_get_search_text (self->query)[0] != '\0')
    sct_query_set_search_text (self->query, "");
  else if (!sct_query_is_empty (self->query))
    sct_query_clear (self->query);
  else if (adw_navigation_split_view_get_collapsed (self->split_view))
    adw_navigation_split_view_set_show_content (self->split_view, FALSE);
}

static void
filter_issue_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  SctWindow *self = SCT_WINDOW (widget);
  SctIssue *issue;

  if (self->dataset == NULL)
    return;

  issue = sct_dataset_lookup_issue (self->dataset, g_variant_get_string (parameter, NULL));
  if (issue == NULL)
    return;

  /* The sector shown has this issue, so it stays listed and selected. */
  sct_query_clear (self->query);
  sct_query_set_issue_active (self->query, issue, TRUE);

  if (adw_navigation_split_view_get_collapsed (self->split_view))
    adw_navigation_split_view_set_show_content (self->split_view, FALSE);
}

static void
filter_organisation_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  SctWindow *self = SCT_WINDOW (widget);
  SctOrganisation *organisation;

  if (self->dataset == NULL)
    return;

  organisation = sct_dataset_lookup_organisation (self->dataset,
                                                  g_variant_get_string (parameter, NULL));
  if (organisation == NULL)
    return;

  sct_query_set_organisation (self->query, organisation);

  if (adw_navigation_split_view_get_collapsed (self->split_view))
    adw_navigation_split_view_set_show_content (self->split_view, FALSE);
}

static void
clear_organisation_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  SctWindow *self = SCT_WINDOW (widget);

  sct_query_set_organisation (self->query, NULL);
}

static void
show_shortcuts_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  adw_dialog_present (sct_shortcuts_dialog_new (), widget);
}

/* The sectors listed, in the list's order: what batch actions act on. */
static GListModel *
get_listed_sectors (SctWindow *self)
{
  if (self->selection == NULL)
    return NULL;

  return gtk_single_selection_get_model (self->selection);
}

static void
copy_contacts_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  SctWindow *self = SCT_WINDOW (widget);
  GListModel *sectors = get_listed_sectors (self);
  g_autofree char *recipients = NULL;
  g_autofree char *message = NULL;
  guint n_contacts;

  if (sectors == NULL || g_list_model_get_n_items (sectors) == 0)
    return;

  recipients = sct_export_recipients (sectors, &n_contacts);
  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), recipients);

  message = g_strdup_printf (ngettext ("%u contact copied", "%u contacts copied", n_contacts),
                             n_contacts);
  show_toast (self, message);
}

static void
write_to_all_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  SctWindow *self = SCT_WINDOW (widget);
  GListModel *sectors = get_listed_sectors (self);
  g_autoptr(GtkUriLauncher) launcher = NULL;
  g_autofree char *uri = NULL;

  if (sectors == NULL || g_list_model_get_n_items (sectors) == 0)
    return;

  uri = sct_export_mailto (sectors);
  launcher = gtk_uri_launcher_new (uri);
  gtk_uri_launcher_launch (launcher, GTK_WINDOW (self), NULL, launch_done_cb, g_object_ref (self));
}

static void
export_written_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(SctWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!g_file_replace_contents_finish (G_FILE (source), result, NULL, &error))
    {
      g_autofree char *message = g_strdup_printf (_("Could not export: %s"), error->message);

      show_toast (self, message);
      return;
    }

  show_toast (self, _("Sectors exported"));
}

static void
export_chosen_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(SctWindow) self = user_data;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *basename = NULL;
  GListModel *sectors = get_listed_sectors (self);

  file = gtk_file_dialog_save_finish (GTK_FILE_DIALOG (source), result, NULL);
  if (file == NULL || sectors == NULL)
    return;

  /* The file's extension chooses the format; CSV unless it is a vCard. */
  basename = g_file_get_basename (file);
  if (basename != NULL && (g_str_has_suffix (basename, ".vcf") || g_str_has_suffix (basename, ".vcard")))
    {
      /* Translators: starts each exported contact's note, before the
       * titles of their sectors */
      bytes = sct_export_vcard (sectors, _("Sectors: "));
    }
  else
    {
      const SctCsvHeadings headings = {
        .title = _("Sector"),
        .issues = _("Targeted Issues"),
        .lead = _("Lead Organisation"),
        .partners = _("Initial Partners"),
        .contact = _("Contact"),
        .email = _("Email"),
      };

      bytes = sct_export_csv (sectors, &headings);
    }

  g_file_replace_contents_bytes_async (file, bytes, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION,
                                       NULL, export_written_cb, g_object_ref (self));
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SctWindow *self = SCT_WINDOW (widget);
  g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();
  g_autoptr(GtkFileFilter) csv = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) vcard = gtk_file_filter_new ();
  g_autoptr(GListStore) filters = g_list_store_new (GTK_TYPE_FILE_FILTER);

  gtk_file_filter_set_name (csv, _("Spreadsheet (CSV)"));
  gtk_file_filter_add_mime_type (csv, "text/csv");
  gtk_file_filter_add_suffix (csv, "csv");
  gtk_file_filter_set_name (vcard, _("Contacts (vCard)"));
  gtk_file_filter_add_mime_type (vcard, "text/vcard");
  gtk_file_filter_add_suffix (vcard, "vcf");
  g_list_store_append (filters, csv);
  g_list_store_append (filters, vcard);

  gtk_file_dialog_set_title (dialog, _("Export Sectors"));
  gtk_file_dialog_set_filters (dialog, G_LIST_MODEL (filters));
  gtk_file_dialog_set_default_filter (dialog, csv);
  /* Translators: the default name of an exported file; keep the .csv */
  gtk_file_dialog_set_initial_name (dialog, _("sectors.csv"));
  gtk_file_dialog_save (dialog, GTK_WINDOW (self), NULL, export_chosen_cb, g_object_ref (self));
}

static gboolean
sct_window_close_request (GtkWindow *window)
{
  SctWindow *self = SCT_WINDOW (window);
  int width, height;

  gtk_window_get_default_size (window, &width, &height);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));

  return GTK_WINDOW_CLASS (sct_window_parent_class)->close_request (window);
}

static void
create_organisation_chooser (GtkMenuButton *button,
                             gpointer       user_data)
{
  SctWindow *self = user_data;

  /* Built when first opened: most sessions never open it. */
  if (self->organisation_chooser != NULL)
    return;

  self->organisation_chooser = sct_organisation_chooser_new ();
  if (self->dataset != NULL)
    sct_organisation_chooser_set_organisations (self->organisation_chooser,
                                                sct_dataset_get_organisations_by_use (self->dataset));
  gtk_menu_button_set_popover (button, GTK_WIDGET (self->organisation_chooser));
}

static void
create_main_menu (GtkMenuButton *button,
                  gpointer       user_data)
{
  SctWindow *self = user_data;

  /* A menu model builds its popover at once: building it on first use
   * takes that work off start-up. */
  gtk_menu_button_set_menu_model (button, self->main_menu);
}

static void
set_loading (SctWindow *self,
             gboolean   loading)
{
  if (self->loading == loading)
    return;

  self->loading = loading;

  /* Nothing to filter or to act on before the sectors are there. */
  gtk_widget_set_sensitive (self->filters_box, !loading);
  gtk_widget_set_sensitive (GTK_WIDGET (self->organisations_button), !loading);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.copy-contacts", !loading);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.write-to-all", !loading);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export", !loading);
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->list_stack),
                               GTK_ACCESSIBLE_STATE_BUSY, loading,
                               -1);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

static void
fill_step (SctWindow *self)
{
  switch (self->fill_step)
    {
    case FILL_LIST:
      gtk_grid_view_set_model (self->sector_list, GTK_SELECTION_MODEL (self->selection));
      update_result_label (self);
      break;

    case FILL_CHIPS:
      build_issue_chips (self);
      break;

    case FILL_WELCOME:
      sct_welcome_page_set_programme (self->welcome_page, sct_dataset_get_programme (self->dataset));
      break;

    case FILL_DONE:
    default:
      g_assert_not_reached ();
    }

  self->fill_step++;
  if (self->fill_step == FILL_DONE)
    set_loading (self, FALSE);
}

static void
stop_filling (SctWindow *self)
{
  g_clear_handle_id (&self->fill_idle_id, g_source_remove);
  if (self->fill_clock != NULL)
    g_clear_signal_handler (&self->fill_paint_id, self->fill_clock);
  g_clear_object (&self->fill_clock);
}

static void schedule_fill (SctWindow *self,
                           gboolean   after_frame);

static gboolean
fill_idle_cb (gpointer user_data)
{
  SctWindow *self = user_data;

  self->fill_idle_id = 0;
  fill_step (self);
  schedule_fill (self, TRUE);

  return G_SOURCE_REMOVE;
}

static void
fill_after_paint_cb (SctWindow     *self,
                     GdkFrameClock *clock)
{
  stop_filling (self);
  schedule_fill (self, FALSE);
}

/* Each step waits for the frame that shows the one before, then for the
 * main loop to have nothing more urgent to do: input goes first. */
static void
schedule_fill (SctWindow *self,
               gboolean   after_frame)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));

  if (self->fill_step == FILL_DONE)
    return;

  /* A window not on screen has no frames to wait for. */
  if (clock == NULL || !gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      while (self->fill_step != FILL_DONE)
        fill_step (self);
      return;
    }

  if (after_frame)
    {
      self->fill_clock = g_object_ref (clock);
      self->fill_paint_id = g_signal_connect_swapped (clock, "after-paint",
                                                      G_CALLBACK (fill_after_paint_cb), self);
      /* A step that changed nothing would otherwise wait for ever. */
      gdk_frame_clock_request_phase (clock, GDK_FRAME_CLOCK_PHASE_AFTER_PAINT);
    }
  else
    {
      self->fill_idle_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, fill_idle_cb, self, NULL);
    }
}

/* Takes the list's step now, if it is still to come: what follows needs
 * the sectors listed. */
static void
fill_list_now (SctWindow *self)
{
  if (self->fill_step != FILL_LIST)
    return;

  stop_filling (self);
  fill_step (self);
  schedule_fill (self, TRUE);
}

static void
drop_list_models (SctWindow *self)
{
  /* By data, not by function: ISO C has no conversion from a function to
   * the gpointer that _by_func() takes (-Wpedantic, warning_level=3). */
  if (self->filtered_sectors != NULL)
    g_signal_handlers_disconnect_by_data (self->filtered_sectors, self);
  g_clear_object (&self->filtered_sectors);
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  g_clear_object (&self->selection);
}

/* Shows no sectors, and nothing of those shown before. */
static void
forget_dataset (SctWindow *self)
{
  stop_filling (self);

  gtk_grid_view_set_model (self->sector_list, NULL);
  drop_list_models (self);

  remove_issue_chips (self);
  sct_welcome_page_set_programme (self->welcome_page, NULL);
  if (self->organisation_chooser != NULL)
    sct_organisation_chooser_set_organisations (self->organisation_chooser, NULL);
  show_selected_sector (self);
  sct_query_clear (self->query);
  sct_query_set_sectors (self->query, NULL);
  gtk_label_set_text (self->result_label, "");

  /* Nothing holds on to its sectors any more. */
  if (self->dataset != NULL)
    sct_dataset_unref_in_background (g_steal_pointer (&self->dataset));
}

/* The page of @name in place of the browser, with a header bar to move
 * and close the window by; built when first needed. */
static AdwStatusPage *
ensure_status_page (SctWindow  *self,
                    const char *name)
{
  GtkWidget *toolbar_view = gtk_stack_get_child_by_name (self->main_stack, name);
  GtkWidget *page;

  if (toolbar_view != NULL)
    return ADW_STATUS_PAGE (adw_toolbar_view_get_content (ADW_TOOLBAR_VIEW (toolbar_view)));

  page = adw_status_page_new ();
  toolbar_view = adw_toolbar_view_new ();
  adw_toolbar_view_add_top_bar (ADW_TOOLBAR_VIEW (toolbar_view), adw_header_bar_new ());
  adw_toolbar_view_set_content (ADW_TOOLBAR_VIEW (toolbar_view), page);
  gtk_stack_add_named (self->main_stack, toolbar_view, name);

  return ADW_STATUS_PAGE (page);
}

static void
sct_window_map (GtkWidget *widget)
{
  GdkDisplay *display = gtk_widget_get_display (widget);

  GTK_WIDGET_CLASS (sct_window_parent_class)->map (widget);

  /* SctApplication's startup leaves the first window without an icon for
   * the window manager: GTK renders the icon's SVG as a window is
   * realized, which would hold back the request to map it. That request
   * goes out first, then the icon follows, before the first frame. */
  if (gtk_window_get_default_icon_name () == NULL &&
      gtk_window_get_icon_name (GTK_WINDOW (widget)) == NULL &&
      gtk_icon_theme_has_icon (gtk_icon_theme_get_for_display (display), APP_ID))
    {
      gdk_display_flush (display);
      gtk_window_set_default_icon_name (APP_ID);
      gtk_window_set_icon_name (GTK_WINDOW (widget), APP_ID);
    }
}

static void
sct_window_unmap (GtkWidget *widget)
{
  SctWindow *self = SCT_WINDOW (widget);

  /* No more frames to wait for: the rest of the dataset at once, and its
   * frame clock as it was. */
  stop_filling (self);
  while (self->fill_step != FILL_DONE)
    fill_step (self);

  GTK_WIDGET_CLASS (sct_window_parent_class)->unmap (widget);
}

static void
sct_window_dispose (GObject *object)
{
  SctWindow *self = SCT_WINDOW (object);

  stop_filling (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), SCT_TYPE_WINDOW);
  /* Owned by their parents, which the template took down. */
  self->sector_page = NULL;
  self->organisation_chooser = NULL;
  g_clear_object (&self->selection);
  g_clear_object (&self->filtered_sectors);
  g_clear_object (&self->dataset);
  g_clear_object (&self->query);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (sct_window_parent_class)->dispose (object);
}

static void
sct_window_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  SctWindow *self = SCT_WINDOW (object);

  switch (prop_id)
    {
    case PROP_LOADING:
      g_value_set_boolean (value, self->loading);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sct_window_class_init (SctWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = sct_window_dispose;
  object_class->get_property = sct_window_get_property;
  widget_class->map = sct_window_map;
  widget_class->unmap = sct_window_unmap;
  window_class->close_request = sct_window_close_request;

  /**
   * SctWindow:loading:
   *
   * Whether sectors are being loaded, or are not all shown yet.
   */
  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (SCT_TYPE_SECTOR_ROW);
  g_type_ensure (SCT_TYPE_WELCOME_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/economiesociale/Secteurs/sct-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SctWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, SctWindow, organisations_button);
  gtk_widget_class_bind_template_child (widget_class, SctWindow, main_menu_button);
  gtk_widget_class_bind_template_child (widget_class, SctWindow, main_menu);
  gtk_widget_class_bind_template_child (widget_class, SctWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, SctWindow, split_view);
  gtk_widget_class_bind_template_child (widget_class, SctWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, SctWindow, match_group);
  gtk_widget_class_bind_template_child (widget_class, SctWindow, organisation_chip);
  gtk_widget_class_bind_template_child (widget_class, SctWindow, organisation_label);
  gtk_widget_class_bind_template_child (widget_class, SctWindow, chips_box);
  gtk_widget_class_bind_template_child (widget_class, SctWindow, result_label);
  gtk_widget_class_bind_template_child (widget_class, SctWindow, list_stack);
  gtk_widget_class_bind_template_child (widget_class, SctWindow, sector_list);
  gtk_widget_class_bind_template_child (widget_class, SctWindow, content_page);
  gtk_widget_class_bind_template_child (widget_class, SctWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, SctWindow, welcome_page);
  gtk_widget_class_bind_template_child (widget_class, SctWindow, filters_box);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, sector_row_setup_cb);
  gtk_widget_class_bind_template_callback (widget_class, sector_row_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, sector_row_unbind_cb);
  gtk_widget_class_bind_template_callback (widget_class, sector_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, show_content_changed_cb);

  gtk_widget_class_install_action (widget_class, "win.copy-email", NULL, copy_email_action);
  gtk_widget_class_install_action (widget_class, "win.write-email", NULL, write_email_action);
  gtk_widget_class_install_action (widget_class, "win.focus-search", NULL, focus_search_action);
  gtk_widget_class_install_action (widget_class, "win.clear-filters", NULL, clear_filters_action);
  gtk_widget_class_install_action (widget_class, "win.clear-step", NULL, clear_step_action);
  gtk_widget_class_install_action (widget_class, "win.filter-issue", "s", filter_issue_action);
  gtk_widget_class_install_action (widget_class, "win.filter-organisation", "s",
                                   filter_organisation_action);
  gtk_widget_class_install_action (widget_class, "win.clear-organisation", NULL,
                                   clear_organisation_action);
  gtk_widget_class_install_action (widget_class, "win.show-shortcuts", NULL, show_shortcuts_action);
  gtk_widget_class_install_action (widget_class, "win.copy-contacts", NULL, copy_contacts_action);
  gtk_widget_class_install_action (widget_class, "win.write-to-all", NULL, write_to_all_action);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "win.focus-search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "win.clear-step", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.copy-email", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_question, GDK_CONTROL_MASK,
                                       "win.show-shortcuts", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.copy-contacts", NULL);
}

static void
sct_window_init (SctWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->fill_step = FILL_DONE;

  gtk_menu_button_set_create_popup_func (self->organisations_button, create_organisation_chooser,
                                         self, NULL);
  gtk_menu_button_set_create_popup_func (self->main_menu_button, create_main_menu, self, NULL);

  self->query = sct_query_new ();
  g_signal_connect_object (self->query, "changed",
                           G_CALLBACK (query_changed_cb), self, G_CONNECT_SWAPPED);

  self->settings = g_settings_new (APP_ID);
  g_settings_bind (self->settings, "match-mode", self->query, "match-mode", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "match-mode", self->match_group, "active-name",
                   G_SETTINGS_BIND_DEFAULT);

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  /* Typing anywhere in the window searches. */
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.clear-filters", FALSE);
}

SctWindow *
sct_window_new (GtkApplication *application)
{
  return g_object_new (SCT_TYPE_WINDOW, "application", application, NULL);
}

/**
 * sct_window_set_dataset:
 * @dataset: the sectors to show
 *
 * Shows @dataset's sectors, through the query, sorted by title. A window
 * on screen shows them over its next few frames, and is #SctWindow:loading
 * until then.
 */
void
sct_window_set_dataset (SctWindow  *self,
                        SctDataset *dataset)
{
  g_return_if_fail (SCT_IS_WINDOW (self));
  g_return_if_fail (SCT_IS_DATASET (dataset));

  if (!g_set_object (&self->dataset, dataset))
    {
      gtk_stack_set_visible_child_name (self->main_stack, "browser");
      return;
    }

  stop_filling (self);
  /* A window not on screen yet shows it all at once, below. */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    set_loading (self, TRUE);

  sct_query_clear (self->query);
  sct_query_set_sectors (self->query, sct_dataset_get_sectors (dataset));

  drop_list_models (self);

  /* The dataset sorts its sectors once: filtering keeps their order. */
  self->filtered_sectors =
    gtk_filter_list_model_new (g_object_ref (sct_dataset_get_sectors_by_title (dataset)),
                               GTK_FILTER (sct_sector_filter_new (self->query)));
  g_signal_connect_object (self->filtered_sectors, "items-changed",
                           G_CALLBACK (filtered_sectors_changed_cb), self, G_CONNECT_SWAPPED);

  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->filtered_sectors)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  g_signal_connect_object (self->selection, "notify::selected-item",
                           G_CALLBACK (selected_item_changed_cb), self, G_CONNECT_SWAPPED);

  /* The old dataset's chips would count the new one's sectors. */
  remove_issue_chips (self);
  if (self->organisation_chooser != NULL)
    sct_organisation_chooser_set_organisations (self->organisation_chooser,
                                                sct_dataset_get_organisations_by_use (dataset));
  show_selected_sector (self);
  update_result_label (self);

  gtk_stack_set_visible_child_name (self->main_stack, "browser");

  self->fill_step = FILL_LIST;
  schedule_fill (self, FALSE);
}

/**
 * sct_window_get_dataset:
 *
 * Returns: (transfer none) (nullable): the dataset shown
 */
SctDataset *
sct_window_get_dataset (SctWindow *self)
{
  g_return_val_if_fail (SCT_IS_WINDOW (self), NULL);

  return self->dataset;
}

/**
 * sct_window_show_loading:
 *
 * Shows that sectors are being loaded in place of those shown, until
 * sct_window_set_dataset() or sct_window_show_error().
 */
void
sct_window_show_loading (SctWindow *self)
{
  g_return_if_fail (SCT_IS_WINDOW (self));

  forget_dataset (self);
  set_loading (self, TRUE);

  /* Built when first needed: most starts load nothing. In the list's
   * place, so that the window is laid out already when the sectors come. */
  if (gtk_stack_get_child_by_name (self->list_stack, "loading") == NULL)
    {
      AdwStatusPage *page = add_list_status_page (self, "loading");
      g_autoptr(AdwSpinnerPaintable) spinner = adw_spinner_paintable_new (GTK_WIDGET (page));

      adw_status_page_set_title (page, _("Loading Sectors…"));
      adw_status_page_set_paintable (page, GDK_PAINTABLE (spinner));
    }
  gtk_stack_set_visible_child_name (self->list_stack, "loading");

  adw_navigation_split_view_set_show_content (self->split_view, FALSE);
  gtk_stack_set_visible_child_name (self->main_stack, "browser");
}

/**
 * sct_window_show_error:
 * @error: why there are no sectors to show
 *
 * Shows @error in place of the sectors.
 */
void
sct_window_show_error (SctWindow    *self,
                       const GError *error)
{
  g_autofree char *description = NULL;
  AdwStatusPage *page;

  g_return_if_fail (SCT_IS_WINDOW (self));
  g_return_if_fail (error != NULL);

  stop_filling (self);
  set_loading (self, FALSE);

  page = ensure_status_page (self, "error");
  adw_status_page_set_icon_name (page, "dialog-error-symbolic");
  adw_status_page_set_title (page, _("Could Not Load the Sectors"));
  /* Status page descriptions are markup; the message quotes the file. */
  description = g_markup_escape_text (error->message, -1);
  adw_status_page_set_description (page, description);
  gtk_stack_set_visible_child_name (self->main_stack, "error");
}

/**
 * sct_window_get_loading:
 *
 * Returns: whether sectors are being loaded, or are not all shown yet
 */
gboolean
sct_window_get_loading (SctWindow *self)
{
  g_return_val_if_fail (SCT_IS_WINDOW (self), FALSE);

  return self->loading;
}

/**
 * sct_window_get_query:
 *
 * Returns: (transfer none): what the sectors' list is narrowed by
 */
SctQuery *
sct_window_get_query (SctWindow *self)
{
  g_return_val_if_fail (SCT_IS_WINDOW (self), NULL);

  return self->query;
}

/**
 * sct_window_show_sector:
 * @id: a sector's id
 *
 * Selects and shows that sector, clearing the filters if they hide it.
 *
 * Returns: whether a sector has that id
 */
gboolean
sct_window_show_sector (SctWindow  *self,
                        const char *id)
{
  GListModel *model;
  SctSector *sector;

  g_return_val_if_fail (SCT_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  if (self->dataset == NULL)
    return FALSE;

  sector = sct_dataset_lookup_sector (self->dataset, id);
  if (sector == NULL)
    {
      g_autofree char *shown = NULL;
      g_autofree char *message = NULL;

      /* Ids have at most 64 characters (docs/dataset.md): a longer one is
       * quoted cut, or its toast would ask for the whole text's width. */
      if (g_utf8_strlen (id, -1) > 64)
        {
          g_autofree char *start = g_utf8_substring (id, 0, 64);

          shown = g_strconcat (start, "…", NULL);
        }
      else
        {
          shown = g_strdup (id);
        }

      message = g_strdup_printf (_("No sector has the id “%s”"), shown);
      show_toast (self, message);
      return FALSE;
    }

  if (!sct_query_matches (self->query, sector))
    sct_query_clear (self->query);

  fill_list_now (self);
  model = gtk_single_selection_get_model (self->selection);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(SctSector) item = g_list_model_get_item (model, i);

      if (item == sector)
        {
          gtk_single_selection_set_selected (self->selection, i);
          gtk_grid_view_scroll_to (self->sector_list, i, GTK_LIST_SCROLL_NONE, NULL);
          break;
        }
    }

  adw_navigation_split_view_set_show_content (self->split_view, TRUE);
  return TRUE;
}

/**
 * sct_window_search:
 * @text: words to search for
 *
 * Shows the sectors that match @text, as if it had been typed.
 */
void
sct_window_search (SctWindow  *self,
                   const char *text)
{
  g_return_if_fail (SCT_IS_WINDOW (self));
  g_return_if_fail (text != NULL);

  sct_query_set_search_text (self->query, text);
  adw_navigation_split_view_set_show_content (self->split_view, FALSE);
}
