/* Copyright 2026 The Secteurs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Times sct_dataset_new_from_bytes() (parse, validate, index) on one data
 * file, and says how much memory the loaded model keeps against the size
 * of the file. Prints one JSON object on one line; bench/run makes the
 * table from it.
 *
 * Usage: bench-loader [--runs N] FILE
 */

#include "config.h"

#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench-common.h"
#include "sct-dataset.h"

/* The bytes malloc has handed out and not had back. */
static guint64
heap_in_use_kib (void)
{
  struct mallinfo2 info = mallinfo2 ();

  return (info.uordblks + info.hblkhd) / 1024;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new ("FILE");
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GString) json = g_string_new (NULL);
  SctDataset *dataset;
  guint64 rss_before, rss_loaded, hwm_loaded, rss_trimmed, heap_before, heap_loaded;
  double first_ms;
  guint n_sectors;
  int runs = 5;
  gint64 start;
  char *contents;
  gsize length;
  const GOptionEntry entries[] = {
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Timed loads after the first (default 5)", "N" },
    { NULL }
  };

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc != 2 || runs < 1)
    {
      g_printerr ("Usage: bench-loader [--runs N] FILE%s%s\n",
                  error != NULL ? ": " : "", error != NULL ? error->message : "");
      return EXIT_FAILURE;
    }

  /* Types and the locale are set up before the baseline, as in the app. */
  g_type_ensure (SCT_TYPE_DATASET);
  file = g_file_new_for_commandline_arg (argv[1]);
  rss_before = bench_read_status_kib ("VmRSS");
  heap_before = heap_in_use_kib ();

  /* First, what the app does with --data: read the file, build the model,
   * drop the file's bytes. The model stays while memory is read. */
  start = g_get_monotonic_time ();
  dataset = sct_dataset_new_from_file (file, &error);
  first_ms = (g_get_monotonic_time () - start) / 1000.0;
  if (dataset == NULL)
    {
      g_printerr ("%s: %s\n", argv[1], error->message);
      return EXIT_FAILURE;
    }
  rss_loaded = bench_read_status_kib ("VmRSS");
  hwm_loaded = bench_read_status_kib ("VmHWM");
  /* How much of that the model uses, and how much is the parse's freed
   * memory that malloc keeps for later. */
  heap_loaded = heap_in_use_kib ();
  malloc_trim (0);
  rss_trimmed = bench_read_status_kib ("VmRSS");
  n_sectors = g_list_model_get_n_items (sct_dataset_get_sectors (dataset));
  g_object_unref (dataset);

  /* Then the loader alone, from bytes already in memory. */
  if (!g_file_load_contents (file, NULL, &contents, &length, NULL, &error))
    {
      g_printerr ("%s: %s\n", argv[1], error->message);
      return EXIT_FAILURE;
    }
  bytes = g_bytes_new_take (contents, length);

  for (int i = 0; i < runs; i++)
    {
      double ms;

      start = g_get_monotonic_time ();
      dataset = sct_dataset_new_from_bytes (bytes, &error);
      ms = (g_get_monotonic_time () - start) / 1000.0;
      g_assert_no_error (error);
      g_array_append_val (times, ms);
      g_object_unref (dataset);
    }

  g_string_append_printf (json,
                          "{\"bench\": \"load\", \"bytes\": %" G_GSIZE_FORMAT
                          ", \"sectors\": %u, \"first_load_ms\": %.3f, \"rss_before_kib\": %"
                          G_GUINT64_FORMAT ", \"rss_loaded_kib\": %" G_GUINT64_FORMAT
                          ", \"hwm_loaded_kib\": %" G_GUINT64_FORMAT
                          ", \"rss_trimmed_kib\": %" G_GUINT64_FORMAT
                          ", \"heap_before_kib\": %" G_GUINT64_FORMAT
                          ", \"heap_loaded_kib\": %" G_GUINT64_FORMAT ", \"load_ms\": ",
                          length, n_sectors, first_ms, rss_before, rss_loaded, hwm_loaded,
                          rss_trimmed, heap_before, heap_loaded);
  bench_append_samples (json, times);
  g_string_append (json, ", \"file\": ");
  bench_append_string (json, argv[1]);
  g_string_append (json, "}\n");
  fputs (json->str, stdout);

  return EXIT_SUCCESS;
}
