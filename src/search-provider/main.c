/* Copyright 2026 The Secteurs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * secteurs-search-provider: GNOME Shell's window on the sectors. D-Bus
 * starts it on the first search; it leaves after a while without one.
 * It answers from the dataset, with the app's own matching, and opens the
 * app on the sector chosen: a service of its own, so that a search never
 * starts the GTK app.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "sct-dataset.h"
#include "sct-text.h"

#define SERVICE_ID APP_ID ".SearchProvider"
#define OBJECT_PATH RESOURCE_BASE "/SearchProvider"
#define INTERFACE_XML RESOURCE_BASE "/dbus/org.gnome.Shell.SearchProvider2.xml"
#define INACTIVITY_TIMEOUT_MS 20000

/* A sector named by the words comes before one that only mentions them,
 * then the sidebar's order. */
static int
compare_results (gconstpointer a,
                 gconstpointer b,
                 gpointer      terms)
{
  const char *key_a = sct_sector_get_sort_key ((SctSector *) a);
  const char *key_b = sct_sector_get_sort_key ((SctSector *) b);
  gboolean named_a = sct_text_contains_terms (key_a, terms);
  gboolean named_b = sct_text_contains_terms (key_b, terms);

  if (named_a != named_b)
    return named_a ? -1 : 1;

  return g_strcmp0 (key_a, key_b);
}

static void
add_if_matching (GPtrArray          *results,
                 SctSector          *sector,
                 const char * const *terms)
{
  if (sector != NULL && sct_text_contains_terms (sct_sector_get_search_key (sector), terms))
    g_ptr_array_add (results, sector);
}

/* The ids of the sectors that match @terms, among @among (the ids of
 * earlier results) or, if it is %NULL, among every sector. */
static GVariant *
search (SctDataset         *dataset,
        const char * const *terms,
        const char * const *among)
{
  GListModel *sectors = sct_dataset_get_sectors (dataset);
  g_autofree char *text = g_strjoinv (" ", (char **) terms);
  g_auto(GStrv) folded_terms = sct_text_split_terms (text);
  g_autoptr(GPtrArray) results = g_ptr_array_new ();
  GVariantBuilder ids;

  /* Nothing but spaces and punctuation: no word to look for. */
  if (folded_terms[0] == NULL)
    return g_variant_new ("(as)", NULL);

  for (guint i = 0; among != NULL && among[i] != NULL; i++)
    add_if_matching (results, sct_dataset_lookup_sector (dataset, among[i]),
                     (const char * const *) folded_terms);

  /* The dataset holds on to its sectors. */
  for (guint i = 0; among == NULL && i < g_list_model_get_n_items (sectors); i++)
    {
      g_autoptr(SctSector) sector = g_list_model_get_item (sectors, i);

      add_if_matching (results, sector, (const char * const *) folded_terms);
    }

  g_ptr_array_sort_values_with_data (results, compare_results, folded_terms);

  g_variant_builder_init (&ids, G_VARIANT_TYPE ("as"));
  for (guint i = 0; i < results->len; i++)
    g_variant_builder_add (&ids, "s", sct_sector_get_id (g_ptr_array_index (results, i)));

  return g_variant_new ("(as)", &ids);
}

static GVariant *
get_result_metas (SctDataset         *dataset,
                  const char * const *ids)
{
  GVariantBuilder metas;

  g_variant_builder_init (&metas, G_VARIANT_TYPE ("aa{sv}"));

  for (guint i = 0; ids[i] != NULL; i++)
    {
      SctSector *sector = sct_dataset_lookup_sector (dataset, ids[i]);
      g_autoptr(GString) description = NULL;
      const char * const *issues;

      if (sector == NULL)
        continue;

      description = g_string_new (sct_sector_get_lead (sector)->text);
      issues = sct_sector_get_issue_texts (sector);
      for (guint j = 0; issues[j] != NULL; j++)
        g_string_append_printf (description, "%s%s", j == 0 ? " — " : ", ", issues[j]);

      /* No "clipboardText": the Shell would copy it on every activation.
       * A themed icon's string form (g_icon_to_string()) is its name. */
      g_variant_builder_add_parsed (&metas,
                                    "{'id': <%s>, 'name': <%s>, 'description': <%s>, "
                                    "'gicon': <%s>}",
                                    ids[i], sct_sector_get_title (sector), description->str,
                                    APP_ID);
    }

  return g_variant_new ("(aa{sv})", &metas);
}

static void
action_activated_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(GError) error = NULL;

  reply = g_dbus_connection_call_finish (G_DBUS_CONNECTION (source), result, &error);
  if (reply == NULL)
    g_warning ("Could not open Secteurs: %s", error->message);
}

/* Asks the app, D-Bus activating it if need be, to run one of its actions. */
static void
activate_app_action (GDBusConnection *connection,
                     const char      *action,
                     const char      *parameter,
                     guint32          timestamp)
{
  g_autofree char *startup_id = g_strdup_printf ("_TIME%u", timestamp);

  g_dbus_connection_call (connection, APP_ID, RESOURCE_BASE,
                          "org.freedesktop.Application", "ActivateAction",
                          g_variant_new_parsed ("(%s, [<%s>], {'desktop-startup-id': <%s>, "
                                                "'activation-token': <%s>})",
                                                action, parameter, startup_id, startup_id),
                          NULL, G_DBUS_CALL_FLAGS_NONE, -1, NULL,
                          action_activated_cb, NULL);
}

/* GDBus checks each call against the interface: only its methods, with
 * their arguments, come here. */
static void
method_call_cb (GDBusConnection       *connection,
                const char            *sender,
                const char            *object_path,
                const char            *interface_name,
                const char            *method_name,
                GVariant              *parameters,
                GDBusMethodInvocation *invocation,
                gpointer               user_data)
{
  SctDataset *dataset = user_data;
  g_autofree const char **strings = NULL;
  g_autofree const char **terms = NULL;
  g_autofree char *text = NULL;
  const char *id;
  guint32 timestamp;

  /* Every call counts as activity, so the service stays while it is used. */
  g_application_hold (g_application_get_default ());
  g_application_release (g_application_get_default ());

  if (g_str_equal (method_name, "GetInitialResultSet"))
    {
      g_variant_get (parameters, "(^a&s)", &terms);
      g_dbus_method_invocation_return_value (invocation, search (dataset, terms, NULL));
    }
  else if (g_str_equal (method_name, "GetSubsearchResultSet"))
    {
      g_variant_get (parameters, "(^a&s^a&s)", &strings, &terms);
      g_dbus_method_invocation_return_value (invocation, search (dataset, terms, strings));
    }
  else if (g_str_equal (method_name, "GetResultMetas"))
    {
      g_variant_get (parameters, "(^a&s)", &strings);
      g_dbus_method_invocation_return_value (invocation, get_result_metas (dataset, strings));
    }
  else if (g_str_equal (method_name, "ActivateResult"))
    {
      g_variant_get (parameters, "(&sasu)", &id, NULL, &timestamp);
      activate_app_action (connection, "show-sector", id, timestamp);
      g_dbus_method_invocation_return_value (invocation, NULL);
    }
  else
    {
      g_assert (g_str_equal (method_name, "LaunchSearch"));
      g_variant_get (parameters, "(^a&su)", &terms, &timestamp);
      text = g_strjoinv (" ", (char **) terms);
      activate_app_action (connection, "search", text, timestamp);
      g_dbus_method_invocation_return_value (invocation, NULL);
    }
}

int
main (int   argc,
      char *argv[])
{
  static const GDBusInterfaceVTable vtable = { .method_call = method_call_cb };
  g_autoptr(GApplication) service = NULL;
  g_autoptr(SctDataset) dataset = NULL;
  g_autoptr(GBytes) xml = NULL;
  g_autoptr(GDBusNodeInfo) node = NULL;
  g_autoptr(GDBusConnection) bus = NULL;
  g_autoptr(GError) error = NULL;
  guint object_id = 0;
  int status;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  service = g_application_new (SERVICE_ID, G_APPLICATION_IS_SERVICE);
  g_application_set_inactivity_timeout (service, INACTIVITY_TIMEOUT_MS);

  /* The object must be on the bus before the name is: GDBus answers calls
   * to an object it does not know at once, from its own thread. The
   * application registers on this same shared connection. */
  xml = g_resources_lookup_data (INTERFACE_XML, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  node = g_dbus_node_info_new_for_xml (g_bytes_get_data (xml, NULL), NULL);
  dataset = sct_dataset_new_from_resource (RESOURCE_BASE "/sectors.json", &error);
  if (dataset != NULL)
    bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, &error);
  if (bus != NULL)
    object_id = g_dbus_connection_register_object (bus, OBJECT_PATH, node->interfaces[0], &vtable,
                                                   dataset, NULL, &error);
  if (object_id == 0 || !g_application_register (service, NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }

  status = g_application_run (service, argc, argv);
  g_dbus_connection_unregister_object (bus, object_id);

  return status;
}
