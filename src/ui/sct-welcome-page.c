/* Copyright 2026 The Secteurs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <adwaita.h>

#include "sct-welcome-page.h"

/* What the content pane shows before a sector is chosen: the programme's
 * introduction and the office that answers questions about it. */
struct _SctWelcomePage
{
  AdwBin parent_instance;

  SctProgramme *programme;

  GtkLabel *title_label;
  GtkLabel *introduction_label;
  AdwPreferencesGroup *information_group;
  AdwActionRow *office_row;
  AdwActionRow *phone_row;
  AdwActionRow *toll_free_row;
  AdwActionRow *email_row;
};

G_DEFINE_FINAL_TYPE (SctWelcomePage, sct_welcome_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_PROGRAMME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sct_welcome_page_dispose (GObject *object)
{
  SctWelcomePage *self = SCT_WELCOME_PAGE (object);

  g_clear_object (&self->programme);

  G_OBJECT_CLASS (sct_welcome_page_parent_class)->dispose (object);
}

static void
sct_welcome_page_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  SctWelcomePage *self = SCT_WELCOME_PAGE (object);

  switch (prop_id)
    {
    case PROP_PROGRAMME:
      g_value_set_object (value, self->programme);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sct_welcome_page_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  SctWelcomePage *self = SCT_WELCOME_PAGE (object);

  switch (prop_id)
    {
    case PROP_PROGRAMME:
      sct_welcome_page_set_programme (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sct_welcome_page_class_init (SctWelcomePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sct_welcome_page_dispose;
  object_class->get_property = sct_welcome_page_get_property;
  object_class->set_property = sct_welcome_page_set_property;

  properties[PROP_PROGRAMME] =
    g_param_spec_object ("programme", NULL, NULL,
                         SCT_TYPE_PROGRAMME,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/economiesociale/Secteurs/sct-welcome-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SctWelcomePage, title_label);
  gtk_widget_class_bind_template_child (widget_class, SctWelcomePage, introduction_label);
  gtk_widget_class_bind_template_child (widget_class, SctWelcomePage, information_group);
  gtk_widget_class_bind_template_child (widget_class, SctWelcomePage, office_row);
  gtk_widget_class_bind_template_child (widget_class, SctWelcomePage, phone_row);
  gtk_widget_class_bind_template_child (widget_class, SctWelcomePage, toll_free_row);
  gtk_widget_class_bind_template_child (widget_class, SctWelcomePage, email_row);
}

static void
sct_welcome_page_init (SctWelcomePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * sct_welcome_page_get_programme:
 *
 * Returns: (transfer none) (nullable): the programme shown
 */
SctProgramme *
sct_welcome_page_get_programme (SctWelcomePage *self)
{
  g_return_val_if_fail (SCT_IS_WELCOME_PAGE (self), NULL);

  return self->programme;
}

void
sct_welcome_page_set_programme (SctWelcomePage *self,
                                SctProgramme   *programme)
{
  g_autofree char *heading = NULL;
  g_autofree char *address = NULL;

  g_return_if_fail (SCT_IS_WELCOME_PAGE (self));
  g_return_if_fail (programme == NULL || SCT_IS_PROGRAMME (programme));

  if (!g_set_object (&self->programme, programme))
    return;

  /* Without one, while sectors load, only the icon and the hint show. */
  gtk_widget_set_visible (GTK_WIDGET (self->title_label), programme != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->introduction_label), programme != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->information_group), programme != NULL);

  if (programme != NULL)
    {
      /* Group titles are markup; the data is plain text. */
      heading = g_markup_escape_text (sct_programme_get_information_heading (programme), -1);
      address = g_strdup_printf ("%s\n%s %s",
                                 sct_programme_get_street (programme),
                                 sct_programme_get_locality (programme),
                                 sct_programme_get_postal_code (programme));

      gtk_label_set_text (self->title_label, sct_programme_get_title (programme));
      gtk_label_set_text (self->introduction_label, sct_programme_get_introduction (programme));
      adw_preferences_group_set_title (self->information_group, heading);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->office_row),
                                     sct_programme_get_office (programme));
      adw_action_row_set_subtitle (self->office_row, address);
      adw_action_row_set_subtitle (self->phone_row, sct_programme_get_phone (programme));
      adw_action_row_set_subtitle (self->toll_free_row, sct_programme_get_toll_free (programme));
      adw_action_row_set_subtitle (self->email_row, sct_programme_get_email (programme));
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROGRAMME]);
}
