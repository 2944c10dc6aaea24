/* Copyright 2026 The Secteurs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char      *sct_text_fold            (const char  *text);
void       sct_text_fold_append     (GString     *out,
                                     const char  *text);
GStrv      sct_text_split_terms     (const char  *text);
gboolean   sct_text_contains_terms  (const char  *folded_haystack,
                                     const char * const *terms);

G_END_DECLS
