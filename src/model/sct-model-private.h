/* Copyright 2026 The Secteurs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the dataset loader uses to build the model; the rest of the app
 * only reads it. */

#pragma once

#include "sct-dataset.h"

G_BEGIN_DECLS

/* The tables index the objects of the stores by id; the ids belong to
 * those objects. */
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

SctProgramme    *sct_programme_new              (const SctProgrammeText *text);

SctIssue        *sct_issue_new                  (const char      *id,
                                                 const char      *label,
                                                 guint            position);
void             sct_issue_count_sector         (SctIssue        *self);

SctOrganisation *sct_organisation_new           (const char      *id,
                                                 const char      *name,
                                                 const char      *acronym);
void             sct_organisation_count_sector  (SctOrganisation *self);

SctSector       *sct_sector_new                 (GListModel      *issues,
                                                 GListModel      *organisations,
                                                 guint            index,
                                                 const char      *id,
                                                 const char      *title,
                                                 const char      *project);
void             sct_sector_add_issue           (SctSector       *self,
                                                 SctIssue        *issue,
                                                 const char      *text);
void             sct_sector_add_block           (SctSector       *self,
                                                 const char      *text,
                                                 GStrv            items);
void             sct_sector_set_lead            (SctSector       *self,
                                                 SctOrganisation *organisation,
                                                 const char      *text);
void             sct_sector_begin_partner_group (SctSector       *self,
                                                 const char      *heading,
                                                 gboolean         etc);
void             sct_sector_add_partner         (SctSector       *self,
                                                 SctOrganisation *organisation,
                                                 const char      *text);
void             sct_sector_set_contact         (SctSector       *self,
                                                 const char      *name,
                                                 const char      *email);
void             sct_sector_seal                (SctSector       *self);

G_END_DECLS
