/* Copyright 2026 The Secteurs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "sct-programme.h"
#include "sct-sector.h"

G_BEGIN_DECLS

#define SCT_TYPE_SECTOR_PRINT (sct_sector_print_get_type ())

G_DECLARE_FINAL_TYPE (SctSectorPrint, sct_sector_print, SCT, SECTOR_PRINT, GtkPrintOperation)

SctSectorPrint *sct_sector_print_new (SctProgramme *programme,
                                      GListModel   *sectors);

G_END_DECLS
