/* Copyright 2026 The Secteurs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "sct-issue.h"
#include "sct-organisation.h"

G_BEGIN_DECLS

typedef enum {
  SCT_TEXT_BLOCK_PARAGRAPH,
  SCT_TEXT_BLOCK_LIST,
} SctTextBlockKind;

/* One block of a description, in the source's order. */
typedef struct {
  SctTextBlockKind kind;
  char *text;   /* paragraphs */
  GStrv items;  /* lists */
} SctTextBlock;

/* An organisation as one sector names it: the organisation of the index,
 * and the words the source uses for it there. */
typedef struct {
  SctOrganisation *organisation;
  char *text;
} SctMention;

/* Partners under a heading (NULL for partners the source lists bare);
 * @etc is set where the source ends the group with « etc. ». */
typedef struct {
  char *heading;
  GPtrArray *members;
  gboolean etc;
} SctPartnerGroup;

/* Issues a sector can refer to, as bits of sct_sector_get_issue_mask(). */
#define SCT_SECTOR_MAX_ISSUES 64

#define SCT_TYPE_SECTOR (sct_sector_get_type ())

G_DECLARE_FINAL_TYPE (SctSector, sct_sector, SCT, SECTOR, GObject)

guint                  sct_sector_get_index            (SctSector       *self);
const char            *sct_sector_get_id               (SctSector       *self);
const char            *sct_sector_get_title            (SctSector       *self);
const char            *sct_sector_get_project          (SctSector       *self);
const char            *sct_sector_get_sort_key         (SctSector       *self);
const char            *sct_sector_get_search_key       (SctSector       *self);
guint                  sct_sector_get_n_issues         (SctSector       *self);
SctIssue              *sct_sector_get_issue            (SctSector       *self,
                                                        guint            index);
const char            *sct_sector_get_issue_text       (SctSector       *self,
                                                        guint            index);
gboolean               sct_sector_has_issue            (SctSector       *self,
                                                        SctIssue        *issue);
guint64                sct_sector_get_issue_mask       (SctSector       *self);
guint                  sct_sector_get_n_blocks         (SctSector       *self);
const SctTextBlock    *sct_sector_get_block            (SctSector       *self,
                                                        guint            index);
const SctMention      *sct_sector_get_lead             (SctSector       *self);
guint                  sct_sector_get_n_partner_groups (SctSector       *self);
const SctPartnerGroup *sct_sector_get_partner_group    (SctSector       *self,
                                                        guint            index);
gboolean               sct_sector_involves             (SctSector       *self,
                                                        SctOrganisation *organisation);
const char            *sct_sector_get_contact_name     (SctSector       *self);
const char            *sct_sector_get_contact_email    (SctSector       *self);

G_END_DECLS
