/* Copyright 2026 The Secteurs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define SCT_TYPE_PROGRAMME (sct_programme_get_type ())

G_DECLARE_FINAL_TYPE (SctProgramme, sct_programme, SCT, PROGRAMME, GObject)

const char *sct_programme_get_title                (SctProgramme *self);
const char *sct_programme_get_introduction         (SctProgramme *self);
const char *sct_programme_get_information_heading  (SctProgramme *self);
const char *sct_programme_get_office               (SctProgramme *self);
const char *sct_programme_get_street               (SctProgramme *self);
const char *sct_programme_get_locality             (SctProgramme *self);
const char *sct_programme_get_postal_code          (SctProgramme *self);
const char *sct_programme_get_phone                (SctProgramme *self);
const char *sct_programme_get_toll_free            (SctProgramme *self);
const char *sct_programme_get_email                (SctProgramme *self);

G_END_DECLS
