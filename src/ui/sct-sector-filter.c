/* Copyright 2026 The Secteurs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "sct-sector-filter.h"

/* Lets a GtkFilterListModel ask an SctQuery, and passes on how strict each
 * change is, so that the list refilters only the sectors it must. */
struct _SctSectorFilter
{
  GtkFilter parent_instance;

  SctQuery *query;
};

G_DEFINE_FINAL_TYPE (SctSectorFilter, sct_sector_filter, GTK_TYPE_FILTER)

enum {
  PROP_0,
  PROP_QUERY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
query_changed_cb (SctSectorFilter *self,
                  SctQueryChange   change)
{
  switch (change)
    {
    case SCT_QUERY_CHANGE_MORE_STRICT:
      gtk_filter_changed (GTK_FILTER (self), GTK_FILTER_CHANGE_MORE_STRICT);
      break;

    case SCT_QUERY_CHANGE_LESS_STRICT:
      gtk_filter_changed (GTK_FILTER (self), GTK_FILTER_CHANGE_LESS_STRICT);
      break;

    case SCT_QUERY_CHANGE_DIFFERENT:
    default:
      gtk_filter_changed (GTK_FILTER (self), GTK_FILTER_CHANGE_DIFFERENT);
      break;
    }
}

static gboolean
sct_sector_filter_match (GtkFilter *filter,
                         gpointer   item)
{
  SctSectorFilter *self = SCT_SECTOR_FILTER (filter);

  return sct_query_matches (self->query, SCT_SECTOR (item));
}

static GtkFilterMatch
sct_sector_filter_get_strictness (GtkFilter *filter)
{
  SctSectorFilter *self = SCT_SECTOR_FILTER (filter);

  return sct_query_is_empty (self->query) ? GTK_FILTER_MATCH_ALL : GTK_FILTER_MATCH_SOME;
}

static void
sct_sector_filter_constructed (GObject *object)
{
  SctSectorFilter *self = SCT_SECTOR_FILTER (object);

  G_OBJECT_CLASS (sct_sector_filter_parent_class)->constructed (object);

  g_signal_connect_object (self->query, "changed",
                           G_CALLBACK (query_changed_cb), self, G_CONNECT_SWAPPED);
}

static void
sct_sector_filter_dispose (GObject *object)
{
  SctSectorFilter *self = SCT_SECTOR_FILTER (object);

  g_clear_object (&self->query);

  G_OBJECT_CLASS (sct_sector_filter_parent_class)->dispose (object);
}

static void
sct_sector_filter_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  SctSectorFilter *self = SCT_SECTOR_FILTER (object);

  switch (prop_id)
    {
    case PROP_QUERY:
      g_value_set_object (value, self->query);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sct_sector_filter_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  SctSectorFilter *self = SCT_SECTOR_FILTER (object);

  switch (prop_id)
    {
    case PROP_QUERY:
      self->query = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sct_sector_filter_class_init (SctSectorFilterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkFilterClass *filter_class = GTK_FILTER_CLASS (klass);

  object_class->constructed = sct_sector_filter_constructed;
  object_class->dispose = sct_sector_filter_dispose;
  object_class->get_property = sct_sector_filter_get_property;
  object_class->set_property = sct_sector_filter_set_property;

  filter_class->match = sct_sector_filter_match;
  filter_class->get_strictness = sct_sector_filter_get_strictness;

  properties[PROP_QUERY] =
    g_param_spec_object ("query", NULL, NULL,
                         SCT_TYPE_QUERY,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sct_sector_filter_init (SctSectorFilter *self)
{
}

SctSectorFilter *
sct_sector_filter_new (SctQuery *query)
{
  g_return_val_if_fail (SCT_IS_QUERY (query), NULL);

  return g_object_new (SCT_TYPE_SECTOR_FILTER, "query", query, NULL);
}

SctQuery *
sct_sector_filter_get_query (SctSectorFilter *self)
{
  g_return_val_if_fail (SCT_IS_SECTOR_FILTER (self), NULL);

  return self->query;
}
