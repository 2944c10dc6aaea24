/* Copyright 2026 The Secteurs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "sct-query.h"

G_BEGIN_DECLS

/* Column headings of the CSV export, in the user's language. */
typedef struct {
  const char *title;
  const char *issues;
  const char *lead;
  const char *partners;
  const char *contact;
  const char *email;
} SctCsvHeadings;

char   *sct_export_recipients (GListModel           *sectors,
                               guint                *n_contacts);
char   *sct_export_mailto     (GListModel           *sectors);
GBytes *sct_export_csv        (GListModel           *sectors,
                               const SctCsvHeadings *headings);
GBytes *sct_export_vcard      (GListModel           *sectors,
                               const char           *note_prefix);

char   *sct_export_suggest_file_name (SctQuery   *query,
                                      const char *stem,
                                      const char *extension);

G_END_DECLS
