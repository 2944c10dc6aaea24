/* Copyright 2026 The Secteurs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define SCT_TYPE_SECTOR_LIST (sct_sector_list_get_type ())

G_DECLARE_FINAL_TYPE (SctSectorList, sct_sector_list, SCT, SECTOR_LIST, GObject)

SctSectorList *sct_sector_list_new             (GPtrArray     *sectors);
GPtrArray     *sct_sector_list_get_sectors     (SctSectorList *self);
GArray        *sct_sector_list_get_issue_masks (SctSectorList *self);

G_END_DECLS
