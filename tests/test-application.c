/* Copyright 2026 The Secteurs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The application: its window, its actions and dialogs.
 */

#include "config.h"

#include <X11/Xatom.h>
#include <X11/Xlib.h>

#include "sct-application.h"
#include "sct-sector-page.h"
#include "sct-test-utils.h"

/* One application for the whole run, as a session bus only takes one;
 * each test opens its window and quits, which closes it. */
static SctApplication *the_app;

static SctApplication *
start_application (void)
{
  g_application_activate (G_APPLICATION (the_app));
  sct_test_wait_until_idle ();

  return the_app;
}

static void
stop_application (SctApplication *app)
{
  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  sct_test_wait (50);
  g_assert_null (gtk_application_get_active_window (GTK_APPLICATION (app)));
}

static void
test_window_title (void)
{
  SctApplication *app = start_application ();
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  g_assert_true (SCT_IS_WINDOW (window));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window)));
  g_assert_cmpstr (gtk_window_get_title (window), ==, "Secteurs");
  g_assert_cmpuint (g_list_model_get_n_items (sct_dataset_get_sectors (sct_window_get_dataset (SCT_WINDOW (window)))),
                    ==, 12);

  stop_application (app);
}

/* The size of the icon that window managers show for the window titled
 * @title: the first image of its _NET_WM_ICON, asked of the X server as a
 * window manager would. FALSE when the window has none. */
static gboolean
get_window_manager_icon (const char *title,
                         gulong     *width,
                         gulong     *height)
{
  Display *display = XOpenDisplay (NULL);
  Atom net_wm_icon;
  Window root, parent, *children = NULL;
  unsigned int n_children = 0;
  gboolean found = FALSE;

  g_assert_nonnull (display);
  net_wm_icon = XInternAtom (display, "_NET_WM_ICON", False);
  XQueryTree (display, DefaultRootWindow (display), &root, &parent, &children, &n_children);
  for (unsigned int i = 0; i < n_children && !found; i++)
    {
      char *name = NULL;
      Atom type;
      int format;
      unsigned long n_items = 0, bytes_after;
      unsigned char *data = NULL;

      if (XFetchName (display, children[i], &name) && g_strcmp0 (name, title) == 0 &&
          XGetWindowProperty (display, children[i], net_wm_icon, 0, 2, False, XA_CARDINAL,
                              &type, &format, &n_items, &bytes_after, &data) == Success &&
          n_items == 2)
        {
          *width = ((unsigned long *) data)[0];
          *height = ((unsigned long *) data)[1];
          found = TRUE;
        }
      g_clear_pointer (&data, XFree);
      g_clear_pointer (&name, XFree);
    }

  g_clear_pointer (&children, XFree);
  XCloseDisplay (display);

  return found;
}

/* Window managers show the application's icon for its window, which the
 * first window sets once it is mapped, for itself and those after. */
static void
test_window_icon (void)
{
  for (guint i = 0; i < 2; i++)
    {
      SctApplication *app = start_application ();
      gulong width = 0, height = 0;

      g_assert_true (get_window_manager_icon ("Secteurs", &width, &height));
      g_assert_cmpuint (width, ==, 48);
      g_assert_cmpuint (height, ==, 48);

      stop_application (app);
      g_assert_false (get_window_manager_icon ("Secteurs", &width, &height));
    }
}

static void
test_about (void)
{
  SctApplication *app = start_application ();
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));
  AdwDialog *dialog;

  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
  sct_test_wait_until_idle ();

  dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window));
  g_assert_true (ADW_IS_ABOUT_DIALOG (dialog));
  g_assert_cmpstr (adw_about_dialog_get_version (ADW_ABOUT_DIALOG (dialog)), ==, PACKAGE_VERSION);
  g_assert_cmpstr (adw_about_dialog_get_application_name (ADW_ABOUT_DIALOG (dialog)), ==, "Secteurs");
  g_assert_cmpint (adw_about_dialog_get_license_type (ADW_ABOUT_DIALOG (dialog)), ==, GTK_LICENSE_GPL_3_0);

  adw_dialog_force_close (dialog);
  stop_application (app);
}

static void
test_shortcuts (void)
{
  SctApplication *app = start_application ();
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));
  AdwDialog *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-shortcuts", NULL));
  sct_test_wait_until_idle ();

  dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window));
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_dialog_get_title (dialog), ==,
                   sct_test_is_french () ? "Raccourcis clavier" : "Keyboard Shortcuts");
  /* Keys as the keyboard names them, beside what they do. */
  {
    g_autofree char *keys = gtk_accelerator_get_label (GDK_KEY_c, GDK_CONTROL_MASK | GDK_SHIFT_MASK);

    g_test_message ("Copy is shown as %s", keys);
    g_assert_nonnull (sct_test_find_label (GTK_WIDGET (dialog), keys));
  }
  g_assert_nonnull (sct_test_find_label (GTK_WIDGET (dialog),
                                         sct_test_is_french () ? "Copier l’adresse courriel du contact"
                                                               : "Copy the contact’s email address"));

  adw_dialog_force_close (dialog);
  stop_application (app);
}

/* Adds the labels of @controller's keys, as the dialog would show them;
 * with @ours_only, only those of the app's own actions (GtkWindow binds
 * keys of its own to every window). */
static void
add_shortcut_labels (GHashTable            *labels,
                     GtkShortcutController *controller,
                     gboolean               ours_only)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (controller)); i++)
    {
      g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), i);
      GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);
      GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);

      if (ours_only &&
          !(GTK_IS_NAMED_ACTION (action) &&
            (g_str_has_prefix (gtk_named_action_get_action_name (GTK_NAMED_ACTION (action)), "win.") ||
             g_str_has_prefix (gtk_named_action_get_action_name (GTK_NAMED_ACTION (action)), "app."))))
        continue;

      if (GTK_IS_KEYVAL_TRIGGER (trigger))
        g_hash_table_add (labels,
                          gtk_accelerator_get_label (gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)),
                                                     gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger))));
    }
}

/* The keys bound in @widget's tree that work from anywhere in the window:
 * the window's own, the global or managed ones of its widgets, and F10,
 * which GtkWindow gives to a primary menu button. */
static void
add_window_shortcut_labels (GHashTable *labels,
                            GtkWidget  *widget,
                            gboolean    is_root)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      if (is_root)
        add_shortcut_labels (labels, GTK_SHORTCUT_CONTROLLER (controller), TRUE);
      else if (gtk_shortcut_controller_get_scope (GTK_SHORTCUT_CONTROLLER (controller)) != GTK_SHORTCUT_SCOPE_LOCAL)
        add_shortcut_labels (labels, GTK_SHORTCUT_CONTROLLER (controller), FALSE);
    }

  if (GTK_IS_MENU_BUTTON (widget) && gtk_menu_button_get_primary (GTK_MENU_BUTTON (widget)))
    g_hash_table_add (labels, gtk_accelerator_get_label (GDK_KEY_F10, 0));

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    add_window_shortcut_labels (labels, child, FALSE);
}

/* The keys the dialog shows: the dimmed labels beside each title. */
static void
add_dialog_key_labels (GHashTable *labels,
                       GtkWidget  *widget)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, "dimmed") &&
      *gtk_label_get_label (GTK_LABEL (widget)) != '\0')
    g_hash_table_add (labels, g_strdup (gtk_label_get_label (GTK_LABEL (widget))));

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    add_dialog_key_labels (labels, child);
}

/* The dialog lists every key the app binds, and only those. */
static void
test_shortcuts_complete (void)
{
  SctApplication *app = start_application ();
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));
  g_autoptr(GHashTable) installed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) listed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_auto(GStrv) actions = gtk_application_list_action_descriptions (GTK_APPLICATION (app));
  /* The sector list's own keys, which GtkListView binds for every list. */
  const char *list_keys[] = { "Up", "Down", "Return" };
  GHashTableIter iter;
  const char *label;
  AdwDialog *dialog;

  add_window_shortcut_labels (installed, GTK_WIDGET (window), TRUE);
  for (guint i = 0; actions[i] != NULL; i++)
    {
      g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), actions[i]);

      for (guint j = 0; accels[j] != NULL; j++)
        {
          GdkModifierType modifiers;
          guint key;

          g_assert_true (gtk_accelerator_parse (accels[j], &key, &modifiers));
          g_hash_table_add (installed, gtk_accelerator_get_label (key, modifiers));
        }
    }

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-shortcuts", NULL));
  sct_test_wait_until_idle ();
  dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window));
  add_dialog_key_labels (listed, GTK_WIDGET (dialog));

  g_hash_table_iter_init (&iter, installed);
  while (g_hash_table_iter_next (&iter, (gpointer *) &label, NULL))
    if (!g_hash_table_contains (listed, label))
      g_error ("%s is bound but not in the shortcuts dialog", label);

  for (guint i = 0; i < G_N_ELEMENTS (list_keys); i++)
    {
      g_autofree char *list_label = NULL;
      GdkModifierType modifiers;
      guint key;

      g_assert_true (gtk_accelerator_parse (list_keys[i], &key, &modifiers));
      list_label = gtk_accelerator_get_label (key, modifiers);
      g_hash_table_add (installed, g_steal_pointer (&list_label));
    }
  g_hash_table_iter_init (&iter, listed);
  while (g_hash_table_iter_next (&iter, (gpointer *) &label, NULL))
    if (!g_hash_table_contains (installed, label))
      g_error ("The shortcuts dialog lists %s, which nothing binds", label);

  adw_dialog_force_close (dialog);
  stop_application (app);
}

static void
test_show_sector_action (void)
{
  SctApplication *app = start_application ();
  SctWindow *window;
  GtkWidget *page;

  g_action_group_activate_action (G_ACTION_GROUP (app), "show-sector",
                                  g_variant_new_string ("services-aines"));
  sct_test_wait_until_idle ();

  window = SCT_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  page = sct_test_find_first (GTK_WIDGET (window), SCT_TYPE_SECTOR_PAGE);
  g_assert_true (gtk_widget_get_mapped (page));
  g_assert_nonnull (sct_test_find_label (page, "Maude Brossard"));

  stop_application (app);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  sct_test_init_ui (&argc, &argv);
  /* Where an installed application's icon would be */
  gtk_icon_theme_add_search_path (gtk_icon_theme_get_for_display (gdk_display_get_default ()),
                                  TEST_ICONDIR);

  the_app = sct_application_new ();
  g_application_register (G_APPLICATION (the_app), NULL, &error);
  g_assert_no_error (error);

  /* First: the first window sets the icon for those after it. */
  g_test_add_func ("/application/window-icon", test_window_icon);
  g_test_add_func ("/application/window-title", test_window_title);
  g_test_add_func ("/application/about", test_about);
  g_test_add_func ("/application/shortcuts", test_shortcuts);
  g_test_add_func ("/application/shortcuts-complete", test_shortcuts_complete);
  g_test_add_func ("/application/show-sector-action", test_show_sector_action);

  status = g_test_run ();
  g_clear_object (&the_app);

  return status;
}
