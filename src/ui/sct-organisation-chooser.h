/* Copyright 2026 The Secteurs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SCT_TYPE_ORGANISATION_CHOOSER (sct_organisation_chooser_get_type ())

G_DECLARE_FINAL_TYPE (SctOrganisationChooser, sct_organisation_chooser, SCT, ORGANISATION_CHOOSER, GtkPopover)

void sct_organisation_chooser_set_organisations (SctOrganisationChooser *self,
                                                GListModel             *organisations);

G_END_DECLS
