/* Copyright 2026 The Secteurs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Renders the main window to a PNG file, for the README, the metainfo and
 * for looking at the app. build-aux/screenshots runs it in each setting.
 */

#include "config.h"

#include "sct-test-utils.h"

static char *output;
static int width = 1200;
static int height = 760;
static gboolean dark;
static char *sector;
static char **issues;
static char *search;
static gboolean loading;
static double text_scale = 1.0;

static const GOptionEntry entries[] = {
  { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, "PNG file to write", "FILE" },
  { "width", 0, 0, G_OPTION_ARG_INT, &width, "Window width", "PIXELS" },
  { "height", 0, 0, G_OPTION_ARG_INT, &height, "Window height", "PIXELS" },
  { "dark", 0, 0, G_OPTION_ARG_NONE, &dark, "Use the dark style", NULL },
  { "sector", 0, 0, G_OPTION_ARG_STRING, &sector, "Show this sector", "ID" },
  { "issue", 0, 0, G_OPTION_ARG_STRING_ARRAY, &issues, "Select this issue", "ID" },
  { "search", 0, 0, G_OPTION_ARG_STRING, &search, "Search for this", "TEXT" },
  { "loading", 0, 0, G_OPTION_ARG_NONE, &loading, "Show the window as sectors load", NULL },
  { "text-scale", 0, 0, G_OPTION_ARG_DOUBLE, &text_scale, "Scale text as the Large Text setting does", "FACTOR" },
  { NULL }
};

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new ("- render the main window");
  g_autoptr(GError) error = NULL;
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GtkSnapshot *snapshot;
  SctWindow *window;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || output == NULL)
    {
      g_printerr ("%s\n", error != NULL ? error->message : "--output is required");
      return 1;
    }

  sct_test_init_ui (&argc, &argv);

  /* What GNOME's text scaling sets, in 1/1024 of a dot per inch. */
  g_object_set (gtk_settings_get_default (), "gtk-xft-dpi", (int) (text_scale * 96 * 1024), NULL);
  if (dark)
    adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);

  window = sct_test_window_new (width, height);

  for (guint i = 0; issues != NULL && issues[i] != NULL; i++)
    gtk_widget_activate (sct_test_find_issue_chip (window, issues[i]));
  if (search != NULL)
    sct_window_search (window, search);
  if (sector != NULL && !sct_window_show_sector (window, sector))
    return 1;
  if (loading)
    sct_window_show_loading (window);

  /* Let transitions end before the picture is taken. */
  sct_test_wait (800);

  width = gtk_widget_get_width (GTK_WIDGET (window));
  height = gtk_widget_get_height (GTK_WIDGET (window));
  paintable = gtk_widget_paintable_new (GTK_WIDGET (window));
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));

  if (!gdk_texture_save_to_png (texture, output))
    {
      g_printerr ("Could not write %s\n", output);
      return 1;
    }

  sct_test_window_free (window);
  return 0;
}
