/* Copyright 2026 The Secteurs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "sct-organisation.h"
#include "sct-model-private.h"
#include "sct-text.h"

/* An organisation of the dataset's index: the seed writes the same one in
 * several ways, and leads and partners all point here. */
struct _SctOrganisation
{
  GObject parent_instance;

  char *id;
  char *name;
  char *acronym;
  char *search_key;
  guint n_sectors;
};

G_DEFINE_FINAL_TYPE (SctOrganisation, sct_organisation, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_ACRONYM,
  PROP_SHORT_NAME,
  PROP_N_SECTORS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sct_organisation_finalize (GObject *object)
{
  SctOrganisation *self = SCT_ORGANISATION (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->acronym, g_free);
  g_clear_pointer (&self->search_key, g_free);

  G_OBJECT_CLASS (sct_organisation_parent_class)->finalize (object);
}

static void
sct_organisation_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  SctOrganisation *self = SCT_ORGANISATION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_ACRONYM:
      g_value_set_string (value, self->acronym);
      break;

    case PROP_SHORT_NAME:
      g_value_set_string (value, sct_organisation_get_short_name (self));
      break;

    case PROP_N_SECTORS:
      g_value_set_uint (value, self->n_sectors);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sct_organisation_class_init (SctOrganisationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sct_organisation_finalize;
  object_class->get_property = sct_organisation_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_ACRONYM] =
    g_param_spec_string ("acronym", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHORT_NAME] =
    g_param_spec_string ("short-name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_SECTORS] =
    g_param_spec_uint ("n-sectors", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sct_organisation_init (SctOrganisation *self)
{
}

SctOrganisation *
sct_organisation_new (const char *id,
                      const char *name,
                      const char *acronym)
{
  SctOrganisation *self = g_object_new (SCT_TYPE_ORGANISATION, NULL);
  g_autofree char *searchable = NULL;

  self->id = g_strdup (id);
  self->name = g_strdup (name);
  self->acronym = g_strdup (acronym);

  searchable = g_strjoin (" ", name, acronym, NULL);
  self->search_key = sct_text_fold (searchable);

  return self;
}

void
sct_organisation_count_sector (SctOrganisation *self)
{
  self->n_sectors++;
}

const char *
sct_organisation_get_id (SctOrganisation *self)
{
  g_return_val_if_fail (SCT_IS_ORGANISATION (self), NULL);

  return self->id;
}

const char *
sct_organisation_get_name (SctOrganisation *self)
{
  g_return_val_if_fail (SCT_IS_ORGANISATION (self), NULL);

  return self->name;
}

/**
 * sct_organisation_get_acronym:
 *
 * Returns: (nullable): the acronym, where the source gives one
 */
const char *
sct_organisation_get_acronym (SctOrganisation *self)
{
  g_return_val_if_fail (SCT_IS_ORGANISATION (self), NULL);

  return self->acronym;
}

/**
 * sct_organisation_get_short_name:
 *
 * Returns: the acronym where there is one, else the name: what fits on a chip
 */
const char *
sct_organisation_get_short_name (SctOrganisation *self)
{
  g_return_val_if_fail (SCT_IS_ORGANISATION (self), NULL);

  return self->acronym != NULL ? self->acronym : self->name;
}

/**
 * sct_organisation_get_search_key:
 *
 * Returns: the name and acronym folded with sct_text_fold()
 */
const char *
sct_organisation_get_search_key (SctOrganisation *self)
{
  g_return_val_if_fail (SCT_IS_ORGANISATION (self), NULL);

  return self->search_key;
}

/**
 * sct_organisation_get_n_sectors:
 *
 * Returns: how many sectors the organisation leads or partners
 */
guint
sct_organisation_get_n_sectors (SctOrganisation *self)
{
  g_return_val_if_fail (SCT_IS_ORGANISATION (self), 0);

  return self->n_sectors;
}
