/* Copyright 2026 The Secteurs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "sct-programme.h"
#include "sct-model-private.h"

struct _SctProgramme
{
  GObject parent_instance;

  SctProgrammeText text;
  GStringChunk *strings;    /* what text points to */
};

G_DEFINE_FINAL_TYPE (SctProgramme, sct_programme, G_TYPE_OBJECT)

static void
sct_programme_finalize (GObject *object)
{
  SctProgramme *self = SCT_PROGRAMME (object);

  g_clear_pointer (&self->strings, g_string_chunk_free);

  G_OBJECT_CLASS (sct_programme_parent_class)->finalize (object);
}

static void
sct_programme_class_init (SctProgrammeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sct_programme_finalize;
}

static void
sct_programme_init (SctProgramme *self)
{
  self->strings = g_string_chunk_new (1024);
}

/* Every field of @text is set. */
SctProgramme *
sct_programme_new (const SctProgrammeText *text)
{
  SctProgramme *self = g_object_new (SCT_TYPE_PROGRAMME, NULL);
  GStringChunk *strings = self->strings;

  self->text.title = g_string_chunk_insert (strings, text->title);
  self->text.introduction = g_string_chunk_insert (strings, text->introduction);
  self->text.information_heading = g_string_chunk_insert (strings, text->information_heading);
  self->text.office = g_string_chunk_insert (strings, text->office);
  self->text.street = g_string_chunk_insert (strings, text->street);
  self->text.locality = g_string_chunk_insert (strings, text->locality);
  self->text.postal_code = g_string_chunk_insert (strings, text->postal_code);
  self->text.phone = g_string_chunk_insert (strings, text->phone);
  self->text.toll_free = g_string_chunk_insert (strings, text->toll_free);
  self->text.email = g_string_chunk_insert (strings, text->email);

  return self;
}

const SctProgrammeText *
sct_programme_get_text (SctProgramme *self)
{
  g_return_val_if_fail (SCT_IS_PROGRAMME (self), NULL);

  return &self->text;
}
