/* Copyright 2026 The Secteurs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sct-dataset.h"

G_BEGIN_DECLS

GString    *model_test_read_minimal  (void);
GString    *model_test_many_sectors  (guint         n_sectors,
                                      guint         bad_email,
                                      guint         duplicate);
SctDataset *model_test_load_string   (const char   *text,
                                      gsize         length,
                                      GError      **error);

G_END_DECLS
