/* Copyright 2026 The Secteurs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "sct-dataset.h"
#include "sct-query.h"

G_BEGIN_DECLS

#define SCT_TYPE_WINDOW (sct_window_get_type ())

G_DECLARE_FINAL_TYPE (SctWindow, sct_window, SCT, WINDOW, AdwApplicationWindow)

SctWindow  *sct_window_new          (GtkApplication *application);
void        sct_window_set_dataset  (SctWindow      *self,
                                     SctDataset     *dataset);
SctDataset *sct_window_get_dataset  (SctWindow      *self);
void        sct_window_show_loading (SctWindow      *self);
void        sct_window_show_error   (SctWindow      *self,
                                     const GError   *error);
gboolean    sct_window_get_loading  (SctWindow      *self);
SctQuery   *sct_window_get_query    (SctWindow      *self);
gboolean    sct_window_show_sector  (SctWindow      *self,
                                     const char     *id);
void        sct_window_search       (SctWindow      *self,
                                     const char     *text);

G_END_DECLS
