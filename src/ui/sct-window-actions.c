/* Copyright 2026 The Secteurs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "sct-export.h"
#include "sct-sector-print.h"
#include "sct-window-private.h"

/* The email of the contact on screen: the sector's, or the programme's
 * office on the welcome page. */
static const char *
get_shown_email (SctWindow *self)
{
  SctSector *sector = sct_sidebar_get_selected_sector (self->sidebar);

  if (sector != NULL)
    return sct_sector_get_contact_email (sector);

  if (self->dataset != NULL)
    return sct_programme_get_text (sct_dataset_get_programme (self->dataset))->email;

  return NULL;
}

/* On a narrow window, back to the list from the sector shown. */
static void
show_list (SctWindow *self)
{
  if (adw_navigation_split_view_get_collapsed (self->split_view))
    adw_navigation_split_view_set_show_content (self->split_view, FALSE);
}

static void
copy_email_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  SctWindow *self = SCT_WINDOW (widget);

  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), get_shown_email (self));
  _sct_window_show_toast (self, _("Email address copied"));
}

/* Without an email application, the toast offers the way out: copying
 * the addresses to paste them into a webmail. */
static void
show_mail_failure (SctWindow    *self,
                   const GError *error,
                   const char   *button_label,
                   const char   *action_name)
{
  AdwToast *toast;

  if (g_error_matches (error, GTK_DIALOG_ERROR, GTK_DIALOG_ERROR_DISMISSED))
    return;

  g_message ("Could not open a mailto: link: %s", error->message);
  toast = adw_toast_new (_("No email application could be opened"));
  adw_toast_set_button_label (toast, button_label);
  adw_toast_set_action_name (toast, action_name);
  adw_toast_set_timeout (toast, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
write_email_done_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(SctWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!gtk_uri_launcher_launch_finish (GTK_URI_LAUNCHER (source), result, &error))
    show_mail_failure (self, error, _("Copy _Address"), "win.copy-email");
}

static void
write_to_all_done_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr(SctWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!gtk_uri_launcher_launch_finish (GTK_URI_LAUNCHER (source), result, &error))
    show_mail_failure (self, error, _("Copy _Addresses"), "win.copy-contacts");
}

static void
write_email_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  SctWindow *self = SCT_WINDOW (widget);
  /* A valid address may hold ? # & % = / (RFC 5322): unescaped in a mailto:
   * URI (RFC 6068), "a?cc=b@example.org" would write to "a" and copy "b". */
  g_autofree char *escaped = g_uri_escape_string (get_shown_email (self), "!$'*+@", FALSE);
  g_autofree char *uri = g_strconcat ("mailto:", escaped, NULL);
  g_autoptr(GtkUriLauncher) launcher = gtk_uri_launcher_new (uri);

  gtk_uri_launcher_launch (launcher, GTK_WINDOW (self), NULL, write_email_done_cb, g_object_ref (self));
}

static void
focus_search_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  SctWindow *self = SCT_WINDOW (widget);

  show_list (self);
  sct_sidebar_focus_search (self->sidebar);
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
  else
    show_list (self);
}

static void
filter_issue_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  SctWindow *self = SCT_WINDOW (widget);
  SctIssue *issue = sct_dataset_lookup_issue (self->dataset, g_variant_get_string (parameter, NULL));

  if (issue == NULL)
    return;

  /* Added to the issues chosen, never replacing them: the sector shown has
   * this issue and all those of an "all" filter, so it stays listed. */
  sct_query_set_issue_active (self->query, issue, TRUE);
  show_list (self);
}

static void
filter_organisation_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  SctWindow *self = SCT_WINDOW (widget);
  const char *id = g_variant_get_string (parameter, NULL);
  SctOrganisation *organisation = sct_dataset_lookup_organisation (self->dataset, id);

  if (organisation == NULL)
    return;

  sct_query_set_organisation (self->query, organisation);
  show_list (self);
}

static void
clear_organisation_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  SctWindow *self = SCT_WINDOW (widget);

  sct_query_set_organisation (self->query, NULL);
}

/* The keyboard shortcuts, listed with the keys as the user's keyboard
 * names them. GtkShortcutsWindow is deprecated and AdwShortcutsDialog is
 * newer than our libadwaita, hence this small dialog. */
static const struct {
  const char *group_id;
  const char *accelerator;
  const char *title;
} shortcuts[] = {
  { "general_group", "<Control>f", N_("Search") },
  { "general_group", "Escape", N_("Clear the search, then the filters") },
  { "general_group", "F10", N_("Open the main menu") },
  { "general_group", "<Control>question", N_("Show the keyboard shortcuts") },
  { "general_group", "<Control>q", N_("Quit") },
  { "sectors_group", "Up", N_("Previous sector") },
  { "sectors_group", "Down", N_("Next sector") },
  { "sectors_group", "Return", N_("Open the sector") },
  { "sectors_group", "<Control><Shift>c", N_("Copy the contact’s email address") },
  { "sectors_group", "<Control><Shift>e", N_("Copy the listed contacts’ addresses") },
  { "sectors_group", "<Control>p", N_("Print the sector") },
};

static void
show_shortcuts_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (RESOURCE_BASE "/sct-shortcuts-dialog.ui");

  for (gsize i = 0; i < G_N_ELEMENTS (shortcuts); i++)
    {
      GObject *group = gtk_builder_get_object (builder, shortcuts[i].group_id);
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
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }

  adw_dialog_present (ADW_DIALOG (gtk_builder_get_object (builder, "dialog")), widget);
}

static void
copy_contacts_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  SctWindow *self = SCT_WINDOW (widget);
  GListModel *sectors = sct_sidebar_get_listed_sectors (self->sidebar);
  g_autofree char *recipients = NULL;
  g_autofree char *message = NULL;
  guint n_contacts;

  recipients = sct_export_recipients (sectors, &n_contacts);
  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), recipients);

  message = g_strdup_printf (ngettext ("%u contact copied", "%u contacts copied", n_contacts),
                             n_contacts);
  _sct_window_show_toast (self, message);
}

static void
write_to_all_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  SctWindow *self = SCT_WINDOW (widget);
  g_autofree char *uri = sct_export_mailto (sct_sidebar_get_listed_sectors (self->sidebar));
  g_autoptr(GtkUriLauncher) launcher = gtk_uri_launcher_new (uri);

  gtk_uri_launcher_launch (launcher, GTK_WINDOW (self), NULL, write_to_all_done_cb, g_object_ref (self));
}

static void
export_written_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(SctWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  g_autofree char *name = NULL;
  g_autofree char *message = NULL;
  AdwToast *toast;

  if (!g_file_replace_contents_finish (G_FILE (source), result, NULL, &error))
    {
      /* Translators: the value says why the file could not be written */
      message = g_strdup_printf (_("Could not export: %s"), error->message);
      _sct_window_show_toast (self, message);
      return;
    }

  g_set_object (&self->exported_file, G_FILE (source));
  name = g_file_get_basename (G_FILE (source));
  /* Translators: the value is the name of the file written */
  message = g_strdup_printf (_("Exported “%s”"), name);
  toast = adw_toast_new (message);
  adw_toast_set_use_markup (toast, FALSE);
  adw_toast_set_button_label (toast, _("_Open"));
  adw_toast_set_action_name (toast, "win.open-export");
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
open_export_done_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(SctWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!gtk_file_launcher_launch_finish (GTK_FILE_LAUNCHER (source), result, &error) &&
      !g_error_matches (error, GTK_DIALOG_ERROR, GTK_DIALOG_ERROR_DISMISSED))
    {
      g_message ("Could not open an exported file: %s", error->message);
      _sct_window_show_toast (self, _("No application could open the file"));
    }
}

static void
open_export_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  SctWindow *self = SCT_WINDOW (widget);
  g_autoptr(GtkFileLauncher) launcher = NULL;

  if (self->exported_file == NULL)
    return;

  launcher = gtk_file_launcher_new (self->exported_file);
  gtk_file_launcher_launch (launcher, GTK_WINDOW (self), NULL, open_export_done_cb, g_object_ref (self));
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
  GListModel *sectors = sct_sidebar_get_listed_sectors (self->sidebar);

  file = gtk_file_dialog_save_finish (GTK_FILE_DIALOG (source), result, NULL);
  if (file == NULL || self->dataset == NULL)
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
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (RESOURCE_BASE "/sct-export-dialog.ui");
  GtkFileDialog *dialog = GTK_FILE_DIALOG (gtk_builder_get_object (builder, "dialog"));
  g_autofree char *name = NULL;

  /* Translators: the start of an exported file's name, which goes on
   * with what the list is filtered on */
  name = sct_export_suggest_file_name (self->query, _("sectors"), "csv");
  gtk_file_dialog_set_initial_name (dialog, name);
  gtk_file_dialog_save (dialog, GTK_WINDOW (self), NULL, export_chosen_cb, g_object_ref (self));
}

static void
print_done_cb (SctWindow               *self,
               GtkPrintOperationResult  result,
               GtkPrintOperation       *print)
{
  g_autoptr(GError) error = NULL;
  AdwDialog *dialog;

  if (result != GTK_PRINT_OPERATION_RESULT_ERROR)
    return;

  gtk_print_operation_get_error (print, &error);
  dialog = adw_alert_dialog_new (_("Could Not Print"), error != NULL ? error->message : NULL);
  adw_alert_dialog_add_response (ADW_ALERT_DIALOG (dialog), "close", _("_Close"));
  adw_dialog_present (dialog, GTK_WIDGET (self));
}

/* The print dialog (the portal's, in a sandbox) prints or saves a PDF.
 * Running asynchronously, the operation keeps itself alive, and its
 * failures come to "done". */
static void
print_sectors (SctWindow  *self,
               GListModel *sectors)
{
  g_autoptr(SctSectorPrint) print = NULL;

  print = sct_sector_print_new (sct_dataset_get_programme (self->dataset), sectors);
  g_signal_connect_object (print, "done", G_CALLBACK (print_done_cb), self, G_CONNECT_SWAPPED);
  gtk_print_operation_set_allow_async (GTK_PRINT_OPERATION (print), TRUE);
  gtk_print_operation_run (GTK_PRINT_OPERATION (print), GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                           GTK_WINDOW (self), NULL);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  SctWindow *self = SCT_WINDOW (widget);
  g_autoptr(GListStore) sectors = g_list_store_new (SCT_TYPE_SECTOR);

  g_list_store_append (sectors, sct_sidebar_get_selected_sector (self->sidebar));
  print_sectors (self, G_LIST_MODEL (sectors));
}

static void
print_listed_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  SctWindow *self = SCT_WINDOW (widget);

  print_sectors (self, sct_sidebar_get_listed_sectors (self->sidebar));
}

/* Batch actions need sectors listed; Clear, filters set; Print, a sector
 * shown; the email ones, an email; filters, sectors loaded. Disabled, an
 * action does not run: its handler need not check. */
void
_sct_window_update_actions (SctWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  GListModel *sectors = sct_sidebar_get_listed_sectors (self->sidebar);
  gboolean has_listed = g_list_model_get_n_items (sectors) > 0;
  gboolean has_email = get_shown_email (self) != NULL;

  gtk_widget_action_set_enabled (widget, "win.clear-filters", !sct_query_is_empty (self->query));
  gtk_widget_action_set_enabled (widget, "win.copy-contacts", has_listed);
  gtk_widget_action_set_enabled (widget, "win.write-to-all", has_listed);
  gtk_widget_action_set_enabled (widget, "win.export", has_listed);
  gtk_widget_action_set_enabled (widget, "win.print-listed", has_listed);
  gtk_widget_action_set_enabled (widget, "win.print",
                                 sct_sidebar_get_selected_sector (self->sidebar) != NULL);
  gtk_widget_action_set_enabled (widget, "win.copy-email", has_email);
  gtk_widget_action_set_enabled (widget, "win.write-email", has_email);
  gtk_widget_action_set_enabled (widget, "win.filter-issue", self->dataset != NULL);
  gtk_widget_action_set_enabled (widget, "win.filter-organisation", self->dataset != NULL);
}

void
_sct_window_class_actions_init (GtkWidgetClass *widget_class)
{
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
  gtk_widget_class_install_action (widget_class, "win.open-export", NULL, open_export_action);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "win.print-listed", NULL, print_listed_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "win.focus-search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "win.clear-step", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.copy-email", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_question, GDK_CONTROL_MASK,
                                       "win.show-shortcuts", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.copy-contacts", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK,
                                       "win.print", NULL);
}
