/* Copyright 2026 The Secteurs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "sct-dataset.h"
#include "sct-query.h"

G_BEGIN_DECLS

#define SCT_TYPE_SIDEBAR (sct_sidebar_get_type ())

G_DECLARE_FINAL_TYPE (SctSidebar, sct_sidebar, SCT, SIDEBAR, AdwNavigationPage)

void        sct_sidebar_set_query           (SctSidebar *self,
                                             SctQuery   *query);
void        sct_sidebar_set_dataset         (SctSidebar *self,
                                             SctDataset *dataset);
void        sct_sidebar_show_loading        (SctSidebar *self);
gboolean    sct_sidebar_get_loading         (SctSidebar *self);
SctSector  *sct_sidebar_get_selected_sector (SctSidebar *self);
gboolean    sct_sidebar_select_sector       (SctSidebar *self,
                                             SctSector  *sector);
void        sct_sidebar_unselect            (SctSidebar *self);
GListModel *sct_sidebar_get_listed_sectors  (SctSidebar *self);
void        sct_sidebar_focus_search        (SctSidebar *self);

G_END_DECLS
