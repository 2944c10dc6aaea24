/* Copyright 2026 The Secteurs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define SCT_TYPE_ORGANISATION (sct_organisation_get_type ())

G_DECLARE_FINAL_TYPE (SctOrganisation, sct_organisation, SCT, ORGANISATION, GObject)

const char *sct_organisation_get_id          (SctOrganisation *self);
const char *sct_organisation_get_name        (SctOrganisation *self);
const char *sct_organisation_get_acronym     (SctOrganisation *self);
const char *sct_organisation_get_short_name  (SctOrganisation *self);
const char *sct_organisation_get_search_key  (SctOrganisation *self);
const char *sct_organisation_get_sort_key    (SctOrganisation *self);
guint       sct_organisation_get_n_sectors   (SctOrganisation *self);

G_END_DECLS
