/* Copyright 2026 The Secteurs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "sct-sector-row.h"

/* A sector in the sidebar: its title and lead organisation. */
struct _SctSectorRow
{
  GtkWidget parent_instance;

  SctSector *item;

  GtkLabel *title_label;
  GtkLabel *lead_label;
};

G_DEFINE_FINAL_TYPE (SctSectorRow, sct_sector_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ITEM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sct_sector_row_dispose (GObject *object)
{
  SctSectorRow *self = SCT_SECTOR_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SCT_TYPE_SECTOR_ROW);
  g_clear_object (&self->item);

  G_OBJECT_CLASS (sct_sector_row_parent_class)->dispose (object);
}

static void
sct_sector_row_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  SctSectorRow *self = SCT_SECTOR_ROW (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      g_value_set_object (value, self->item);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sct_sector_row_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  SctSectorRow *self = SCT_SECTOR_ROW (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      sct_sector_row_set_item (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static gboolean
query_tooltip_cb (SctSectorRow *self,
                  int           x,
                  int           y,
                  gboolean      keyboard_mode,
                  GtkTooltip   *tooltip)
{
  g_autofree char *text = sct_sector_row_dup_tooltip_text (self);

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
  object_class->get_property = sct_sector_row_get_property;
  object_class->set_property = sct_sector_row_set_property;

  properties[PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL,
                         SCT_TYPE_SECTOR,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/economiesociale/Secteurs/sct-sector-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SctSectorRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, SctSectorRow, lead_label);
  gtk_widget_class_bind_template_callback (widget_class, query_tooltip_cb);
}

static void
sct_sector_row_init (SctSectorRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

static gboolean
label_is_ellipsized (GtkLabel *label)
{
  return pango_layout_is_ellipsized (gtk_label_get_layout (label));
}

/**
 * sct_sector_row_dup_tooltip_text:
 *
 * Returns: (transfer full) (nullable): the whole title and lead, when the
 *   row is too narrow to show them: what its tooltip shows
 */
char *
sct_sector_row_dup_tooltip_text (SctSectorRow *self)
{
  g_return_val_if_fail (SCT_IS_SECTOR_ROW (self), NULL);

  if (self->item == NULL ||
      (!label_is_ellipsized (self->title_label) && !label_is_ellipsized (self->lead_label)))
    return NULL;

  return g_strdup_printf ("%s\n%s", sct_sector_get_title (self->item),
                          sct_sector_get_lead (self->item)->text);
}

GtkWidget *
sct_sector_row_new (void)
{
  return g_object_new (SCT_TYPE_SECTOR_ROW, NULL);
}

/**
 * sct_sector_row_get_item:
 *
 * Returns: (transfer none) (nullable): the sector shown
 */
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
  g_return_if_fail (item == NULL || SCT_IS_SECTOR (item));

  if (g_set_object (&self->item, item))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ITEM]);
}
