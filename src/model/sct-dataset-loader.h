/* Copyright 2026 The Secteurs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sct-dataset.h"

G_BEGIN_DECLS

/* What the dataset and its loader share. The tables index the objects of
 * the stores by id; the ids belong to those objects. */
struct _SctDataset
{
  GObject parent_instance;

  SctProgramme *programme;
  GListStore *issues;                /* SctIssue, in the file's order */
  GListStore *organisations;         /* SctOrganisation, in the file's order */
  GListStore *sectors;               /* SctSector, in the file's order */
  GHashTable *issues_by_id;
  GHashTable *organisations_by_id;
  GHashTable *sectors_by_id;
  GListStore *sectors_by_title;
  GListStore *organisations_by_use;
};

G_END_DECLS
