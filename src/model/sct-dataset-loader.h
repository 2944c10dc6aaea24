/* Copyright 2026 The Secteurs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "sct-issue.h"
#include "sct-organisation.h"
#include "sct-programme.h"
#include "sct-sector.h"

G_BEGIN_DECLS

/* What one data file holds, checked whole. The tables index the objects
 * of the stores by id; the ids belong to those objects. */
typedef struct {
  SctProgramme *programme;
  GListStore *issues;          /* SctIssue, in the file's order */
  GListStore *organisations;   /* SctOrganisation, in the file's order */
  GListStore *sectors;         /* SctSector, in the file's order */
  GHashTable *issues_by_id;
  GHashTable *organisations_by_id;
  GHashTable *sectors_by_id;
} SctDatasetContents;

gboolean sct_dataset_contents_load  (SctDatasetContents  *contents,
                                     const char          *data,
                                     gsize                length,
                                     GError             **error);
void     sct_dataset_contents_clear (SctDatasetContents  *contents);

G_END_DECLS
