/* Copyright 2026 The Secteurs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "sct-query.h"

G_BEGIN_DECLS

#define SCT_TYPE_SECTOR_FILTER (sct_sector_filter_get_type ())

G_DECLARE_FINAL_TYPE (SctSectorFilter, sct_sector_filter, SCT, SECTOR_FILTER, GtkFilter)

SctSectorFilter *sct_sector_filter_new       (SctQuery        *query);
SctQuery        *sct_sector_filter_get_query (SctSectorFilter *self);

G_END_DECLS
