/* Copyright 2026 The Secteurs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SCT_TYPE_SHORTCUTS_DIALOG (sct_shortcuts_dialog_get_type ())

G_DECLARE_FINAL_TYPE (SctShortcutsDialog, sct_shortcuts_dialog, SCT, SHORTCUTS_DIALOG, AdwDialog)

AdwDialog *sct_shortcuts_dialog_new (void);

G_END_DECLS
