/* Copyright 2026 The Secteurs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs a fuzz target over files, for builds without libFuzzer: each file
 * named, and each file of each directory named, is one input. This makes
 * the corpus a regression test of every build. (GLib's fuzzing/driver.c
 * does the same for one file.)
 */

#include <stdlib.h>

#include "fuzz-target.h"

static guint n_inputs;

static void
run_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree unsigned char *copy = NULL;
  gsize length;

  if (!g_file_get_contents (path, &contents, &length, &error))
    g_error ("%s", error->message);

  /* The target sees exactly the file's bytes, without the NUL that
   * g_file_get_contents() adds, so that a sanitizer catches any read past
   * their end, as under libFuzzer. */
  copy = g_memdup2 (contents, length);

  g_printerr ("%s\n", path);
  LLVMFuzzerTestOneInput (copy, length);
  n_inputs++;
}

static void
run_path (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) names = NULL;
  const char *name;

  if (!g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      run_file (path);
      return;
    }

  dir = g_dir_open (path, 0, &error);
  if (dir == NULL)
    g_error ("%s", error->message);

  /* In a fixed order, so that a failure is reproducible from the log. */
  names = g_ptr_array_new_with_free_func (g_free);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (name[0] != '.')
      g_ptr_array_add (names, g_build_filename (path, name, NULL));
  g_ptr_array_sort_values (names, (GCompareFunc) g_strcmp0);

  for (guint i = 0; i < names->len; i++)
    run_path (g_ptr_array_index (names, i));
}

int
main (int   argc,
      char *argv[])
{
  if (argc < 2)
    {
      g_printerr ("Usage: %s FILE-OR-DIRECTORY…\n", argv[0]);
      return EXIT_FAILURE;
    }

  for (int i = 1; i < argc; i++)
    run_path (argv[i]);

  g_print ("%u inputs run\n", n_inputs);
  return n_inputs > 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
