/* Copyright 2026 The Secteurs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What every fuzz target and the driver share: libFuzzer's entry point and
 * the set-up each target does before its first input.
 */

#pragma once

#include <glib.h>
#include <locale.h>
#include <stddef.h>

int LLVMFuzzerTestOneInput (const unsigned char *data,
                            size_t               size);

/* A warning or a critical is a finding, as in the test suite; debug
 * messages would only slow the fuzzer down. Messages stay untranslated. */
static inline void
fuzz_init_once (void)
{
  static gboolean done;

  if (done)
    return;

  setlocale (LC_ALL, "C.UTF-8");
  g_log_set_always_fatal (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  g_setenv ("G_MESSAGES_DEBUG", "", TRUE);
  done = TRUE;
}
