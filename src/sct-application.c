/* Copyright 2026 The Secteurs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "sct-application.h"
#include "sct-dataset.h"
#include "sct-window.h"

#define BUNDLED_DATASET RESOURCE_BASE "/sectors.json"

struct _SctApplication
{
  AdwApplication parent_instance;

  /* The bundled sectors, loaded on first use and shared by every window. */
  SctDataset *bundled;
};

G_DEFINE_FINAL_TYPE (SctApplication, sct_application, ADW_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "sector", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Show the sector with this id"), N_("ID") },
  { "search", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Search the sectors for these words"), N_("TEXT") },
  { "data", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Show the sectors of this data file instead of the bundled ones"), N_("FILE") },
  { "check-data", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Check a data file, say what is wrong with it, and exit"), N_("FILE") },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Show the version and exit"), NULL },
  { NULL }
};

static SctDataset *
get_bundled_dataset (SctApplication  *self,
                     GError         **error)
{
  if (self->bundled == NULL)
    self->bundled = sct_dataset_new_from_resource (BUNDLED_DATASET, error);

  return self->bundled;
}

static SctWindow *
get_window (SctApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  g_autoptr(GError) error = NULL;
  SctDataset *dataset;

  if (window != NULL)
    return SCT_WINDOW (window);

  window = GTK_WINDOW (sct_window_new (GTK_APPLICATION (self)));

  dataset = get_bundled_dataset (self, &error);
  if (dataset != NULL)
    sct_window_set_dataset (SCT_WINDOW (window), dataset);
  else
    sct_window_show_error (SCT_WINDOW (window), error);

  return SCT_WINDOW (window);
}

static void
sct_application_activate (GApplication *app)
{
  gtk_window_present (GTK_WINDOW (get_window (SCT_APPLICATION (app))));
}

static int
check_data (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(SctDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;
  guint n_sectors;

  dataset = sct_dataset_new_from_file (file, &error);
  if (dataset == NULL)
    {
      g_printerr ("%s: %s\n", path, error->message);
      return EXIT_FAILURE;
    }

  n_sectors = g_list_model_get_n_items (sct_dataset_get_sectors (dataset));
  /* Translators: the value is a file name */
  g_print (ngettext ("%s: valid, %u sector\n", "%s: valid, %u sectors\n", n_sectors),
           path, n_sectors);

  return EXIT_SUCCESS;
}

static int
sct_application_handle_local_options (GApplication *app,
                                      GVariantDict *options)
{
  const char *path;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("secteurs %s\n", PACKAGE_VERSION);
      return EXIT_SUCCESS;
    }

  if (g_variant_dict_lookup (options, "check-data", "^&ay", &path))
    return check_data (path);

  return -1;
}

static int
sct_application_command_line (GApplication            *app,
                              GApplicationCommandLine *command_line)
{
  SctApplication *self = SCT_APPLICATION (app);
  GVariantDict *options = g_application_command_line_get_options_dict (command_line);
  SctWindow *window = get_window (self);
  int status = EXIT_SUCCESS;
  const char *path;
  const char *sector;
  const char *search;

  if (g_variant_dict_lookup (options, "data", "^&ay", &path))
    {
      g_autoptr(GFile) file = g_application_command_line_create_file_for_arg (command_line, path);
      g_autoptr(SctDataset) dataset = NULL;
      g_autoptr(GError) error = NULL;

      dataset = sct_dataset_new_from_file (file, &error);
      if (dataset != NULL)
        {
          sct_window_set_dataset (window, dataset);
        }
      else
        {
          g_application_command_line_printerr (command_line, "%s: %s\n", path, error->message);
          sct_window_show_error (window, error);
          status = EXIT_FAILURE;
        }
    }

  if (g_variant_dict_lookup (options, "search", "&s", &search))
    sct_window_search (window, search);

  if (g_variant_dict_lookup (options, "sector", "&s", &sector) &&
      !sct_window_show_sector (window, sector))
    {
      g_application_command_line_printerr (command_line, _("No sector has the id “%s”\n"), sector);
      status = EXIT_FAILURE;
    }

  gtk_window_present (GTK_WINDOW (window));

  return status;
}

static void
show_sector_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  SctApplication *self = user_data;
  SctWindow *window = get_window (self);

  sct_window_show_sector (window, g_variant_get_string (parameter, NULL));
  gtk_window_present (GTK_WINDOW (window));
}

static void
search_action (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  SctApplication *self = user_data;
  SctWindow *window = get_window (self);

  sct_window_search (window, g_variant_get_string (parameter, NULL));
  gtk_window_present (GTK_WINDOW (window));
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  SctApplication *self = user_data;
  static const char *developers[] = { "Secteurs contributors", NULL };
  AdwDialog *dialog;

  dialog = g_object_new (ADW_TYPE_ABOUT_DIALOG,
                         "application-name", _("Secteurs"),
                         "application-icon", APP_ID,
                         "version", PACKAGE_VERSION,
                         "developer-name", _("Secteurs contributors"),
                         "developers", developers,
                         "comments", _("The strategic sectors of Quebec’s social economy "
                                       "support programme, with their partners and contacts."),
                         "website", "https://github.com/economiesociale/secteurs",
                         "issue-url", "https://github.com/economiesociale/secteurs/issues",
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "copyright", "© 2026 Secteurs contributors",
                         /* Translators: your names, one per line */
                         "translator-credits", _("translator-credits"),
                         NULL);

  adw_dialog_present (dialog, GTK_WIDGET (gtk_application_get_active_window (GTK_APPLICATION (self))));
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  GApplication *app = user_data;
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (app));

  /* Closing saves each window's state; quitting outright would not. */
  for (GList *l = windows; l != NULL;)
    {
      GtkWindow *window = l->data;

      l = l->next;
      gtk_window_close (window);
    }

  g_application_quit (app);
}

static const GActionEntry app_actions[] = {
  { .name = "about", .activate = about_action },
  { .name = "quit", .activate = quit_action },
  { .name = "show-sector", .activate = show_sector_action, .parameter_type = "s" },
  { .name = "search", .activate = search_action, .parameter_type = "s" },
};

static void
sct_application_startup (GApplication *app)
{
  static const char *quit_accels[] = { "<Control>q", NULL };

  G_APPLICATION_CLASS (sct_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions,
                                   G_N_ELEMENTS (app_actions), app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
}

static void
sct_application_dispose (GObject *object)
{
  SctApplication *self = SCT_APPLICATION (object);

  g_clear_object (&self->bundled);

  G_OBJECT_CLASS (sct_application_parent_class)->dispose (object);
}

static void
sct_application_class_init (SctApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = sct_application_dispose;

  app_class->activate = sct_application_activate;
  app_class->command_line = sct_application_command_line;
  app_class->handle_local_options = sct_application_handle_local_options;
  app_class->startup = sct_application_startup;
}

static void
sct_application_init (SctApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Browse the strategic sectors of Quebec’s "
                                              "social economy support programme."));
}

SctApplication *
sct_application_new (void)
{
  return g_object_new (SCT_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_COMMAND_LINE,
                       "resource-base-path", RESOURCE_BASE,
                       NULL);
}
