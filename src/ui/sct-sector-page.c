/* Copyright 2026 The Secteurs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gi18n.h>

#include "sct-sector-page.h"

/* Everything about one sector: issues, description, lead organisation,
 * partners by group and the contact. Buttons fire window actions. */
struct _SctSectorPage
{
  AdwBin parent_instance;

  SctSector *sector;

  GtkScrolledWindow *scrolled_window;
  GtkLabel *title_label;
  GtkLabel *project_label;
  AdwWrapBox *issues_box;
  GtkBox *description_box;
  AdwPreferencesGroup *lead_group;
  GtkWidget *lead_row;
  GtkBox *partners_box;
  AdwActionRow *contact_row;
};

G_DEFINE_FINAL_TYPE (SctSectorPage, sct_sector_page, ADW_TYPE_BIN)

static void
remove_children (GtkWidget *parent)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (parent)) != NULL)
    {
      if (ADW_IS_WRAP_BOX (parent))
        adw_wrap_box_remove (ADW_WRAP_BOX (parent), child);
      else
        gtk_box_remove (GTK_BOX (parent), child);
    }
}

static GtkWidget *
text_label_new (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  /* Without a minimum width, GTK finds a wrapped label's by laying its
   * text out one character per line: a paragraph took milliseconds. */
  gtk_label_set_width_chars (GTK_LABEL (label), 12);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  /* Selectable by mouse, but no Tab stop: a label that is merely not
   * focusable would still take Tab and keep the keyboard from the page. */
  gtk_widget_set_can_focus (label, FALSE);

  return label;
}

static GtkWidget *
list_new (const char * const *items)
{
  GtkWidget *list = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  for (guint i = 0; items[i] != NULL; i++)
    {
      GtkWidget *item = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
      GtkWidget *bullet = gtk_label_new ("•");

      gtk_widget_set_valign (bullet, GTK_ALIGN_START);
      gtk_accessible_update_state (GTK_ACCESSIBLE (bullet), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
      gtk_box_append (GTK_BOX (item), bullet);
      gtk_box_append (GTK_BOX (item), text_label_new (items[i]));
      gtk_widget_set_margin_start (item, 12);
      gtk_box_append (GTK_BOX (list), item);
    }

  return list;
}

static void
show_issues (SctSectorPage *self)
{
  GPtrArray *issues = sct_sector_get_issues (self->sector);

  remove_children (GTK_WIDGET (self->issues_box));

  for (guint i = 0; i < issues->len; i++)
    {
      SctIssue *issue = g_ptr_array_index (issues, i);
      GtkWidget *label = gtk_label_new (sct_sector_get_issue_texts (self->sector)[i]);
      GtkWidget *button = gtk_button_new ();

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_width_chars (GTK_LABEL (label), 12);
      gtk_button_set_child (GTK_BUTTON (button), label);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.filter-issue");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", sct_issue_get_id (issue));
      gtk_widget_set_tooltip_text (button, _("List the sectors with this issue"));
      gtk_widget_add_css_class (button, "chip");
      adw_wrap_box_append (self->issues_box, button);
    }
}

static void
show_description (SctSectorPage *self)
{
  GPtrArray *blocks = sct_sector_get_blocks (self->sector);

  remove_children (GTK_WIDGET (self->description_box));

  for (guint i = 0; i < blocks->len; i++)
    {
      const SctTextBlock *block = g_ptr_array_index (blocks, i);

      if (block->items == NULL)
        gtk_box_append (self->description_box, text_label_new (block->text));
      else
        gtk_box_append (self->description_box, list_new ((const char * const *) block->items));
    }
}

/* A row for an organisation as the sector names it; activating it lists
 * every sector the organisation takes part in. */
static GtkWidget *
organisation_row_new (const SctMention *mention)
{
  GtkWidget *row = adw_action_row_new ();
  guint n_sectors = sct_organisation_get_n_sectors (mention->organisation);
  g_autofree char *subtitle = NULL;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), mention->text);
  adw_preferences_row_set_title_selectable (ADW_PREFERENCES_ROW (row), TRUE);

  /* Translators: how many sectors an organisation leads or partners */
  subtitle = g_strdup_printf (ngettext ("In %u sector", "In %u sectors", n_sectors), n_sectors);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.filter-organisation");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s",
                                    sct_organisation_get_id (mention->organisation));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_widget_set_tooltip_text (row, _("List the sectors of this organisation"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));

  return row;
}

static void
show_organisations (SctSectorPage *self)
{
  GPtrArray *partner_groups = sct_sector_get_partner_groups (self->sector);

  /* The lead group holds one row, replaced for each sector. */
  if (self->lead_row != NULL)
    adw_preferences_group_remove (self->lead_group, self->lead_row);
  self->lead_row = organisation_row_new (sct_sector_get_lead (self->sector));
  adw_preferences_group_add (self->lead_group, self->lead_row);

  remove_children (GTK_WIDGET (self->partners_box));

  for (guint i = 0; i < partner_groups->len; i++)
    {
      const SctPartnerGroup *partners = g_ptr_array_index (partner_groups, i);
      AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());

      if (partners->heading != NULL)
        {
          g_autofree char *escaped = g_markup_escape_text (partners->heading, -1);

          adw_preferences_group_set_title (group, escaped);
        }

      for (guint j = 0; j < partners->members->len; j++)
        adw_preferences_group_add (group, organisation_row_new (g_ptr_array_index (partners->members, j)));

      if (partners->etc)
        {
          GtkWidget *etc = adw_action_row_new ();

          /* The source's own word: the list goes on. */
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (etc), "etc.");
          gtk_widget_add_css_class (etc, "dimmed");
          adw_preferences_group_add (group, etc);
        }

      gtk_box_append (self->partners_box, GTK_WIDGET (group));
    }
}

static void
sct_sector_page_dispose (GObject *object)
{
  SctSectorPage *self = SCT_SECTOR_PAGE (object);

  g_clear_object (&self->sector);

  G_OBJECT_CLASS (sct_sector_page_parent_class)->dispose (object);
}

static void
sct_sector_page_class_init (SctSectorPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sct_sector_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/economiesociale/Secteurs/sct-sector-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SctSectorPage, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, SctSectorPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, SctSectorPage, project_label);
  gtk_widget_class_bind_template_child (widget_class, SctSectorPage, issues_box);
  gtk_widget_class_bind_template_child (widget_class, SctSectorPage, description_box);
  gtk_widget_class_bind_template_child (widget_class, SctSectorPage, lead_group);
  gtk_widget_class_bind_template_child (widget_class, SctSectorPage, partners_box);
  gtk_widget_class_bind_template_child (widget_class, SctSectorPage, contact_row);
}

static void
sct_sector_page_init (SctSectorPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* The page's own; NULL when none is shown. */
SctSector *
sct_sector_page_get_sector (SctSectorPage *self)
{
  g_return_val_if_fail (SCT_IS_SECTOR_PAGE (self), NULL);

  return self->sector;
}

void
sct_sector_page_set_sector (SctSectorPage *self,
                            SctSector     *sector)
{
  GtkAdjustment *vadjustment;
  const char *project;

  g_return_if_fail (SCT_IS_SECTOR_PAGE (self));
  g_return_if_fail (sector == NULL || SCT_IS_SECTOR (sector));

  if (!g_set_object (&self->sector, sector) || sector == NULL)
    return;

  project = sct_sector_get_project (sector);

  gtk_label_set_text (self->title_label, sct_sector_get_title (sector));
  gtk_label_set_text (self->project_label, project != NULL ? project : "");
  gtk_widget_set_visible (GTK_WIDGET (self->project_label), project != NULL);

  show_issues (self);
  show_description (self);
  show_organisations (self);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->contact_row),
                                 sct_sector_get_contact_name (sector));
  adw_action_row_set_subtitle (self->contact_row, sct_sector_get_contact_email (sector));

  /* A new sector is read from its top. */
  vadjustment = gtk_scrolled_window_get_vadjustment (self->scrolled_window);
  gtk_adjustment_set_value (vadjustment, gtk_adjustment_get_lower (vadjustment));
}
