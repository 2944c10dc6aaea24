/* Copyright 2026 The Secteurs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "sct-sector-row.h"

/* A sector in the sidebar: its title and lead organisation. Built in code
 * rather than from a template: the list keeps up to 200 rows around what
 * shows, and a chip toggled at 10 000 sectors replaces a hundred of them at
 * once; from templates, that toggle counted 1.6 times the instructions. */
struct _SctSectorRow
{
  GtkWidget parent_instance;

  SctSector *item;

  GtkWidget *title_label;
  GtkWidget *lead_label;
};

G_DEFINE_FINAL_TYPE (SctSectorRow, sct_sector_row, GTK_TYPE_WIDGET)

static void
sct_sector_row_dispose (GObject *object)
{
  SctSectorRow *self = SCT_SECTOR_ROW (object);

  g_clear_pointer (&self->title_label, gtk_widget_unparent);
  g_clear_pointer (&self->lead_label, gtk_widget_unparent);
  g_clear_object (&self->item);

  G_OBJECT_CLASS (sct_sector_row_parent_class)->dispose (object);
}

static gboolean
sct_sector_row_query_tooltip (GtkWidget  *widget,
                              int         x,
                              int         y,
                              gboolean    keyboard_mode,
                              GtkTooltip *tooltip)
{
  g_autofree char *text = sct_sector_row_dup_tooltip_text (SCT_SECTOR_ROW (widget));

  if (text == NULL)
    return FALSE;

  /* Plain text: data is shown as written, never as markup. */
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
sct_sector_row_class_init (SctSectorRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sct_sector_row_dispose;
  widget_class->query_tooltip = sct_sector_row_query_tooltip;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
}

static GtkWidget *
add_label (SctSectorRow *self,
           const char   *style)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (label, style);
  gtk_widget_set_parent (label, GTK_WIDGET (self));

  return label;
}

static void
sct_sector_row_init (SctSectorRow *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));

  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 2);

  self->title_label = add_label (self, "heading");
  self->lead_label = add_label (self, "caption");
  gtk_widget_add_css_class (self->lead_label, "dimmed");

  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
}

/* The whole title and lead, when the row is too narrow to show them. */
char *
sct_sector_row_dup_tooltip_text (SctSectorRow *self)
{
  g_return_val_if_fail (SCT_IS_SECTOR_ROW (self), NULL);

  if (self->item == NULL ||
      (!pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (self->title_label))) &&
       !pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (self->lead_label)))))
    return NULL;

  return g_strdup_printf ("%s\n%s", sct_sector_get_title (self->item),
                          sct_sector_get_lead (self->item)->text);
}

SctSector *
sct_sector_row_get_item (SctSectorRow *self)
{
  g_return_val_if_fail (SCT_IS_SECTOR_ROW (self), NULL);

  return self->item;
}

void
sct_sector_row_set_item (SctSectorRow *self,
                         SctSector    *item)
{
  g_return_if_fail (SCT_IS_SECTOR_ROW (self));
  g_return_if_fail (SCT_IS_SECTOR (item));

  g_set_object (&self->item, item);
  gtk_label_set_text (GTK_LABEL (self->title_label), sct_sector_get_title (item));
  gtk_label_set_text (GTK_LABEL (self->lead_label), sct_sector_get_lead (item)->text);
}
