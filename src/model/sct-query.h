/* Copyright 2026 The Secteurs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "sct-issue.h"
#include "sct-organisation.h"
#include "sct-sector.h"

G_BEGIN_DECLS

typedef enum {
  SCT_MATCH_ANY,
  SCT_MATCH_ALL,
} SctMatchMode;

/* How a change of the query changes its results, so that lists refilter
 * only what they must. */
typedef enum {
  SCT_QUERY_CHANGE_DIFFERENT,
  SCT_QUERY_CHANGE_LESS_STRICT,
  SCT_QUERY_CHANGE_MORE_STRICT,
} SctQueryChange;

#define SCT_TYPE_MATCH_MODE (sct_match_mode_get_type ())
#define SCT_TYPE_QUERY_CHANGE (sct_query_change_get_type ())
#define SCT_TYPE_QUERY (sct_query_get_type ())

GType sct_match_mode_get_type   (void) G_GNUC_CONST;
GType sct_query_change_get_type (void) G_GNUC_CONST;

G_DECLARE_FINAL_TYPE (SctQuery, sct_query, SCT, QUERY, GObject)

SctMatchMode     sct_query_get_match_mode     (SctQuery        *self);
void             sct_query_set_match_mode     (SctQuery        *self,
                                               SctMatchMode     mode);
const char      *sct_query_get_search_text    (SctQuery        *self);
void             sct_query_set_search_text    (SctQuery        *self,
                                               const char      *text);
SctOrganisation *sct_query_get_organisation   (SctQuery        *self);
void             sct_query_set_organisation   (SctQuery        *self,
                                               SctOrganisation *organisation);
gboolean         sct_query_get_issue_active   (SctQuery        *self,
                                               SctIssue        *issue);
void             sct_query_set_issue_active   (SctQuery        *self,
                                               SctIssue        *issue,
                                               gboolean         active);
GPtrArray       *sct_query_get_active_issues  (SctQuery        *self);
gboolean         sct_query_is_empty           (SctQuery        *self);
void             sct_query_clear              (SctQuery        *self);
void             sct_query_set_sectors        (SctQuery        *self,
                                               GListModel      *sectors);
gboolean         sct_query_matches            (SctQuery        *self,
                                               SctSector       *sector);
guint            sct_query_count_with_issue   (SctQuery        *self,
                                               GListModel      *sectors,
                                               SctIssue        *issue);

G_END_DECLS
