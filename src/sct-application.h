/* Copyright 2026 The Secteurs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SCT_TYPE_APPLICATION (sct_application_get_type ())

G_DECLARE_FINAL_TYPE (SctApplication, sct_application, SCT, APPLICATION, AdwApplication)

SctApplication *sct_application_new (void);

G_END_DECLS
