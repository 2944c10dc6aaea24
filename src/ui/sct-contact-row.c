/* Copyright 2026 The Secteurs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "sct-contact-row.h"

/* One way to reach someone: what it is ("Phone") over its value, which
 * can be selected, with optional buttons after them. A light
 * AdwActionRow: the window shows four of them before it first maps. */
struct _SctContactRow
{
  AdwPreferencesRow parent_instance;

  GtkBox *header;
  GtkLabel *label;
  GtkLabel *value;
  GtkBox *suffixes;
};

static void sct_contact_row_buildable_init (GtkBuildableIface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (SctContactRow, sct_contact_row, ADW_TYPE_PREFERENCES_ROW,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_BUILDABLE, sct_contact_row_buildable_init))

static GtkBuildableIface *parent_buildable_iface;

enum {
  PROP_0,
  PROP_LABEL,
  PROP_LABEL_SELECTABLE,
  PROP_VALUE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* <child type="suffix"> puts a widget after the label and value. */
static void
sct_contact_row_add_child (GtkBuildable *buildable,
                           GtkBuilder   *builder,
                           GObject      *child,
                           const char   *type)
{
  SctContactRow *self = SCT_CONTACT_ROW (buildable);

  if (g_strcmp0 (type, "suffix") != 0)
    {
      parent_buildable_iface->add_child (buildable, builder, child, type);
      return;
    }

  if (self->suffixes == NULL)
    {
      self->suffixes = GTK_BOX (gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0));
      gtk_widget_add_css_class (GTK_WIDGET (self->suffixes), "suffixes");
      gtk_box_append (self->header, GTK_WIDGET (self->suffixes));
    }

  gtk_box_append (self->suffixes, GTK_WIDGET (child));
}

static void
sct_contact_row_buildable_init (GtkBuildableIface *iface)
{
  parent_buildable_iface = g_type_interface_peek_parent (iface);
  iface->add_child = sct_contact_row_add_child;
}

static void
sct_contact_row_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  SctContactRow *self = SCT_CONTACT_ROW (object);

  switch (prop_id)
    {
    case PROP_LABEL:
      g_value_set_string (value, gtk_label_get_text (self->label));
      break;

    case PROP_LABEL_SELECTABLE:
      g_value_set_boolean (value, gtk_label_get_selectable (self->label));
      break;

    case PROP_VALUE:
      g_value_set_string (value, gtk_label_get_text (self->value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sct_contact_row_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  SctContactRow *self = SCT_CONTACT_ROW (object);

  switch (prop_id)
    {
    case PROP_LABEL:
      sct_contact_row_set_label (self, g_value_get_string (value));
      break;

    case PROP_LABEL_SELECTABLE:
      gtk_label_set_selectable (self->label, g_value_get_boolean (value));
      break;

    case PROP_VALUE:
      sct_contact_row_set_value (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sct_contact_row_class_init (SctContactRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = sct_contact_row_get_property;
  object_class->set_property = sct_contact_row_set_property;

  /* Plain text, as the data is written: never markup. */
  properties[PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LABEL_SELECTABLE] =
    g_param_spec_boolean ("label-selectable", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties[PROP_VALUE] =
    g_param_spec_string ("value", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/economiesociale/Secteurs/sct-contact-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SctContactRow, header);
  gtk_widget_class_bind_template_child (widget_class, SctContactRow, label);
  gtk_widget_class_bind_template_child (widget_class, SctContactRow, value);
}

static void
sct_contact_row_init (SctContactRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

void
sct_contact_row_set_label (SctContactRow *self,
                           const char    *label)
{
  g_return_if_fail (SCT_IS_CONTACT_ROW (self));

  gtk_label_set_text (self->label, label);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LABEL]);
}

void
sct_contact_row_set_value (SctContactRow *self,
                           const char    *value)
{
  g_return_if_fail (SCT_IS_CONTACT_ROW (self));

  gtk_label_set_text (self->value, value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALUE]);
}
