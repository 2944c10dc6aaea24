/* Copyright 2026 The Secteurs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sct-search-provider.h"
#include "sct-shell-search-provider2.h"
#include "sct-text.h"

/* Answers GNOME Shell's searches from the dataset, with the app's own
 * matching, and opens the app on the sector chosen. It runs in a small
 * service of its own so that a search never starts the GTK app. */
struct _SctSearchProvider
{
  GObject parent_instance;

  GApplication *service;
  SctDataset *dataset;
  SctShellSearchProvider2 *skeleton;
};

G_DEFINE_FINAL_TYPE (SctSearchProvider, sct_search_provider, G_TYPE_OBJECT)

typedef struct {
  SctSector *sector;
  gboolean title_matches;
} Result;

static int
compare_results (gconstpointer a,
                 gconstpointer b)
{
  const Result *result_a = a;
  const Result *result_b = b;

  /* A sector named by the words comes before one that only mentions them. */
  if (result_a->title_matches != result_b->title_matches)
    return result_a->title_matches ? -1 : 1;

  return g_strcmp0 (sct_sector_get_sort_key (result_a->sector),
                    sct_sector_get_sort_key (result_b->sector));
}

static void
consider (GArray             *results,
          SctSector          *sector,
          const char * const *terms)
{
  Result result = { sector, FALSE };

  if (!sct_text_contains_terms (sct_sector_get_search_key (sector), terms))
    return;

  result.title_matches = sct_text_contains_terms (sct_sector_get_sort_key (sector), terms);
  g_array_append_val (results, result);
}

/**
 * sct_search_provider_search:
 * @terms: what the user typed, word by word
 * @among: (nullable): ids of the earlier results to narrow down, or %NULL
 *   to search every sector
 *
 * Returns: (transfer full): the ids of the matching sectors, sectors whose
 *   title matches first
 */
GStrv
sct_search_provider_search (SctSearchProvider  *self,
                            const char * const *terms,
                            const char * const *among)
{
  g_autoptr(GArray) results = g_array_new (FALSE, FALSE, sizeof (Result));
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  g_autofree char *text = NULL;
  g_auto(GStrv) folded_terms = NULL;

  g_return_val_if_fail (SCT_IS_SEARCH_PROVIDER (self), NULL);
  g_return_val_if_fail (terms != NULL, NULL);

  text = g_strjoinv (" ", (char **) terms);
  folded_terms = sct_text_split_terms (text);

  if (folded_terms[0] == NULL)
    return g_strv_builder_end (ids);

  if (among != NULL)
    {
      for (guint i = 0; among[i] != NULL; i++)
        {
          SctSector *sector = sct_dataset_lookup_sector (self->dataset, among[i]);

          if (sector != NULL)
            consider (results, sector, (const char * const *) folded_terms);
        }
    }
  else
    {
      GListModel *sectors = sct_dataset_get_sectors (self->dataset);

      for (guint i = 0; i < g_list_model_get_n_items (sectors); i++)
        {
          g_autoptr(SctSector) sector = g_list_model_get_item (sectors, i);

          consider (results, sector, (const char * const *) folded_terms);
        }
    }

  g_array_sort (results, compare_results);
  for (guint i = 0; i < results->len; i++)
    g_strv_builder_add (ids, sct_sector_get_id (g_array_index (results, Result, i).sector));

  return g_strv_builder_end (ids);
}

/* Every call counts as activity, so the service stays while it is used. */
static void
keep_alive (SctSearchProvider *self)
{
  if (self->service != NULL)
    {
      g_application_hold (self->service);
      g_application_release (self->service);
    }
}

static gboolean
handle_get_initial_result_set (SctShellSearchProvider2 *skeleton,
                               GDBusMethodInvocation   *invocation,
                               const char * const      *terms,
                               SctSearchProvider       *self)
{
  g_auto(GStrv) results = sct_search_provider_search (self, terms, NULL);

  keep_alive (self);
  sct_shell_search_provider2_complete_get_initial_result_set (skeleton, invocation,
                                                              (const char * const *) results);
  return G_DBUS_METHOD_INVOCATION_HANDLED;
}

static gboolean
handle_get_subsearch_result_set (SctShellSearchProvider2 *skeleton,
                                 GDBusMethodInvocation   *invocation,
                                 const char * const      *previous_results,
                                 const char * const      *terms,
                                 SctSearchProvider       *self)
{
  g_auto(GStrv) results = sct_search_provider_search (self, terms, previous_results);

  keep_alive (self);
  sct_shell_search_provider2_complete_get_subsearch_result_set (skeleton, invocation,
                                                                (const char * const *) results);
  return G_DBUS_METHOD_INVOCATION_HANDLED;
}

static char *
describe (SctSector *sector)
{
  g_autoptr(GString) description = g_string_new (sct_sector_get_lead (sector)->text);

  for (guint i = 0; i < sct_sector_get_n_issues (sector); i++)
    {
      g_string_append (description, i == 0 ? " — " : ", ");
      g_string_append (description, sct_sector_get_issue_text (sector, i));
    }

  return g_string_free_and_steal (g_steal_pointer (&description));
}

static gboolean
handle_get_result_metas (SctShellSearchProvider2 *skeleton,
                         GDBusMethodInvocation   *invocation,
                         const char * const      *identifiers,
                         SctSearchProvider       *self)
{
  g_autoptr(GIcon) icon = g_themed_icon_new (APP_ID);
  g_autofree char *icon_name = g_icon_to_string (icon);
  GVariantBuilder metas;

  keep_alive (self);
  g_variant_builder_init (&metas, G_VARIANT_TYPE ("aa{sv}"));

  for (guint i = 0; identifiers[i] != NULL; i++)
    {
      SctSector *sector = sct_dataset_lookup_sector (self->dataset, identifiers[i]);
      g_autofree char *description = NULL;
      GVariantBuilder meta;

      if (sector == NULL)
        continue;

      description = describe (sector);

      /* No "clipboardText": the Shell would copy it on every activation. */
      g_variant_builder_init (&meta, G_VARIANT_TYPE ("a{sv}"));
      g_variant_builder_add (&meta, "{sv}", "id", g_variant_new_string (identifiers[i]));
      g_variant_builder_add (&meta, "{sv}", "name",
                             g_variant_new_string (sct_sector_get_title (sector)));
      g_variant_builder_add (&meta, "{sv}", "description", g_variant_new_string (description));
      g_variant_builder_add (&meta, "{sv}", "gicon", g_variant_new_string (icon_name));
      g_variant_builder_add_value (&metas, g_variant_builder_end (&meta));
    }

  sct_shell_search_provider2_complete_get_result_metas (skeleton, invocation,
                                                        g_variant_builder_end (&metas));
  return G_DBUS_METHOD_INVOCATION_HANDLED;
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
activate_app_action (SctSearchProvider *self,
                     GDBusConnection   *connection,
                     const char        *action,
                     GVariant          *parameter,
                     guint32            timestamp)
{
  g_autofree char *startup_id = g_strdup_printf ("_TIME%u", timestamp);
  GVariantBuilder platform_data;

  g_variant_builder_init (&platform_data, G_VARIANT_TYPE_VARDICT);
  g_variant_builder_add (&platform_data, "{sv}", "desktop-startup-id",
                         g_variant_new_string (startup_id));
  g_variant_builder_add (&platform_data, "{sv}", "activation-token",
                         g_variant_new_string (startup_id));

  g_dbus_connection_call (connection, APP_ID, RESOURCE_BASE,
                          "org.freedesktop.Application", "ActivateAction",
                          g_variant_new ("(s@av@a{sv})", action,
                                         g_variant_new_array (G_VARIANT_TYPE_VARIANT,
                                                              (GVariant *[]) { g_variant_new_variant (parameter) }, 1),
                                         g_variant_builder_end (&platform_data)),
                          NULL, G_DBUS_CALL_FLAGS_NONE, -1, NULL,
                          action_activated_cb, NULL);
}

static gboolean
handle_activate_result (SctShellSearchProvider2 *skeleton,
                        GDBusMethodInvocation   *invocation,
                        const char              *identifier,
                        const char * const      *terms,
                        guint                    timestamp,
                        SctSearchProvider       *self)
{
  keep_alive (self);
  activate_app_action (self, g_dbus_method_invocation_get_connection (invocation),
                       "show-sector", g_variant_new_string (identifier), timestamp);
  sct_shell_search_provider2_complete_activate_result (skeleton, invocation);
  return G_DBUS_METHOD_INVOCATION_HANDLED;
}

static gboolean
handle_launch_search (SctShellSearchProvider2 *skeleton,
                      GDBusMethodInvocation   *invocation,
                      const char * const      *terms,
                      guint                    timestamp,
                      SctSearchProvider       *self)
{
  g_autofree char *text = g_strjoinv (" ", (char **) terms);

  keep_alive (self);
  activate_app_action (self, g_dbus_method_invocation_get_connection (invocation),
                       "search", g_variant_new_string (text), timestamp);
  sct_shell_search_provider2_complete_launch_search (skeleton, invocation);
  return G_DBUS_METHOD_INVOCATION_HANDLED;
}

static void
sct_search_provider_dispose (GObject *object)
{
  SctSearchProvider *self = SCT_SEARCH_PROVIDER (object);

  if (self->skeleton != NULL)
    g_dbus_interface_skeleton_unexport (G_DBUS_INTERFACE_SKELETON (self->skeleton));
  g_clear_object (&self->skeleton);
  g_clear_object (&self->dataset);
  g_clear_weak_pointer (&self->service);

  G_OBJECT_CLASS (sct_search_provider_parent_class)->dispose (object);
}

static void
sct_search_provider_class_init (SctSearchProviderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sct_search_provider_dispose;
}

static void
sct_search_provider_init (SctSearchProvider *self)
{
  self->skeleton = sct_shell_search_provider2_skeleton_new ();

  g_signal_connect (self->skeleton, "handle-get-initial-result-set",
                    G_CALLBACK (handle_get_initial_result_set), self);
  g_signal_connect (self->skeleton, "handle-get-subsearch-result-set",
                    G_CALLBACK (handle_get_subsearch_result_set), self);
  g_signal_connect (self->skeleton, "handle-get-result-metas",
                    G_CALLBACK (handle_get_result_metas), self);
  g_signal_connect (self->skeleton, "handle-activate-result",
                    G_CALLBACK (handle_activate_result), self);
  g_signal_connect (self->skeleton, "handle-launch-search",
                    G_CALLBACK (handle_launch_search), self);
}

/**
 * sct_search_provider_new:
 * @service: (nullable): the service to keep alive while it is used
 * @dataset: the sectors to search
 *
 * Returns: (transfer full): a provider, not yet on the bus
 */
SctSearchProvider *
sct_search_provider_new (GApplication *service,
                         SctDataset   *dataset)
{
  SctSearchProvider *self;

  g_return_val_if_fail (service == NULL || G_IS_APPLICATION (service), NULL);
  g_return_val_if_fail (SCT_IS_DATASET (dataset), NULL);

  self = g_object_new (SCT_TYPE_SEARCH_PROVIDER, NULL);
  self->dataset = g_object_ref (dataset);
  g_set_weak_pointer (&self->service, service);

  return self;
}

gboolean
sct_search_provider_export (SctSearchProvider  *self,
                            GDBusConnection    *connection,
                            const char         *object_path,
                            GError            **error)
{
  g_return_val_if_fail (SCT_IS_SEARCH_PROVIDER (self), FALSE);
  g_return_val_if_fail (G_IS_DBUS_CONNECTION (connection), FALSE);
  g_return_val_if_fail (object_path != NULL, FALSE);

  return g_dbus_interface_skeleton_export (G_DBUS_INTERFACE_SKELETON (self->skeleton),
                                           connection, object_path, error);
}

void
sct_search_provider_unexport (SctSearchProvider *self)
{
  g_return_if_fail (SCT_IS_SEARCH_PROVIDER (self));

  g_dbus_interface_skeleton_unexport (G_DBUS_INTERFACE_SKELETON (self->skeleton));
}
