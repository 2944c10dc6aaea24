/* Copyright 2026 The Secteurs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "sct-export.h"
#include "sct-issue-chip.h"
#include "sct-organisation-chooser.h"
#include "sct-sector-row.h"
#include "sct-sidebar.h"
#include "sct-text.h"

/* The sidebar: the search, the issue chips and the organisation filter
 * above the sectors they leave, sorted by title. It narrows the list
 * through the query, which the window owns and acts on. */
struct _SctSidebar
{
  AdwNavigationPage parent_instance;

  SctQuery *query;
  SctDataset *dataset;
  gboolean loading;

  SctOrganisationChooser *organisation_chooser;
  GtkMenuButton *organisations_button;
  GtkMenuButton *main_menu_button;
  GMenuModel *main_menu;
  GtkWidget *issue_filters;
  GtkSearchEntry *search_entry;
  AdwToggleGroup *match_group;
  GtkButton *organisation_chip;
  GtkLabel *organisation_label;
  AdwWrapBox *chips_box;
  GtkToggleButton *all_issues_button;
  GtkLabel *result_label;
  GMenu *batch_menu;
  GtkStack *list_stack;
  GtkListView *sector_list;
  GtkSingleSelection *selection;
  GtkFilterListModel *filtered_sectors;
  GtkCustomFilter *filter;

  /* The first chips, those of the issues most sectors share, show when
   * the others are folded away. */
  guint n_featured_chips;
};

/* At most this many chips show while the rest are folded away. */
#define MAX_FEATURED_CHIPS 6

G_DEFINE_FINAL_TYPE (SctSidebar, sct_sidebar, ADW_TYPE_NAVIGATION_PAGE)

enum {
  PROP_0,
  PROP_SELECTED_SECTOR,
  N_PROPS
};

enum {
  SECTOR_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Shows, in the list's place, the page of sct-sidebar-@name.ui: "empty"
 * when no sector matches, "loading" while sectors load. Each is built when
 * first needed: the list starts full, and most starts load nothing. */
static void
show_list_page (SctSidebar *self,
                const char *name)
{
  if (gtk_stack_get_child_by_name (self->list_stack, name) == NULL)
    {
      g_autofree char *path = g_strdup_printf (RESOURCE_BASE "/sct-sidebar-%s.ui", name);
      g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (path);

      gtk_stack_add_named (self->list_stack, GTK_WIDGET (gtk_builder_get_object (builder, "page")), name);
    }

  gtk_stack_set_visible_child_name (self->list_stack, name);
}

static void
update_result_label (SctSidebar *self)
{
  g_autofree char *text = NULL;
  guint n_shown, n_total;

  if (self->dataset == NULL || self->loading)
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

  if (n_shown > 0)
    gtk_stack_set_visible_child_name (self->list_stack, "list");
  else
    show_list_page (self, "empty");
}

static void
filtered_sectors_changed_cb (SctSidebar *self,
                             guint       position,
                             guint       removed,
                             guint       added,
                             GListModel *model)
{
  update_result_label (self);
}

/* The chips form one stop of the Tab chain, moved through with the arrow
 * keys: a visible chip the user can toggle, the one last moved to if it
 * still is. */
static void
update_chip_tab_stop (SctSidebar *self,
                      GtkWidget  *wanted)
{
  GtkWidget *stop = NULL;

  for (GtkWidget *chip = gtk_widget_get_first_child (GTK_WIDGET (self->chips_box));
       chip != NULL;
       chip = gtk_widget_get_next_sibling (chip))
    {
      if (!gtk_widget_get_visible (chip) || !gtk_widget_get_sensitive (chip))
        continue;
      if (wanted == NULL && gtk_widget_get_focusable (chip))
        wanted = chip;
      if (stop == NULL || chip == wanted)
        stop = chip;
    }

  for (GtkWidget *chip = gtk_widget_get_first_child (GTK_WIDGET (self->chips_box));
       chip != NULL;
       chip = gtk_widget_get_next_sibling (chip))
    gtk_widget_set_focusable (chip, chip == stop);
}

/* Shows the featured chips, every chip that is on, and with the button
 * pressed all of them. */
static void
update_chip_visibility (SctSidebar *self)
{
  gboolean all = gtk_toggle_button_get_active (self->all_issues_button);
  g_autofree char *label = NULL;
  guint n_chips = 0;

  for (GtkWidget *chip = gtk_widget_get_first_child (GTK_WIDGET (self->chips_box));
       chip != NULL;
       chip = gtk_widget_get_next_sibling (chip), n_chips++)
    gtk_widget_set_visible (chip, all || n_chips < self->n_featured_chips ||
                                  gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (chip)));

  gtk_widget_set_visible (GTK_WIDGET (self->all_issues_button), self->n_featured_chips < n_chips);
  if (all)
    label = g_strdup (_("Show Fewer Issues"));
  else
    label = g_strdup_printf (ngettext ("Show All Issues (%u)", "Show All Issues (%u)", n_chips), n_chips);
  gtk_button_set_label (GTK_BUTTON (self->all_issues_button), label);
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->all_issues_button),
                               GTK_ACCESSIBLE_STATE_EXPANDED, all,
                               -1);

  update_chip_tab_stop (self, NULL);
}

static void
all_issues_toggled_cb (SctSidebar      *self,
                       GtkToggleButton *button)
{
  update_chip_visibility (self);
}

static GtkWidget *
step_chip (GtkWidget *chip,
           gboolean   forward)
{
  do
    chip = forward ? gtk_widget_get_next_sibling (chip) : gtk_widget_get_prev_sibling (chip);
  while (chip != NULL && (!gtk_widget_get_visible (chip) || !gtk_widget_get_sensitive (chip)));

  return chip;
}

static gboolean
chips_key_pressed_cb (SctSidebar            *self,
                      guint                  keyval,
                      guint                  keycode,
                      GdkModifierType        state,
                      GtkEventControllerKey *controller)
{
  GtkWidget *chip = gtk_widget_get_focus_child (GTK_WIDGET (self->chips_box));
  gboolean rtl = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL;
  GtkWidget *target = NULL;

  if (chip == NULL || (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK)) != 0)
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      target = step_chip (chip, !rtl);
      break;

    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      target = step_chip (chip, rtl);
      break;

    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      target = step_chip (chip, TRUE);
      break;

    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      target = step_chip (chip, FALSE);
      break;

    case GDK_KEY_Home:
    case GDK_KEY_KP_Home:
      for (GtkWidget *previous = chip; (previous = step_chip (previous, FALSE)) != NULL;)
        target = previous;
      break;

    case GDK_KEY_End:
    case GDK_KEY_KP_End:
      for (GtkWidget *next = chip; (next = step_chip (next, TRUE)) != NULL;)
        target = next;
      break;

    default:
      return FALSE;
    }

  /* At either end, the key does nothing rather than leave the group. */
  if (target != NULL)
    {
      update_chip_tab_stop (self, target);
      gtk_widget_grab_focus (target);
    }

  return TRUE;
}

static gboolean
sector_matches (gpointer item,
                gpointer user_data)
{
  return sct_query_matches (user_data, item);
}

/* Passes on how strict each change of the query is, so that the list
 * refilters only the sectors it must; with no filter function, an empty
 * query lets every sector through untested. */
static void
refilter (SctSidebar     *self,
          SctQueryChange  change)
{
  static const GtkFilterChange filter_changes[] = {
    [SCT_QUERY_CHANGE_DIFFERENT] = GTK_FILTER_CHANGE_DIFFERENT,
    [SCT_QUERY_CHANGE_LESS_STRICT] = GTK_FILTER_CHANGE_LESS_STRICT,
    [SCT_QUERY_CHANGE_MORE_STRICT] = GTK_FILTER_CHANGE_MORE_STRICT,
  };

  if (sct_query_is_empty (self->query))
    gtk_custom_filter_set_filter_func (self->filter, NULL, NULL, NULL);
  else if (gtk_filter_get_strictness (GTK_FILTER (self->filter)) == GTK_FILTER_MATCH_ALL)
    gtk_custom_filter_set_filter_func (self->filter, sector_matches, g_object_ref (self->query), g_object_unref);
  else
    gtk_filter_changed (GTK_FILTER (self->filter), filter_changes[change]);
}

static void
query_changed_cb (SctSidebar     *self,
                  SctQueryChange  change)
{
  SctOrganisation *organisation = sct_query_get_organisation (self->query);
  const char *search_text = sct_query_get_search_text (self->query);

  refilter (self, change);

  /* The query can change from elsewhere than the entry: a chip in the
   * details, a command line, Clear. */
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)), search_text) != 0)
    {
      g_autofree char *text = g_strdup (search_text);

      /* Setting the text empties the entry first, which an entry reports
       * at once: the query must not hear of that passing "". */
      g_signal_handlers_block_matched (self->search_entry, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
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

  update_chip_visibility (self);
  update_result_label (self);
}

static void
selected_item_changed_cb (SctSidebar         *self,
                          GParamSpec         *pspec,
                          GtkSingleSelection *selection)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_SECTOR]);
}

static void
sector_activated_cb (SctSidebar  *self,
                     guint        position,
                     GtkListView *list_view)
{
  /* Return on a row the focus is on, but that was never chosen, opens it. */
  gtk_single_selection_set_selected (self->selection, position);
  g_signal_emit (self, signals[SECTOR_ACTIVATED], 0, sct_sidebar_get_selected_sector (self));
}

static void
setup_sector_row_cb (SctSidebar               *self,
                     GtkListItem              *item,
                     GtkSignalListItemFactory *factory)
{
  gtk_list_item_set_child (item, g_object_new (SCT_TYPE_SECTOR_ROW, NULL));
}

static void
bind_sector_row_cb (SctSidebar               *self,
                    GtkListItem              *item,
                    GtkSignalListItemFactory *factory)
{
  SctSector *sector = gtk_list_item_get_item (item);

  gtk_list_item_set_accessible_label (item, sct_sector_get_title (sector));
  sct_sector_row_set_item (SCT_SECTOR_ROW (gtk_list_item_get_child (item)), sector);
}

static void
search_changed_cb (SctSidebar     *self,
                   GtkSearchEntry *entry)
{
  sct_query_set_search_text (self->query, gtk_editable_get_text (GTK_EDITABLE (entry)));
}

/* Puts the keyboard on the first sector the search finds, and chooses it. */
static gboolean
focus_first_sector (SctSidebar *self)
{
  /* What was typed last may still wait for the entry's delay. */
  sct_query_set_search_text (self->query, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));

  if (g_list_model_get_n_items (G_LIST_MODEL (self->selection)) == 0)
    return FALSE;

  /* The list moves the keyboard only when it already has it. */
  gtk_list_view_scroll_to (self->sector_list, 0, GTK_LIST_SCROLL_FOCUS | GTK_LIST_SCROLL_SELECT, NULL);
  return gtk_widget_grab_focus (GTK_WIDGET (self->sector_list));
}

/* Return in the search opens the first sector it finds. */
static void
search_activate_cb (SctSidebar     *self,
                    GtkSearchEntry *entry)
{
  if (focus_first_sector (self))
    g_signal_emit (self, signals[SECTOR_ACTIVATED], 0, sct_sidebar_get_selected_sector (self));
}

/* Down in the search goes to the sectors it finds. */
static gboolean
search_key_pressed_cb (SctSidebar            *self,
                       guint                  keyval,
                       guint                  keycode,
                       GdkModifierType        state,
                       GtkEventControllerKey *controller)
{
  if ((keyval != GDK_KEY_Down && keyval != GDK_KEY_KP_Down) ||
      (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK)) != 0)
    return FALSE;

  return focus_first_sector (self);
}

static void
stop_search_cb (SctSidebar     *self,
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
add_issue_chips (SctSidebar *self)
{
  GListModel *issues = sct_dataset_get_issues (self->dataset);
  g_autoptr(GPtrArray) sorted = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (issues); i++)
    g_ptr_array_add (sorted, g_list_model_get_item (issues, i));
  g_ptr_array_sort (sorted, compare_issues);

  /* Featured: the issues of more than one sector, as many as fit in a
   * glance. */
  self->n_featured_chips = 0;
  while (self->n_featured_chips < MIN (sorted->len, MAX_FEATURED_CHIPS) &&
         sct_issue_get_n_sectors (g_ptr_array_index (sorted, self->n_featured_chips)) > 1)
    self->n_featured_chips++;

  for (guint i = 0; i < sorted->len; i++)
    adw_wrap_box_append (self->chips_box,
                         sct_issue_chip_new (self->query,
                                             sct_dataset_get_sectors (self->dataset),
                                             g_ptr_array_index (sorted, i)));

  update_chip_visibility (self);
}

static GListModel *
get_organisations (SctSidebar *self)
{
  return self->dataset != NULL ? sct_dataset_get_organisations_by_use (self->dataset) : NULL;
}

/* Popovers are built when first opened: most sessions never open them. */
static void
create_organisation_chooser (GtkMenuButton *button,
                             gpointer       user_data)
{
  SctSidebar *self = user_data;

  if (self->organisation_chooser != NULL)
    return;

  self->organisation_chooser = g_object_new (SCT_TYPE_ORGANISATION_CHOOSER, NULL);
  sct_organisation_chooser_set_organisations (self->organisation_chooser, get_organisations (self));
  gtk_menu_button_set_popover (button, GTK_WIDGET (self->organisation_chooser));
}

static void
create_main_menu (GtkMenuButton *button,
                  gpointer       user_data)
{
  SctSidebar *self = user_data;

  gtk_menu_button_set_menu_model (button, self->main_menu);
}

/* The batch actions say on how many they act; counted as the menu opens,
 * since counting contacts reads every sector listed. */
static void
batch_menu_opened_cb (SctSidebar    *self,
                      GParamSpec    *pspec,
                      GtkMenuButton *button)
{
  GListModel *listed = G_LIST_MODEL (self->filtered_sectors);
  guint n_sectors = g_list_model_get_n_items (listed);
  g_autofree char *copy = NULL;
  g_autofree char *email = NULL;
  g_autofree char *export = NULL;
  g_autofree char *print = NULL;
  guint n_contacts = 0;

  if (!gtk_menu_button_get_active (button))
    return;

  /* The people as Copy and Email count them: each once, however many
   * sectors name them. */
  g_free (sct_export_recipients (listed, &n_contacts));
  /* Translators: a menu item that copies the listed contacts' addresses */
  copy = g_strdup_printf (ngettext ("_Copy %u Address", "_Copy %u Addresses", n_contacts), n_contacts);
  /* Translators: a menu item that writes one email to the listed contacts */
  email = g_strdup_printf (ngettext ("_Email %u Contact…", "_Email %u Contacts…", n_contacts), n_contacts);
  /* Translators: a menu item that saves the listed sectors to a file */
  export = g_strdup_printf (ngettext ("E_xport %u Sector…", "E_xport %u Sectors…", n_sectors), n_sectors);

  g_menu_remove_all (self->batch_menu);
  g_menu_append (self->batch_menu, copy, "win.copy-contacts");
  g_menu_append (self->batch_menu, email, "win.write-to-all");
  g_menu_append (self->batch_menu, export, "win.export");

  /* One sector alone prints from its own page's menu. */
  if (n_sectors > 1)
    {
      /* Translators: a menu item that prints the listed sectors */
      print = g_strdup_printf (ngettext ("_Print %u Sector…", "_Print %u Sectors…", n_sectors),
                               n_sectors);
      g_menu_append (self->batch_menu, print, "win.print-listed");
    }
}

static void
set_loading (SctSidebar *self,
             gboolean    loading)
{
  if (self->loading == loading)
    return;

  self->loading = loading;

  /* No issue or organisation to pick before the sectors are there; the
   * search stays open, so that typing goes on while a file loads. */
  gtk_widget_set_sensitive (self->issue_filters, !loading);
  gtk_widget_set_sensitive (GTK_WIDGET (self->organisations_button), !loading);
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->list_stack),
                               GTK_ACCESSIBLE_STATE_BUSY, loading,
                               -1);
}

/* The toggles are in the order of SctMatchMode: the query's match mode
 * is the position of its toggle. */
static gboolean
toggle_to_match_mode (GBinding     *binding,
                      const GValue *from,
                      GValue       *to,
                      gpointer      user_data)
{
  guint position = g_value_get_uint (from);

  if (position > SCT_MATCH_ALL)
    return FALSE;

  g_value_set_enum (to, position);
  return TRUE;
}

/* Typing anywhere in the window searches. */
static void
sct_sidebar_root (GtkWidget *widget)
{
  SctSidebar *self = SCT_SIDEBAR (widget);

  GTK_WIDGET_CLASS (sct_sidebar_parent_class)->root (widget);

  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (gtk_widget_get_root (widget)));
}

static void
sct_sidebar_unroot (GtkWidget *widget)
{
  SctSidebar *self = SCT_SIDEBAR (widget);

  gtk_search_entry_set_key_capture_widget (self->search_entry, NULL);

  GTK_WIDGET_CLASS (sct_sidebar_parent_class)->unroot (widget);
}

static void
sct_sidebar_dispose (GObject *object)
{
  SctSidebar *self = SCT_SIDEBAR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SCT_TYPE_SIDEBAR);
  /* Owned by its menu button, which the template took down. */
  self->organisation_chooser = NULL;
  g_clear_object (&self->dataset);
  g_clear_object (&self->query);

  G_OBJECT_CLASS (sct_sidebar_parent_class)->dispose (object);
}

static void
sct_sidebar_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  SctSidebar *self = SCT_SIDEBAR (object);

  switch (prop_id)
    {
    case PROP_SELECTED_SECTOR:
      g_value_set_object (value, sct_sidebar_get_selected_sector (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sct_sidebar_class_init (SctSidebarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sct_sidebar_dispose;
  object_class->get_property = sct_sidebar_get_property;
  widget_class->root = sct_sidebar_root;
  widget_class->unroot = sct_sidebar_unroot;

  properties[PROP_SELECTED_SECTOR] =
    g_param_spec_object ("selected-sector", NULL, NULL,
                         SCT_TYPE_SECTOR,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The user opens a sector of the list: a click, or Return. */
  signals[SECTOR_ACTIVATED] =
    g_signal_new ("sector-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, SCT_TYPE_SECTOR);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/economiesociale/Secteurs/sct-sidebar.ui");
  gtk_widget_class_bind_template_child (widget_class, SctSidebar, organisations_button);
  gtk_widget_class_bind_template_child (widget_class, SctSidebar, main_menu_button);
  gtk_widget_class_bind_template_child (widget_class, SctSidebar, main_menu);
  gtk_widget_class_bind_template_child (widget_class, SctSidebar, issue_filters);
  gtk_widget_class_bind_template_child (widget_class, SctSidebar, search_entry);
  gtk_widget_class_bind_template_child (widget_class, SctSidebar, match_group);
  gtk_widget_class_bind_template_child (widget_class, SctSidebar, organisation_chip);
  gtk_widget_class_bind_template_child (widget_class, SctSidebar, organisation_label);
  gtk_widget_class_bind_template_child (widget_class, SctSidebar, chips_box);
  gtk_widget_class_bind_template_child (widget_class, SctSidebar, all_issues_button);
  gtk_widget_class_bind_template_child (widget_class, SctSidebar, result_label);
  gtk_widget_class_bind_template_child (widget_class, SctSidebar, batch_menu);
  gtk_widget_class_bind_template_child (widget_class, SctSidebar, list_stack);
  gtk_widget_class_bind_template_child (widget_class, SctSidebar, sector_list);
  gtk_widget_class_bind_template_child (widget_class, SctSidebar, selection);
  gtk_widget_class_bind_template_child (widget_class, SctSidebar, filtered_sectors);
  gtk_widget_class_bind_template_child (widget_class, SctSidebar, filter);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, sector_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, selected_item_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, filtered_sectors_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, setup_sector_row_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_sector_row_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_key_pressed_cb);
  gtk_widget_class_bind_template_callback (widget_class, chips_key_pressed_cb);
  gtk_widget_class_bind_template_callback (widget_class, all_issues_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, batch_menu_opened_cb);
}

static void
sct_sidebar_init (SctSidebar *self)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_menu_button_set_create_popup_func (self->organisations_button, create_organisation_chooser,
                                         self, NULL);
  gtk_menu_button_set_create_popup_func (self->main_menu_button, create_main_menu, self, NULL);

  /* Unfolded once, the issues stay unfolded: no extra click each time.
   * The binding keeps the settings alive. */
  g_settings_bind (settings, "all-issues-shown", self->all_issues_button, "active",
                   G_SETTINGS_BIND_DEFAULT);
}

/* Set once: the query narrows the list for the sidebar's whole life. */
void
sct_sidebar_set_query (SctSidebar *self,
                       SctQuery   *query)
{
  g_return_if_fail (SCT_IS_SIDEBAR (self));
  g_return_if_fail (SCT_IS_QUERY (query));
  g_return_if_fail (self->query == NULL);

  self->query = g_object_ref (query);
  g_signal_connect_object (query, "changed", G_CALLBACK (query_changed_cb), self, G_CONNECT_SWAPPED);
  g_object_bind_property_full (query, "match-mode", self->match_group, "active",
                               G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                               NULL, toggle_to_match_mode, NULL, NULL);
}

/* Lists the sectors by title, with a chip for each issue; %NULL lists
 * none. The query keeps its search text and drops the rest. */
void
sct_sidebar_set_dataset (SctSidebar *self,
                         SctDataset *dataset)
{
  GtkRoot *root;

  g_return_if_fail (SCT_IS_SIDEBAR (self));
  g_return_if_fail (dataset == NULL || SCT_IS_DATASET (dataset));
  g_return_if_fail (self->query != NULL);

  if (g_set_object (&self->dataset, dataset))
    {
      /* Issues and organisations belong to the old sectors; what was typed
       * in the search, while they loaded say, still applies. */
      g_autofree char *search_text = g_strdup (sct_query_get_search_text (self->query));
      GtkWidget *chip;

      sct_query_clear (self->query);
      sct_query_set_search_text (self->query, search_text);
      sct_query_set_sectors (self->query, dataset != NULL ? sct_dataset_get_sectors (dataset) : NULL);

      /* The old dataset's chips would count the new one's sectors. */
      while ((chip = gtk_widget_get_first_child (GTK_WIDGET (self->chips_box))) != NULL)
        adw_wrap_box_remove (self->chips_box, chip);
      if (self->organisation_chooser != NULL)
        sct_organisation_chooser_set_organisations (self->organisation_chooser, get_organisations (self));

      /* The dataset sorts its sectors once: filtering keeps their order. */
      gtk_filter_list_model_set_model (self->filtered_sectors,
                                       dataset != NULL ? sct_dataset_get_sectors_by_title (dataset) : NULL);
      gtk_label_set_text (self->result_label, "");
    }

  set_loading (self, FALSE);
  if (dataset == NULL)
    return;

  if (gtk_widget_get_first_child (GTK_WIDGET (self->chips_box)) == NULL)
    add_issue_chips (self);
  update_result_label (self);

  /* A window that opens with its sectors starts on them, as GNOME's
   * sidebars do: the arrows go through them, and typing searches. */
  root = gtk_widget_get_root (GTK_WIDGET (self));
  if (root != NULL && gtk_root_get_focus (root) == NULL)
    {
      /* The list grabs the focus for the item it tracks, once told which. */
      gtk_list_view_scroll_to (self->sector_list, 0, GTK_LIST_SCROLL_FOCUS, NULL);
      gtk_widget_grab_focus (GTK_WIDGET (self->sector_list));
    }
}

/* Lets go of the sectors listed and shows that others are being loaded,
 * until sct_sidebar_set_dataset(). */
void
sct_sidebar_show_loading (SctSidebar *self)
{
  g_return_if_fail (SCT_IS_SIDEBAR (self));

  sct_sidebar_set_dataset (self, NULL);
  set_loading (self, TRUE);

  /* In the list's place, so that the window is laid out already when the
   * sectors come. */
  show_list_page (self, "loading");
}

gboolean
sct_sidebar_get_loading (SctSidebar *self)
{
  g_return_val_if_fail (SCT_IS_SIDEBAR (self), FALSE);

  return self->loading;
}

SctSector *
sct_sidebar_get_selected_sector (SctSidebar *self)
{
  g_return_val_if_fail (SCT_IS_SIDEBAR (self), NULL);

  return gtk_single_selection_get_selected_item (self->selection);
}

/* Chooses @sector in the list and scrolls to it, if the query lists it;
 * says whether it does. */
gboolean
sct_sidebar_select_sector (SctSidebar *self,
                           SctSector  *sector)
{
  GListModel *model;

  g_return_val_if_fail (SCT_IS_SIDEBAR (self), FALSE);
  g_return_val_if_fail (SCT_IS_SECTOR (sector), FALSE);

  model = G_LIST_MODEL (self->selection);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(SctSector) item = g_list_model_get_item (model, i);

      if (item == sector)
        {
          gtk_list_view_scroll_to (self->sector_list, i, GTK_LIST_SCROLL_SELECT, NULL);
          return TRUE;
        }
    }

  return FALSE;
}

void
sct_sidebar_unselect (SctSidebar *self)
{
  g_return_if_fail (SCT_IS_SIDEBAR (self));

  /* The user cannot unselect a sector (Space on it would), the window can. */
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  gtk_single_selection_set_can_unselect (self->selection, FALSE);
}

/* What batch actions act on, in the list's order. */
GListModel *
sct_sidebar_get_listed_sectors (SctSidebar *self)
{
  g_return_val_if_fail (SCT_IS_SIDEBAR (self), NULL);

  return G_LIST_MODEL (self->filtered_sectors);
}

void
sct_sidebar_focus_search (SctSidebar *self)
{
  g_return_if_fail (SCT_IS_SIDEBAR (self));

  /* Selected, so that what is typed next starts a new search, as in a
   * browser; the search entry itself keeps its text unselected. */
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  gtk_editable_select_region (GTK_EDITABLE (self->search_entry), 0, -1);
}
