/* Copyright 2026 The Secteurs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "sct-issue.h"
#include "sct-organisation.h"

G_BEGIN_DECLS

/* One block of a description, in the source's order: a paragraph, or a
 * list where @items is set. */
typedef struct {
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
GPtrArray             *sct_sector_get_issues           (SctSector       *self);
const char * const    *sct_sector_get_issue_texts      (SctSector       *self);
guint64                sct_sector_get_issue_mask       (SctSector       *self);
GPtrArray             *sct_sector_get_blocks           (SctSector       *self);
const SctMention      *sct_sector_get_lead             (SctSector       *self);
GPtrArray             *sct_sector_get_partner_groups   (SctSector       *self);
gboolean               sct_sector_involves             (SctSector       *self,
                                                        SctOrganisation *organisation);
const char            *sct_sector_get_contact_name     (SctSector       *self);
const char            *sct_sector_get_contact_email    (SctSector       *self);

G_END_DECLS
