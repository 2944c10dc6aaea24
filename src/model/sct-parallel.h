/* Copyright 2026 The Secteurs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The most threads sct_parallel_for() runs at once. */
#define SCT_PARALLEL_MAX_THREADS 8

/* Does its part, items @start to @end - 1, of sct_parallel_for(). */
typedef void (*SctRangeFunc) (guint    start,
                              guint    end,
                              gpointer user_data);

void sct_parallel_for (guint        n_items,
                       guint        min_items_per_thread,
                       SctRangeFunc func,
                       gpointer     user_data);

G_END_DECLS
