/* Copyright 2026 The Secteurs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gi18n.h>

#include "sct-organisation.h"
#include "sct-organisation-chooser.h"
#include "sct-text.h"

/* Every organisation with how many sectors it takes part in, most involved
 * first, searchable; choosing one lists its sectors (win.filter-organisation). */
struct _SctOrganisationChooser
{
  GtkPopover parent_instance;

  GListModel *organisations;
  GListModel *shown;
  GtkCustomFilter *filter;

  GtkSearchEntry *organisation_search_entry;
  GtkListBox *list_box;
};

G_DEFINE_FINAL_TYPE (SctOrganisationChooser, sct_organisation_chooser, GTK_TYPE_POPOVER)

static gboolean
matches_terms (gpointer item,
               gpointer user_data)
{
  const char * const *terms = user_data;

  return sct_text_contains_terms (sct_organisation_get_search_key (item), terms);
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  SctOrganisation *organisation = item;
  guint n_sectors = sct_organisation_get_n_sectors (organisation);
  g_autofree char *name = NULL;
  g_autofree char *count = NULL;
  GtkWidget *box, *name_label, *count_label;

  if (sct_organisation_get_acronym (organisation) != NULL)
    name = g_strdup_printf ("%s (%s)", sct_organisation_get_name (organisation),
                            sct_organisation_get_acronym (organisation));
  else
    name = g_strdup (sct_organisation_get_name (organisation));

  /* Translators: how many sectors an organisation leads or partners */
  count = g_strdup_printf (ngettext ("%u sector", "%u sectors", n_sectors), n_sectors);

  name_label = gtk_label_new (name);
  gtk_label_set_xalign (GTK_LABEL (name_label), 0);
  gtk_label_set_wrap (GTK_LABEL (name_label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (name_label), PANGO_WRAP_WORD_CHAR);
  /* Else GTK measures its minimum width one character per line. */
  gtk_label_set_width_chars (GTK_LABEL (name_label), 12);
  gtk_widget_set_hexpand (name_label, TRUE);

  count_label = gtk_label_new (count);
  gtk_widget_add_css_class (count_label, "dimmed");
  gtk_widget_add_css_class (count_label, "numeric");

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_box_append (GTK_BOX (box), name_label);
  gtk_box_append (GTK_BOX (box), count_label);

  return box;
}

static void
bind_rows (SctOrganisationChooser *self)
{
  self->shown = G_LIST_MODEL (gtk_filter_list_model_new (g_object_ref (self->organisations),
                                                        GTK_FILTER (g_object_ref (self->filter))));
  gtk_list_box_bind_model (self->list_box, self->shown, create_row, self, NULL);
}

static void
sct_organisation_chooser_show (GtkWidget *widget)
{
  SctOrganisationChooser *self = SCT_ORGANISATION_CHOOSER (widget);

  /* A directory has thousands of organisations: they are filtered and
   * their rows made when the chooser first opens, not when the window
   * shows the dataset. */
  if (self->shown == NULL && self->organisations != NULL)
    bind_rows (self);

  GTK_WIDGET_CLASS (sct_organisation_chooser_parent_class)->show (widget);
}

static void
search_changed_cb (SctOrganisationChooser *self,
                   GtkSearchEntry         *entry)
{
  GStrv terms = sct_text_split_terms (gtk_editable_get_text (GTK_EDITABLE (entry)));

  /* The filter owns the terms it matches, and tells its model. */
  gtk_custom_filter_set_filter_func (self->filter, matches_terms, terms, (GDestroyNotify) g_strfreev);
}

/* Return in the search takes the first organisation it finds. */
static void
search_activate_cb (SctOrganisationChooser *self,
                    GtkSearchEntry         *entry)
{
  GtkListBoxRow *row;

  /* What was typed last may still wait for the entry's delay. */
  search_changed_cb (self, entry);
  row = gtk_list_box_get_row_at_index (self->list_box, 0);
  if (row != NULL)
    g_signal_emit_by_name (self->list_box, "row-activated", row);
}

/* Down in the search goes to the organisations it finds. */
static gboolean
search_key_pressed_cb (SctOrganisationChooser *self,
                       guint                   keyval,
                       guint                   keycode,
                       GdkModifierType         state,
                       GtkEventControllerKey  *controller)
{
  GtkListBoxRow *row;

  if ((keyval != GDK_KEY_Down && keyval != GDK_KEY_KP_Down) ||
      (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK)) != 0)
    return FALSE;

  search_changed_cb (self, self->organisation_search_entry);
  row = gtk_list_box_get_row_at_index (self->list_box, 0);
  return row != NULL && gtk_widget_grab_focus (GTK_WIDGET (row));
}

static void
row_activated_cb (SctOrganisationChooser *self,
                  GtkListBoxRow          *row,
                  GtkListBox             *list_box)
{
  g_autoptr(SctOrganisation) organisation = NULL;

  organisation = g_list_model_get_item (self->shown, gtk_list_box_row_get_index (row));
  gtk_popover_popdown (GTK_POPOVER (self));
  gtk_widget_activate_action (GTK_WIDGET (self), "win.filter-organisation", "s",
                              sct_organisation_get_id (organisation));
}

static void
sct_organisation_chooser_dispose (GObject *object)
{
  SctOrganisationChooser *self = SCT_ORGANISATION_CHOOSER (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SCT_TYPE_ORGANISATION_CHOOSER);
  g_clear_object (&self->organisations);
  g_clear_object (&self->shown);
  g_clear_object (&self->filter);

  G_OBJECT_CLASS (sct_organisation_chooser_parent_class)->dispose (object);
}

static void
sct_organisation_chooser_class_init (SctOrganisationChooserClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sct_organisation_chooser_dispose;
  widget_class->show = sct_organisation_chooser_show;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/economiesociale/Secteurs/sct-organisation-chooser.ui");
  gtk_widget_class_bind_template_child (widget_class, SctOrganisationChooser, organisation_search_entry);
  gtk_widget_class_bind_template_child (widget_class, SctOrganisationChooser, list_box);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_key_pressed_cb);
}

static void
sct_organisation_chooser_init (SctOrganisationChooser *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* No terms yet: every organisation matches. */
  self->filter = gtk_custom_filter_new (matches_terms, g_new0 (char *, 1), (GDestroyNotify) g_strfreev);
}

/* NULL, or in the order to show them: sct_dataset_get_organisations_by_use(). */
void
sct_organisation_chooser_set_organisations (SctOrganisationChooser *self,
                                            GListModel             *organisations)
{
  g_return_if_fail (SCT_IS_ORGANISATION_CHOOSER (self));
  g_return_if_fail (organisations == NULL || G_IS_LIST_MODEL (organisations));

  if (!g_set_object (&self->organisations, organisations))
    return;

  g_clear_object (&self->shown);
  gtk_list_box_bind_model (self->list_box, NULL, NULL, NULL, NULL);
  if (organisations != NULL && gtk_widget_get_visible (GTK_WIDGET (self)))
    bind_rows (self);
}
