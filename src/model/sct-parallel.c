/* Copyright 2026 The Secteurs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "sct-parallel.h"

typedef struct {
  SctRangeFunc func;
  gpointer user_data;
  guint start;
  guint end;
} Range;

/* Range @index of @n_ranges equal ranges of @n_items. */
static Range
range_new (SctRangeFunc func,
           gpointer     user_data,
           guint        n_items,
           guint        index,
           guint        n_ranges)
{
  return (Range) {
    .func = func,
    .user_data = user_data,
    .start = (guint) ((guint64) n_items * index / n_ranges),
    .end = (guint) ((guint64) n_items * (index + 1) / n_ranges),
  };
}

static gpointer
run_range (gpointer data)
{
  Range *range = data;

  range->func (range->start, range->end, range->user_data);
  return NULL;
}

/**
 * sct_parallel_for:
 * @n_items: how many items there are
 * @min_items_per_thread: below this many items a thread costs more than
 *   it saves
 * @func: what to do with a range of items; it may run on any thread
 * @user_data: for @func
 *
 * Splits the items into one range per processor and calls @func on each
 * range at once, then waits for all of them: loading and searching a
 * directory of many thousand sectors is work that two cores do in about
 * half the time.
 */
void
sct_parallel_for (guint        n_items,
                  guint        min_items_per_thread,
                  SctRangeFunc func,
                  gpointer     user_data)
{
  Range ranges[SCT_PARALLEL_MAX_THREADS];
  GThread *threads[SCT_PARALLEL_MAX_THREADS] = { NULL };
  guint n_threads;

  g_return_if_fail (func != NULL);

  n_threads = CLAMP (g_get_num_processors (), 1, SCT_PARALLEL_MAX_THREADS);
  n_threads = MIN (n_threads, MAX (n_items / MAX (min_items_per_thread, 1), 1));

  for (guint i = 1; i < n_threads; i++)
    {
      ranges[i] = range_new (func, user_data, n_items, i, n_threads);
      threads[i] = g_thread_try_new ("sct-worker", run_range, &ranges[i], NULL);

      /* Where a thread cannot start, this one does its share. */
      if (threads[i] == NULL)
        run_range (&ranges[i]);
    }

  ranges[0] = range_new (func, user_data, n_items, 0, n_threads);
  run_range (&ranges[0]);

  for (guint i = 1; i < n_threads; i++)
    if (threads[i] != NULL)
      g_thread_join (threads[i]);
}
