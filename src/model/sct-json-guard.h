/* Copyright 2026 The Secteurs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Deeper than any valid dataset, far below what makes JSON parsers fail. */
#define SCT_JSON_GUARD_MAX_DEPTH 16
/* More members than any object of a valid dataset has. */
#define SCT_JSON_GUARD_MAX_MEMBERS 32

gboolean sct_json_guard_check (const char  *data,
                               gsize        length,
                               GError     **error);

G_END_DECLS
