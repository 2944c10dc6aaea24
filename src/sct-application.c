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

/* The one window, made on first use; it shows the bundled sectors unless
 * the caller is about to load others. */
static SctWindow *
get_window (SctApplication *self,
            gboolean        show_bundled)
{
  SctWindow *window = SCT_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (self)));
  g_autoptr(GError) error = NULL;

  if (window != NULL)
    return window;

  window = sct_window_new (GTK_APPLICATION (self));
  if (!show_bundled)
    return window;

  if (self->bundled == NULL)
    self->bundled = sct_dataset_new_from_resource (BUNDLED_DATASET, &error);

  if (self->bundled != NULL)
    sct_window_set_dataset (window, self->bundled);
  else
    sct_window_show_error (window, error);

  return window;
}

static void
sct_application_activate (GApplication *app)
{
  gtk_window_present (GTK_WINDOW (get_window (SCT_APPLICATION (app), TRUE)));
}

/* --version and --check-data are answered here, without a window. */
static int
sct_application_handle_local_options (GApplication *app,
                                      GVariantDict *options)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(SctDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;
  const char *path;
  guint n_sectors;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("secteurs %s\n", PACKAGE_VERSION);
      return EXIT_SUCCESS;
    }

  if (!g_variant_dict_lookup (options, "check-data", "^&ay", &path))
    return -1;

  file = g_file_new_for_commandline_arg (path);
  dataset = sct_dataset_new_from_file (file, &error);
  if (dataset == NULL)
    {
      /* Translators: a file name, then what is wrong with it */
      g_printerr (_("%s: %s\n"), path, error->message);
      return EXIT_FAILURE;
    }

  n_sectors = g_list_model_get_n_items (sct_dataset_get_sectors (dataset));
  /* Translators: the value is a file name */
  g_print (ngettext ("%s: valid, %u sector\n", "%s: valid, %u sectors\n", n_sectors),
           path, n_sectors);

  return EXIT_SUCCESS;
}

/* What one command line asks of the window, applied once the sectors it
 * names are loaded. */
typedef struct {
  SctWindow *window;
  GApplicationCommandLine *command_line;
} Request;

static void
request_free (Request *request)
{
  g_clear_object (&request->window);
  g_clear_object (&request->command_line);
  g_free (request);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Request, request_free)

static void
apply_request (Request *request)
{
  GVariantDict *options = g_application_command_line_get_options_dict (request->command_line);
  const char *sector, *search;

  if (g_variant_dict_lookup (options, "search", "&s", &search))
    sct_window_search (request->window, search);

  if (g_variant_dict_lookup (options, "sector", "&s", &sector) &&
      !sct_window_show_sector (request->window, sector))
    {
      g_application_command_line_printerr (request->command_line,
                                           _("No sector has the id “%s”\n"), sector);
      g_application_command_line_set_exit_status (request->command_line, EXIT_FAILURE);
    }
}

static void
data_loaded_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(Request) request = user_data;
  g_autoptr(SctDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;

  dataset = sct_dataset_load_file_finish (result, &error);
  if (dataset == NULL)
    {
      g_application_command_line_printerr (request->command_line, "%s\n", error->message);
      g_application_command_line_set_exit_status (request->command_line, EXIT_FAILURE);
      sct_window_show_error (request->window, error);
      return;
    }

  sct_window_set_dataset (request->window, dataset);
  apply_request (request);
}

static int
sct_application_command_line (GApplication            *app,
                              GApplicationCommandLine *command_line)
{
  SctApplication *self = SCT_APPLICATION (app);
  GVariantDict *options = g_application_command_line_get_options_dict (command_line);
  g_autoptr(Request) request = g_new0 (Request, 1);
  g_autoptr(GFile) file = NULL;
  const char *path = NULL;

  g_variant_dict_lookup (options, "data", "^&ay", &path);
  request->command_line = g_object_ref (command_line);
  request->window = g_object_ref (get_window (self, path == NULL));

  if (path == NULL)
    {
      apply_request (request);
      gtk_window_present (GTK_WINDOW (request->window));
      return g_application_command_line_get_exit_status (command_line);
    }

  /* A large file takes more than a frame to load: the window shows that it
   * is loading meanwhile, and the caller waits for the outcome, which
   * holds on to the command line. */
  file = g_application_command_line_create_file_for_arg (command_line, path);
  sct_window_show_loading (request->window);
  gtk_window_present (GTK_WINDOW (request->window));
  sct_dataset_load_file_async (file, NULL, data_loaded_cb, g_steal_pointer (&request));

  return EXIT_SUCCESS;
}

/* The actions the search provider activates. */
static void
show_sector_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  SctWindow *window = get_window (SCT_APPLICATION (user_data), TRUE);

  sct_window_show_sector (window, g_variant_get_string (parameter, NULL));
  gtk_window_present (GTK_WINDOW (window));
}

static void
search_action (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  SctWindow *window = get_window (SCT_APPLICATION (user_data), TRUE);

  sct_window_search (window, g_variant_get_string (parameter, NULL));
  gtk_window_present (GTK_WINDOW (window));
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  SctApplication *self = user_data;
  const char *developers[] = { _("Secteurs contributors"), NULL };

  adw_show_about_dialog (GTK_WIDGET (gtk_application_get_active_window (GTK_APPLICATION (self))),
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
                         "copyright", _("© 2026 Secteurs contributors"),
                         /* Translators: your names, one per line */
                         "translator-credits", _("translator-credits"),
                         NULL);
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (user_data));

  /* Closing saves the window's state; quitting outright would not. */
  if (window != NULL)
    gtk_window_close (window);

  g_application_quit (G_APPLICATION (user_data));
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

  gtk_window_set_default_icon_name (APP_ID);

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
