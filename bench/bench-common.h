/* Copyright 2026 The Secteurs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

guint64 bench_read_status_kib (const char *field);
void    bench_append_samples  (GString    *json,
                               GArray     *samples);
void    bench_append_string   (GString    *json,
                               const char *text);

G_END_DECLS
