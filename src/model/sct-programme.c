/* Copyright 2026 The Secteurs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "sct-programme.h"
#include "sct-model-private.h"

/* The programme's own text: its title, introduction and the office to
 * contact for more information. */
struct _SctProgramme
{
  GObject parent_instance;

  char *title;
  char *introduction;
  char *information_heading;
  char *office;
  char *street;
  char *locality;
  char *postal_code;
  char *phone;
  char *toll_free;
  char *email;
};

G_DEFINE_FINAL_TYPE (SctProgramme, sct_programme, G_TYPE_OBJECT)

static void
sct_programme_finalize (GObject *object)
{
  SctProgramme *self = SCT_PROGRAMME (object);

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->introduction, g_free);
  g_clear_pointer (&self->information_heading, g_free);
  g_clear_pointer (&self->office, g_free);
  g_clear_pointer (&self->street, g_free);
  g_clear_pointer (&self->locality, g_free);
  g_clear_pointer (&self->postal_code, g_free);
  g_clear_pointer (&self->phone, g_free);
  g_clear_pointer (&self->toll_free, g_free);
  g_clear_pointer (&self->email, g_free);

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
}

SctProgramme *
sct_programme_new (const SctProgrammeText *text)
{
  SctProgramme *self = g_object_new (SCT_TYPE_PROGRAMME, NULL);

  self->title = g_strdup (text->title);
  self->introduction = g_strdup (text->introduction);
  self->information_heading = g_strdup (text->information_heading);
  self->office = g_strdup (text->office);
  self->street = g_strdup (text->street);
  self->locality = g_strdup (text->locality);
  self->postal_code = g_strdup (text->postal_code);
  self->phone = g_strdup (text->phone);
  self->toll_free = g_strdup (text->toll_free);
  self->email = g_strdup (text->email);

  return self;
}

const char *
sct_programme_get_title (SctProgramme *self)
{
  g_return_val_if_fail (SCT_IS_PROGRAMME (self), NULL);
  return self->title;
}

const char *
sct_programme_get_introduction (SctProgramme *self)
{
  g_return_val_if_fail (SCT_IS_PROGRAMME (self), NULL);
  return self->introduction;
}

const char *
sct_programme_get_information_heading (SctProgramme *self)
{
  g_return_val_if_fail (SCT_IS_PROGRAMME (self), NULL);
  return self->information_heading;
}

/**
 * sct_programme_get_office:
 *
 * Returns: the name of the government office that answers questions
 */
const char *
sct_programme_get_office (SctProgramme *self)
{
  g_return_val_if_fail (SCT_IS_PROGRAMME (self), NULL);
  return self->office;
}

const char *
sct_programme_get_street (SctProgramme *self)
{
  g_return_val_if_fail (SCT_IS_PROGRAMME (self), NULL);
  return self->street;
}

const char *
sct_programme_get_locality (SctProgramme *self)
{
  g_return_val_if_fail (SCT_IS_PROGRAMME (self), NULL);
  return self->locality;
}

const char *
sct_programme_get_postal_code (SctProgramme *self)
{
  g_return_val_if_fail (SCT_IS_PROGRAMME (self), NULL);
  return self->postal_code;
}

const char *
sct_programme_get_phone (SctProgramme *self)
{
  g_return_val_if_fail (SCT_IS_PROGRAMME (self), NULL);
  return self->phone;
}

const char *
sct_programme_get_toll_free (SctProgramme *self)
{
  g_return_val_if_fail (SCT_IS_PROGRAMME (self), NULL);
  return self->toll_free;
}

const char *
sct_programme_get_email (SctProgramme *self)
{
  g_return_val_if_fail (SCT_IS_PROGRAMME (self), NULL);
  return self->email;
}
