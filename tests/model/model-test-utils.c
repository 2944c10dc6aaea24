/* Copyright 2026 The Secteurs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Datasets the model tests make in memory.
 */

#include <string.h>

#include "model-test-utils.h"

/* tests/data/good/minimal.json: one sector, one issue, two organisations. */
GString *
model_test_read_minimal (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "good", "minimal.json", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);

  return g_string_new_take (g_steal_pointer (&text));
}

/* @n_sectors small sectors, « Secteur 1 » and on, after the minimal
 * dataset's indexes, where sector @bad_email (from 1, or 0) has an invalid
 * email and sector @duplicate repeats the first sector's id. */
GString *
model_test_many_sectors (guint n_sectors,
                         guint bad_email,
                         guint duplicate)
{
  GString *text = model_test_read_minimal ();

  g_string_truncate (text, strstr (text->str, "\"sectors\"") - text->str);
  g_string_append (text, "\"sectors\": [");
  for (guint i = 1; i <= n_sectors; i++)
    g_string_append_printf (text,
                            "%s{\"id\": \"s-%u\", \"title\": \"Secteur %u\", \"project\": null, "
                            "\"issues\": [{\"issue\": \"penurie-main-doeuvre\", \"text\": \"P\"}], "
                            "\"description\": [{\"type\": \"paragraph\", \"text\": \"D\"}], "
                            "\"lead\": {\"organisation\": \"chantier\", \"text\": \"C\"}, "
                            "\"partners\": [{\"organisation\": \"cqcm\", \"text\": \"Q\"}], "
                            "\"contact\": {\"name\": \"N\", \"email\": \"%s\"}}\n",
                            i > 1 ? "," : "", i == duplicate ? 1 : i, i,
                            i == bad_email ? "n@example" : "n@example.org");
  g_string_append (text, "]}\n");

  return text;
}

SctDataset *
model_test_load_string (const char  *text,
                        gsize        length,
                        GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (text, length);

  return sct_dataset_new_from_bytes (bytes, error);
}
