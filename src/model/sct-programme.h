/* Copyright 2026 The Secteurs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The programme's own text: its title, introduction and the office to
 * contact for more information. */
typedef struct {
  const char *title;
  const char *introduction;
  const char *information_heading;
  const char *office;   /* the government office that answers questions */
  const char *street;
  const char *locality;
  const char *postal_code;
  const char *phone;
  const char *toll_free;
  const char *email;
} SctProgrammeText;

#define SCT_TYPE_PROGRAMME (sct_programme_get_type ())

G_DECLARE_FINAL_TYPE (SctProgramme, sct_programme, SCT, PROGRAMME, GObject)

const SctProgrammeText *sct_programme_get_text (SctProgramme *self);

G_END_DECLS
