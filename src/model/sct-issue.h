/* Copyright 2026 The Secteurs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define SCT_TYPE_ISSUE (sct_issue_get_type ())

G_DECLARE_FINAL_TYPE (SctIssue, sct_issue, SCT, ISSUE, GObject)

const char *sct_issue_get_id            (SctIssue *self);
const char *sct_issue_get_label         (SctIssue *self);
guint       sct_issue_get_position      (SctIssue *self);
guint       sct_issue_get_n_sectors     (SctIssue *self);

G_END_DECLS
