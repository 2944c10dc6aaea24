/* Copyright 2026 The Secteurs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "sct-programme.h"

G_BEGIN_DECLS

#define SCT_TYPE_WELCOME_PAGE (sct_welcome_page_get_type ())

G_DECLARE_FINAL_TYPE (SctWelcomePage, sct_welcome_page, SCT, WELCOME_PAGE, AdwBin)

void sct_welcome_page_set_programme (SctWelcomePage *self,
                                     SctProgramme   *programme);

G_END_DECLS
