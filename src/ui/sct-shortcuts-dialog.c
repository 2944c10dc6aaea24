/* Copyright 2026 The Secteurs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gi18n.h>

#include "sct-shortcuts-dialog.h"

/* The keyboard shortcuts, listed with the keys as the user's keyboard
 * names them. GtkShortcutsWindow is deprecated and AdwShortcutsDialog is
 * newer than our libadwaita, hence this small dialog. */
struct _SctShortcutsDialog
{
  AdwDialog parent_instance;

  AdwPreferencesGroup *general_group;
  AdwPreferencesGroup *sectors_group;
};

G_DEFINE_FINAL_TYPE (SctShortcutsDialog, sct_shortcuts_dialog, ADW_TYPE_DIALOG)

typedef struct {
  const char *accelerator;
  const char *title;
} Shortcut;

static const Shortcut general_shortcuts[] = {
  { "<Control>f", N_("Search") },
  { "Escape", N_("Clear the search, then the filters") },
  { "F10", N_("Open the main menu") },
  { "<Control>question", N_("Show the keyboard shortcuts") },
  { "<Control>q", N_("Quit") },
};

static const Shortcut sector_shortcuts[] = {
  { "Up", N_("Previous sector") },
  { "Down", N_("Next sector") },
  { "Return", N_("Open the sector") },
  { "<Control><Shift>c", N_("Copy the contact’s email address") },
  { "<Control><Shift>e", N_("Copy the listed contacts’ addresses") },
  { "<Control>p", N_("Print the sector") },
};

static void
add_shortcuts (AdwPreferencesGroup *group,
               const Shortcut      *shortcuts,
               gsize                n_shortcuts)
{
  for (gsize i = 0; i < n_shortcuts; i++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *keys;
      g_autofree char *label = NULL;
      GdkModifierType modifiers;
      guint key;

      if (!gtk_accelerator_parse (shortcuts[i].accelerator, &key, &modifiers))
        g_assert_not_reached ();

      label = gtk_accelerator_get_label (key, modifiers);
      keys = gtk_label_new (label);
      gtk_widget_add_css_class (keys, "dimmed");

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(shortcuts[i].title));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), keys);
      adw_preferences_group_add (group, row);
    }
}

static void
sct_shortcuts_dialog_class_init (SctShortcutsDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/economiesociale/Secteurs/sct-shortcuts-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SctShortcutsDialog, general_group);
  gtk_widget_class_bind_template_child (widget_class, SctShortcutsDialog, sectors_group);
}

static void
sct_shortcuts_dialog_init (SctShortcutsDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  add_shortcuts (self->general_group, general_shortcuts, G_N_ELEMENTS (general_shortcuts));
  add_shortcuts (self->sectors_group, sector_shortcuts, G_N_ELEMENTS (sector_shortcuts));
}

AdwDialog *
sct_shortcuts_dialog_new (void)
{
  return g_object_new (SCT_TYPE_SHORTCUTS_DIALOG, NULL);
}
