/* Copyright 2026 The Secteurs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "sct-welcome-page.h"

/* What the content pane shows before a sector is chosen: the programme's
 * introduction and the office that answers questions about it. */
struct _SctWelcomePage
{
  AdwBin parent_instance;

  GtkLabel *title_label;
  GtkLabel *introduction_label;
  AdwPreferencesGroup *information_group;
  AdwActionRow *office_row;
  AdwActionRow *phone_row;
  AdwActionRow *toll_free_row;
  AdwActionRow *email_row;
};

G_DEFINE_FINAL_TYPE (SctWelcomePage, sct_welcome_page, ADW_TYPE_BIN)

static void
sct_welcome_page_class_init (SctWelcomePageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

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

void
sct_welcome_page_set_programme (SctWelcomePage *self,
                                SctProgramme   *programme)
{
  const SctProgrammeText *text;
  g_autofree char *heading = NULL;
  g_autofree char *address = NULL;

  g_return_if_fail (SCT_IS_WELCOME_PAGE (self));
  g_return_if_fail (programme == NULL || SCT_IS_PROGRAMME (programme));

  /* Without one, while sectors load, only the icon and the hint show. */
  gtk_widget_set_visible (GTK_WIDGET (self->title_label), programme != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->introduction_label), programme != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->information_group), programme != NULL);

  if (programme == NULL)
    return;

  text = sct_programme_get_text (programme);
  /* Group titles are markup; the data is plain text. */
  heading = g_markup_escape_text (text->information_heading, -1);
  address = g_strdup_printf ("%s\n%s %s", text->street, text->locality, text->postal_code);

  gtk_label_set_text (self->title_label, text->title);
  gtk_label_set_text (self->introduction_label, text->introduction);
  adw_preferences_group_set_title (self->information_group, heading);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->office_row), text->office);
  adw_action_row_set_subtitle (self->office_row, address);
  adw_action_row_set_subtitle (self->phone_row, text->phone);
  adw_action_row_set_subtitle (self->toll_free_row, text->toll_free);
  adw_action_row_set_subtitle (self->email_row, text->email);
}
