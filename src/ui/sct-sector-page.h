/* Copyright 2026 The Secteurs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "sct-sector.h"

G_BEGIN_DECLS

#define SCT_TYPE_SECTOR_PAGE (sct_sector_page_get_type ())

G_DECLARE_FINAL_TYPE (SctSectorPage, sct_sector_page, SCT, SECTOR_PAGE, AdwBin)

SctSector *sct_sector_page_get_sector (SctSectorPage *self);
void       sct_sector_page_set_sector (SctSectorPage *self,
                                       SctSector     *sector);

G_END_DECLS
