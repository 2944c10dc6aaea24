/* Copyright 2026 The Secteurs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "sct-dataset.h"

G_BEGIN_DECLS

#define SCT_TYPE_SEARCH_PROVIDER (sct_search_provider_get_type ())

G_DECLARE_FINAL_TYPE (SctSearchProvider, sct_search_provider, SCT, SEARCH_PROVIDER, GObject)

SctSearchProvider *sct_search_provider_new      (GApplication       *service,
                                                 SctDataset         *dataset);
GStrv              sct_search_provider_search   (SctSearchProvider  *self,
                                                 const char * const *terms,
                                                 const char * const *among);
gboolean           sct_search_provider_export   (SctSearchProvider  *self,
                                                 GDBusConnection    *connection,
                                                 const char         *object_path,
                                                 GError            **error);
void               sct_search_provider_unexport (SctSearchProvider  *self);

G_END_DECLS
