/* Copyright 2026 The Secteurs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * secteurs-search-provider: GNOME Shell's window on the sectors. D-Bus
 * starts it on the first search; it leaves after a while without one.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "sct-search-provider.h"

#define SERVICE_ID APP_ID ".SearchProvider"
#define OBJECT_PATH RESOURCE_BASE "/SearchProvider"
#define INACTIVITY_TIMEOUT_MS 20000

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GApplication) service = NULL;
  g_autoptr(SctSearchProvider) provider = NULL;
  g_autoptr(SctDataset) dataset = NULL;
  g_autoptr(GDBusConnection) bus = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  dataset = sct_dataset_new_from_resource (RESOURCE_BASE "/sectors.json", &error);
  if (dataset == NULL)
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }

  service = g_application_new (SERVICE_ID, G_APPLICATION_IS_SERVICE);
  g_application_set_inactivity_timeout (service, INACTIVITY_TIMEOUT_MS);

  /* The object must be on the bus before the name is: GDBus answers calls
   * to an object it does not know at once, from its own thread. The
   * application registers on this same shared connection. */
  bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, &error);
  provider = sct_search_provider_new (service, dataset);
  if (bus == NULL ||
      !sct_search_provider_export (provider, bus, OBJECT_PATH, &error) ||
      !g_application_register (service, NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }

  status = g_application_run (service, argc, argv);
  sct_search_provider_unexport (provider);

  return status;
}
