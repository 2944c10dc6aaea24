/* Copyright 2026 The Secteurs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "bench-common.h"

#include <stdlib.h>
#include <string.h>

/**
 * bench_read_status_kib:
 * @field: a line of /proc/self/status, such as "VmRSS" or "VmHWM"
 *
 * Returns: its value in KiB, 0 where it cannot be read
 */
guint64
bench_read_status_kib (const char *field)
{
  g_autofree char *status = NULL;
  g_autofree char *prefix = g_strconcat (field, ":", NULL);
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return 0;

  for (line = status; line != NULL && *line != '\0'; line = strchr (line, '\n'))
    {
      if (*line == '\n')
        line++;
      if (g_str_has_prefix (line, prefix))
        return g_ascii_strtoull (line + strlen (prefix), NULL, 10);
    }

  return 0;
}

/* Appends @samples (doubles, in milliseconds) as a JSON array. */
void
bench_append_samples (GString *json,
                      GArray  *samples)
{
  g_string_append_c (json, '[');
  for (guint i = 0; i < samples->len; i++)
    g_string_append_printf (json, "%s%.3f", i > 0 ? ", " : "", g_array_index (samples, double, i));
  g_string_append_c (json, ']');
}

/* Appends @text as a JSON string. */
void
bench_append_string (GString    *json,
                     const char *text)
{
  g_string_append_c (json, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"' || *p == '\\')
        g_string_append_printf (json, "\\%c", *p);
      else if ((guchar) *p < 0x20)
        g_string_append_printf (json, "\\u%04x", (guchar) *p);
      else
        g_string_append_c (json, *p);
    }
  g_string_append_c (json, '"');
}
