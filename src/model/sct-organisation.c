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
  char *sort_key;
  guint n_sectors;
};

G_DEFINE_FINAL_TYPE (SctOrganisation, sct_organisation, G_TYPE_OBJECT)

static void
sct_organisation_finalize (GObject *object)
{
  SctOrganisation *self = SCT_ORGANISATION (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->acronym, g_free);
  g_clear_pointer (&self->search_key, g_free);
  g_clear_pointer (&self->sort_key, g_free);

  G_OBJECT_CLASS (sct_organisation_parent_class)->finalize (object);
}

static void
sct_organisation_class_init (SctOrganisationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sct_organisation_finalize;
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
  g_autofree char *searchable = g_strjoin (" ", name, acronym, NULL);

  self->id = g_strdup (id);
  self->name = g_strdup (name);
  self->acronym = g_strdup (acronym);
  self->search_key = sct_text_fold (searchable);
  self->sort_key = sct_text_fold (name);

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

/* NULL where the source gives no acronym. */
const char *
sct_organisation_get_acronym (SctOrganisation *self)
{
  g_return_val_if_fail (SCT_IS_ORGANISATION (self), NULL);

  return self->acronym;
}

/* What fits on a chip. */
const char *
sct_organisation_get_short_name (SctOrganisation *self)
{
  g_return_val_if_fail (SCT_IS_ORGANISATION (self), NULL);

  return self->acronym != NULL ? self->acronym : self->name;
}

/* The name and acronym, folded with sct_text_fold(). */
const char *
sct_organisation_get_search_key (SctOrganisation *self)
{
  g_return_val_if_fail (SCT_IS_ORGANISATION (self), NULL);

  return self->search_key;
}

/* The folded name, so that « É » sorts with E whatever the locale. */
const char *
sct_organisation_get_sort_key (SctOrganisation *self)
{
  g_return_val_if_fail (SCT_IS_ORGANISATION (self), NULL);

  return self->sort_key;
}

/* How many sectors the organisation leads or partners. */
guint
sct_organisation_get_n_sectors (SctOrganisation *self)
{
  g_return_val_if_fail (SCT_IS_ORGANISATION (self), 0);

  return self->n_sectors;
}
