/* Copyright 2026 The Secteurs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SCT_TYPE_CONTACT_ROW (sct_contact_row_get_type ())

G_DECLARE_FINAL_TYPE (SctContactRow, sct_contact_row, SCT, CONTACT_ROW, AdwPreferencesRow)

void sct_contact_row_set_label (SctContactRow *self,
                                const char    *label);
void sct_contact_row_set_value (SctContactRow *self,
                                const char    *value);

G_END_DECLS
