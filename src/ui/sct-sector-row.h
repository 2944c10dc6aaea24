/* Copyright 2026 The Secteurs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "sct-sector.h"

G_BEGIN_DECLS

#define SCT_TYPE_SECTOR_ROW (sct_sector_row_get_type ())

G_DECLARE_FINAL_TYPE (SctSectorRow, sct_sector_row, SCT, SECTOR_ROW, GtkWidget)

SctSector *sct_sector_row_get_item          (SctSectorRow *self);
void       sct_sector_row_set_item          (SctSectorRow *self,
                                             SctSector    *item);
char      *sct_sector_row_dup_tooltip_text  (SctSectorRow *self);

G_END_DECLS
