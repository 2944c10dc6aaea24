/* Copyright 2026 The Secteurs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Times what a user waits for in the real window. First the load, as
 * `secteurs --data FILE` does it: the window is up with its spinner while
 * a worker thread loads the file, then the main thread fills the window
 * over a few frames; a 1 ms heartbeat on the main loop gives the longest
 * stall meanwhile. The file is loaded --loads times, in place of itself.
 * Then a chip toggled, a key typed in the search, the filters cleared,
 * each measured as the model update (the call that changes the query
 * returns; the list's models and every chip's count are updated by then)
 * plus the next frame (from its "before-paint" to its "after-paint": the
 * list's re-layout and drawing).
 * Prints one JSON object on one line; bench/run makes the table from it.
 *
 * Usage: bench-filter [--runs N] [--loads N] FILE
 * Run under an X server (bench/run starts Xvfb), with GSK_RENDERER=cairo.
 */

#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>

#include "bench-common.h"
#include "sct-issue-chip.h"
#include "sct-window.h"

/* Long enough for GtkSearchEntry's delay (100 ms) to pass between steps. */
#define SETTLE_MS 200
#define FRAME_TIMEOUT_MS 5000

typedef struct {
  GArray *update;   /* ms until the call returns */
  GArray *frame;    /* ms from the next frame's before-paint to its after-paint */
  GArray *total;    /* update + frame: what the goals bound */
  GArray *latency;  /* ms from the call to that after-paint, frame clock waits included */
  guint n_missed;   /* steps after which no frame came */
  guint listed;     /* sectors listed after the last step */
} Step;

typedef struct {
  SctWindow *window;
  SctQuery *query;
  GtkWidget *chip;
  GtkListView *list;
  GtkWidget *entry;
  GdkFrameClock *clock;
  gboolean armed;
  gint64 before_paint;
  gint64 after_paint;

  /* The load */
  SctDataset *dataset;
  GError *error;
  gint64 loaded;
  gint64 filled;
  gboolean watching_stalls;
  gint64 last_beat;
  gint64 longest_stall;
  gint64 last_paint;
  gint64 longest_frame_gap;
} Bench;

/* Samples of loads of the file, one each */
typedef struct {
  GArray *load;          /* ms from the call to its callback: the worker's part */
  GArray *set_dataset;   /* ms in sct_window_set_dataset() */
  GArray *drawn;         /* ms from then until the window has drawn all of it */
  GArray *stall;         /* longest ms the main loop did not turn, meanwhile */
  GArray *frame_gap;     /* longest ms between two frames, meanwhile */
} Loads;

typedef void (*StepFunc) (Bench *bench, gconstpointer data);

static Step *
step_new (void)
{
  Step *step = g_new0 (Step, 1);

  step->update = g_array_new (FALSE, FALSE, sizeof (double));
  step->frame = g_array_new (FALSE, FALSE, sizeof (double));
  step->total = g_array_new (FALSE, FALSE, sizeof (double));
  step->latency = g_array_new (FALSE, FALSE, sizeof (double));

  return step;
}

static void
step_free (Step *step)
{
  g_array_unref (step->update);
  g_array_unref (step->frame);
  g_array_unref (step->total);
  g_array_unref (step->latency);
  g_free (step);
}

static gboolean
timeout_cb (gpointer user_data)
{
  gboolean *expired = user_data;

  *expired = TRUE;
  return G_SOURCE_REMOVE;
}

static void
wait_ms (guint milliseconds)
{
  gboolean expired = FALSE;

  g_timeout_add (milliseconds, timeout_cb, &expired);
  while (!expired)
    g_main_context_iteration (NULL, TRUE);
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

static void
before_paint_cb (GdkFrameClock *clock,
                 Bench         *bench)
{
  if (bench->armed && bench->before_paint == 0)
    bench->before_paint = g_get_monotonic_time ();
}

static void
after_paint_cb (GdkFrameClock *clock,
                Bench         *bench)
{
  gint64 now = g_get_monotonic_time ();

  if (bench->armed && bench->before_paint != 0 && bench->after_paint == 0)
    bench->after_paint = now;

  if (bench->watching_stalls && bench->last_paint != 0)
    bench->longest_frame_gap = MAX (bench->longest_frame_gap, now - bench->last_paint);
  bench->last_paint = now;
}

/* Runs every millisecond unless the main thread is busy: the longest gap
 * between two beats is the longest the window could not respond. */
static gboolean
heartbeat_cb (gpointer user_data)
{
  Bench *bench = user_data;
  gint64 now = g_get_monotonic_time ();

  if (bench->watching_stalls && bench->last_beat != 0)
    bench->longest_stall = MAX (bench->longest_stall, now - bench->last_beat);
  bench->last_beat = now;

  return G_SOURCE_CONTINUE;
}

static void
loaded_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  Bench *bench = user_data;

  bench->loaded = g_get_monotonic_time ();
  bench->dataset = sct_dataset_load_file_finish (result, &bench->error);
  if (bench->dataset != NULL)
    sct_window_set_dataset (bench->window, bench->dataset);
  bench->filled = g_get_monotonic_time ();
}

/* Waits for the first frame that starts from now on; FALSE if none comes. */
static gboolean
wait_for_frame (Bench *bench)
{
  gboolean expired = FALSE;
  guint timeout_id = g_timeout_add (FRAME_TIMEOUT_MS, timeout_cb, &expired);

  while (bench->after_paint == 0 && !expired)
    g_main_context_iteration (NULL, TRUE);

  if (!expired)
    g_source_remove (timeout_id);

  return bench->after_paint != 0;
}

static guint
count_listed (Bench *bench)
{
  return g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (bench->list)));
}

/* Finds a widget by its id in the window's template. */
static GtkWidget *
find_by_id (GtkWidget  *widget,
            const char *id)
{
  if (g_strcmp0 (gtk_buildable_get_buildable_id (GTK_BUILDABLE (widget)), id) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_by_id (child, id);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
measure (Bench         *bench,
         Step          *step,
         StepFunc       func,
         gconstpointer  data)
{
  gint64 start, returned;
  double update, frame;

  bench->before_paint = 0;
  bench->after_paint = 0;
  bench->armed = TRUE;

  start = g_get_monotonic_time ();
  func (bench, data);
  returned = g_get_monotonic_time ();

  update = (returned - start) / 1000.0;
  g_array_append_val (step->update, update);

  if (wait_for_frame (bench))
    {
      double total, latency;

      frame = (bench->after_paint - bench->before_paint) / 1000.0;
      total = update + frame;
      latency = (bench->after_paint - start) / 1000.0;
      g_array_append_val (step->frame, frame);
      g_array_append_val (step->total, total);
      g_array_append_val (step->latency, latency);
    }
  else
    {
      /* Nothing to redraw: the update is all there was. */
      step->n_missed++;
      g_array_append_val (step->total, update);
    }

  bench->armed = FALSE;
  step->listed = count_listed (bench);
  wait_ms (SETTLE_MS);
}

static void
toggle_chip (Bench         *bench,
             gconstpointer  data)
{
  /* What releasing the mouse button on the chip does. gtk_widget_activate()
   * would only start the button's 250 ms pressed look, then click. */
  g_signal_emit_by_name (bench->chip, "clicked");
}

/* Types @data at the end of the search entry, or deletes its last
 * character if @data is NULL, as a key press does. */
static void
type_key (Bench         *bench,
          gconstpointer  data)
{
  GtkEditable *editable = GTK_EDITABLE (bench->entry);
  int length = g_utf8_strlen (gtk_editable_get_text (editable), -1);

  if (data != NULL)
    gtk_editable_insert_text (editable, data, -1, &length);
  else
    gtk_editable_delete_text (editable, length - 1, length);

  /* The entry waits 100 ms after a key before it reports the change: a
   * choice of the UI, not a cost, so it is skipped. */
  g_signal_emit_by_name (bench->entry, "search-changed");
}

static void
clear_filters (Bench         *bench,
               gconstpointer  data)
{
  gtk_widget_activate_action (GTK_WIDGET (bench->window), "win.clear-filters", NULL);
}

/* The cost of every chip's count alone, as each query change pays it: on
 * a query of its own, asking what the window's asks, whose counts no chip
 * has asked for yet. */
static double
time_recount (Bench      *bench,
              GListModel *sectors)
{
  GListModel *issues = sct_dataset_get_issues (bench->dataset);
  g_autoptr(SctQuery) query = g_object_new (SCT_TYPE_QUERY, NULL);
  gint64 start;
  guint sum = 0;

  sct_query_set_sectors (query, sectors);
  sct_query_set_match_mode (query, sct_query_get_match_mode (bench->query));
  sct_query_set_search_text (query, sct_query_get_search_text (bench->query));
  sct_query_set_organisation (query, sct_query_get_organisation (bench->query));
  for (guint i = 0; i < g_list_model_get_n_items (issues); i++)
    {
      g_autoptr(SctIssue) issue = g_list_model_get_item (issues, i);

      sct_query_set_issue_active (query, issue, sct_query_get_issue_active (bench->query, issue));
    }

  start = g_get_monotonic_time ();
  for (guint i = 0; i < g_list_model_get_n_items (issues); i++)
    {
      g_autoptr(SctIssue) issue = g_list_model_get_item (issues, i);

      sum += sct_query_count_with_issue (query, sectors, issue);
    }

  g_assert_cmpuint (sum, <, G_MAXUINT);
  return (g_get_monotonic_time () - start) / 1000.0;
}

static void
append_step (GString    *json,
             const char *name,
             Step       *step)
{
  g_string_append_printf (json, "\"%s\": {\"listed\": %u, \"missed_frames\": %u, \"update_ms\": ",
                          name, step->listed, step->n_missed);
  bench_append_samples (json, step->update);
  g_string_append (json, ", \"frame_ms\": ");
  bench_append_samples (json, step->frame);
  g_string_append (json, ", \"total_ms\": ");
  bench_append_samples (json, step->total);
  g_string_append (json, ", \"latency_ms\": ");
  bench_append_samples (json, step->latency);
  g_string_append (json, "}");
}

static const char * const keys[] = { "c", "o", "o", "p", NULL };

/* Loads @file in the window as `secteurs --data` does, and adds how long
 * each part took, until the window has drawn all the sectors, to @loads. */
static gboolean
time_load (Bench *bench,
           GFile *file,
           Loads *loads)
{
  guint heartbeat_id;
  gint64 start, shown;
  double sample;

  bench->loaded = bench->filled = 0;
  bench->longest_stall = bench->longest_frame_gap = 0;

  /* Below the frame clock's priority, or it would starve the frames. */
  heartbeat_id = g_timeout_add_full (G_PRIORITY_DEFAULT_IDLE, 1, heartbeat_cb, bench, NULL);
  start = g_get_monotonic_time ();
  bench->last_beat = bench->last_paint = start;
  bench->watching_stalls = TRUE;
  sct_dataset_load_file_async (file, NULL, loaded_cb, bench);
  while (bench->filled == 0)
    g_main_context_iteration (NULL, TRUE);
  if (bench->dataset == NULL)
    {
      g_source_remove (heartbeat_id);
      return FALSE;
    }

  /* The window shows a new dataset over a few frames: until the last. */
  while (sct_window_get_loading (bench->window))
    g_main_context_iteration (NULL, TRUE);
  bench->before_paint = bench->after_paint = 0;
  bench->armed = TRUE;
  if (!wait_for_frame (bench))
    g_error ("The window never drew the sectors");
  bench->armed = FALSE;
  shown = bench->after_paint;
  /* The heartbeat runs below the frames: the stall ends at its next beat. */
  while (bench->last_beat < shown)
    g_main_context_iteration (NULL, TRUE);
  bench->watching_stalls = FALSE;
  g_source_remove (heartbeat_id);

  sample = (bench->loaded - start) / 1000.0;
  g_array_append_val (loads->load, sample);
  sample = (bench->filled - bench->loaded) / 1000.0;
  g_array_append_val (loads->set_dataset, sample);
  sample = (shown - bench->filled) / 1000.0;
  g_array_append_val (loads->drawn, sample);
  sample = bench->longest_stall / 1000.0;
  g_array_append_val (loads->stall, sample);
  sample = bench->longest_frame_gap / 1000.0;
  g_array_append_val (loads->frame_gap, sample);

  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new ("FILE");
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GArray) recount = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GString) json = g_string_new (NULL);
  const char *step_names[] = { "chip-on", "chip-off", "keystroke", "backspace", "clear" };
  Step *steps[G_N_ELEMENTS (step_names)];
  Bench bench = { NULL };
  GtkWidget *chips_box;
  GListModel *sectors;
  guint n_chips = 0;
  guint64 rss, hwm;
  Loads loads = {
    .load = g_array_new (FALSE, FALSE, sizeof (double)),
    .set_dataset = g_array_new (FALSE, FALSE, sizeof (double)),
    .drawn = g_array_new (FALSE, FALSE, sizeof (double)),
    .stall = g_array_new (FALSE, FALSE, sizeof (double)),
    .frame_gap = g_array_new (FALSE, FALSE, sizeof (double)),
  };
  int runs = 5;
  int n_loads = 5;
  const GOptionEntry entries[] = {
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Rounds of every step (default 5)", "N" },
    { "loads", 0, 0, G_OPTION_ARG_INT, &n_loads, "Loads of the file (default 5)", "N" },
    { NULL }
  };

  setlocale (LC_ALL, "");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc != 2 || runs < 1 || n_loads < 1)
    {
      g_printerr ("Usage: bench-filter [--runs N] [--loads N] FILE%s%s\n",
                  error != NULL ? ": " : "", error != NULL ? error->message : "");
      return EXIT_FAILURE;
    }

  /* The goals' conditions, unless the caller says otherwise. */
  g_setenv ("GSK_RENDERER", "cairo", FALSE);
  g_setenv ("GSETTINGS_BACKEND", "memory", FALSE);
  g_setenv ("GSETTINGS_SCHEMA_DIR", BENCH_SCHEMA_DIR, FALSE);

  gtk_init ();
  adw_init ();
  /* What AdwApplication does for the app. */
  gtk_icon_theme_add_resource_path (gtk_icon_theme_get_for_display (gdk_display_get_default ()),
                                    "/io/github/economiesociale/Secteurs/icons");

  file = g_file_new_for_commandline_arg (argv[1]);
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE,
                            NULL, &error);
  if (info == NULL)
    {
      g_printerr ("%s: %s\n", argv[1], error->message);
      return EXIT_FAILURE;
    }

  /* The window is up, showing that it loads, as with --data. */
  bench.window = sct_window_new (NULL);
  bench.query = sct_window_get_query (bench.window);
  sct_window_show_loading (bench.window);
  gtk_window_present (GTK_WINDOW (bench.window));
  bench.clock = gtk_widget_get_frame_clock (GTK_WIDGET (bench.window));
  g_assert_nonnull (bench.clock);
  g_signal_connect (bench.clock, "before-paint", G_CALLBACK (before_paint_cb), &bench);
  g_signal_connect (bench.clock, "after-paint", G_CALLBACK (after_paint_cb), &bench);
  bench.armed = TRUE;
  if (!wait_for_frame (&bench))
    g_error ("The window never drew");
  bench.armed = FALSE;
  wait_ms (100);

  if (!time_load (&bench, file, &loads))
    {
      g_printerr ("%s: %s\n", argv[1], bench.error->message);
      return EXIT_FAILURE;
    }

  wait_ms (500);
  rss = bench_read_status_kib ("VmRSS");
  hwm = bench_read_status_kib ("VmHWM");

  /* More loads for the stall's median, once memory is measured: each
   * loads the file again in place of the sectors shown, as --data does
   * in a window already open. */
  for (int i = 1; i < n_loads; i++)
    {
      /* As in the app, the window alone holds the dataset. */
      g_clear_object (&bench.dataset);
      sct_window_show_loading (bench.window);
      wait_ms (100);
      if (!time_load (&bench, file, &loads))
        g_error ("%s loaded once, not twice", argv[1]);
    }

  /* The chips come most common issue first: the first is the likeliest
   * click. */
  bench.list = GTK_LIST_VIEW (find_by_id (GTK_WIDGET (bench.window), "sector_list"));
  bench.entry = find_by_id (GTK_WIDGET (bench.window), "search_entry");
  chips_box = find_by_id (GTK_WIDGET (bench.window), "chips_box");
  g_assert_nonnull (bench.list);
  g_assert_nonnull (bench.entry);
  g_assert_nonnull (chips_box);
  for (GtkWidget *child = gtk_widget_get_first_child (chips_box);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (SCT_IS_ISSUE_CHIP (child))
      n_chips++;
  bench.chip = gtk_widget_get_first_child (chips_box);
  g_assert_true (SCT_IS_ISSUE_CHIP (bench.chip));

  sectors = sct_dataset_get_sectors (bench.dataset);

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    steps[i] = step_new ();

  for (int run = 0; run < runs; run++)
    {
      double ms;

      measure (&bench, steps[0], toggle_chip, NULL);
      ms = time_recount (&bench, sectors);
      g_array_append_val (recount, ms);
      measure (&bench, steps[1], toggle_chip, NULL);

      for (guint i = 0; keys[i] != NULL; i++)
        measure (&bench, steps[2], type_key, keys[i]);
      ms = time_recount (&bench, sectors);
      g_array_append_val (recount, ms);
      measure (&bench, steps[3], type_key, NULL);
      measure (&bench, steps[4], clear_filters, NULL);
    }

  g_string_append_printf (json,
                          "{\"bench\": \"filter\", \"bytes\": %" G_GOFFSET_FORMAT
                          ", \"sectors\": %u, \"chips\": %u"
                          ", \"rss_kib\": %" G_GUINT64_FORMAT ", \"hwm_kib\": %" G_GUINT64_FORMAT,
                          g_file_info_get_size (info), g_list_model_get_n_items (sectors), n_chips,
                          rss, hwm);
  g_string_append (json, ", \"load_ms\": ");
  bench_append_samples (json, loads.load);
  g_string_append (json, ", \"set_dataset_ms\": ");
  bench_append_samples (json, loads.set_dataset);
  g_string_append (json, ", \"drawn_ms\": ");
  bench_append_samples (json, loads.drawn);
  g_string_append (json, ", \"longest_stall_ms\": ");
  bench_append_samples (json, loads.stall);
  g_string_append (json, ", \"longest_frame_gap_ms\": ");
  bench_append_samples (json, loads.frame_gap);
  g_string_append (json, ", \"recount_ms\": ");
  bench_append_samples (json, recount);
  g_string_append (json, ", \"steps\": {");
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      if (i > 0)
        g_string_append (json, ", ");
      append_step (json, step_names[i], steps[i]);
      step_free (steps[i]);
    }
  g_string_append (json, "}, \"file\": ");
  bench_append_string (json, argv[1]);
  g_string_append (json, "}\n");
  fputs (json->str, stdout);

  g_array_unref (loads.load);
  g_array_unref (loads.set_dataset);
  g_array_unref (loads.drawn);
  g_array_unref (loads.stall);
  g_array_unref (loads.frame_gap);

  gtk_window_destroy (GTK_WINDOW (bench.window));
  g_clear_object (&bench.dataset);

  return EXIT_SUCCESS;
}
