/* Copyright 2026 The Secteurs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "sct-query.h"

G_BEGIN_DECLS

#define SCT_TYPE_ISSUE_CHIP (sct_issue_chip_get_type ())

G_DECLARE_FINAL_TYPE (SctIssueChip, sct_issue_chip, SCT, ISSUE_CHIP, GtkToggleButton)

GtkWidget  *sct_issue_chip_new              (SctQuery     *query,
                                             GListModel   *sectors,
                                             SctIssue     *issue);
SctIssue   *sct_issue_chip_get_issue        (SctIssueChip *self);
guint       sct_issue_chip_get_count        (SctIssueChip *self);
const char *sct_issue_chip_get_tooltip_text (SctIssueChip *self);

G_END_DECLS
