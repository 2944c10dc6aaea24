/* Copyright 2026 The Secteurs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Ways into a running Secteurs from outside: GNOME Shell's search provider
 * (a separate service, D-Bus activated) and `secteurs --sector`. The app
 * runs in this process on a private session bus.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <unistd.h>

#include "sct-application.h"
#include "sct-sector-page.h"
#include "sct-test-utils.h"

#define PROVIDER_NAME APP_ID ".SearchProvider"
#define PROVIDER_PATH "/io/github/economiesociale/Secteurs/SearchProvider"
#define PROVIDER_INTERFACE "org.gnome.Shell.SearchProvider2"

static SctApplication *app;
static GDBusConnection *bus;
/* Never freed (see main()), but reachable: LeakSanitizer does not count it. */
static GTestDBus *test_bus;

static GVariant *
call_provider (const char *method,
               GVariant   *parameters,
               const char *reply_type)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  GVariant *reply;

  /* The app answers on this thread's main loop: keep it turning. */
  g_dbus_connection_call (bus, PROVIDER_NAME, PROVIDER_PATH, PROVIDER_INTERFACE, method,
                          parameters, G_VARIANT_TYPE (reply_type), G_DBUS_CALL_FLAGS_NONE,
                          10000, NULL, sct_test_store_result_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);

  reply = g_dbus_connection_call_finish (bus, result, &error);
  g_assert_no_error (error);
  return reply;
}

static char *
search (const char * const *terms)
{
  g_autoptr(GVariant) reply = call_provider ("GetInitialResultSet",
                                             g_variant_new ("(^as)", terms), "(as)");
  g_autofree const char **results = NULL;

  g_variant_get (reply, "(^a&s)", &results);
  return g_strjoinv (" ", (char **) results);
}

static SctWindow *
get_window (void)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  g_assert_true (SCT_IS_WINDOW (window));
  return SCT_WINDOW (window);
}

static const char *
shown_sector_id (void)
{
  SctSector *sector = sct_test_shown_sector (get_window ());

  return sector != NULL ? sct_sector_get_id (sector) : NULL;
}

static void
wait_for_sector (const char *id)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_TIME_SPAN_SECOND;

  while (g_strcmp0 (shown_sector_id (), id) != 0 && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);

  g_assert_cmpstr (shown_sector_id (), ==, id);
}

static void
test_provider_results (void)
{
  g_autofree char *food = search ((const char *[]) { "alimentaire", NULL });
  g_autofree char *cqcm = search ((const char *[]) { "CQCM", NULL });
  g_autofree char *two_words = search ((const char *[]) { "economie", "PROXIMITE", NULL });
  g_autofree char *nothing = search ((const char *[]) { "zzyzx", NULL });

  /* The sector whose title matches comes first. */
  g_assert_cmpstr (food, ==, "autonomie-alimentaire-premieres-nations "
                             "poles-logistiques-alimentation production-agricole");
  g_assert_cmpstr (cqcm, ==, "matieres-residuelles numerique-collectif "
                             "poles-logistiques-alimentation production-agricole "
                             "reprise-collective services-aines");
  g_assert_cmpstr (two_words, ==, "numerique-collectif poles-logistiques-alimentation "
                                  "production-agricole services-aines");
  g_assert_cmpstr (nothing, ==, "");
}

static void
test_provider_subsearch (void)
{
  const char *previous[] = { "poles-logistiques-alimentation", "production-agricole",
                             "autonomie-alimentaire-premieres-nations", NULL };
  const char *terms[] = { "alimentaire", "lacasse", NULL };
  g_autoptr(GVariant) reply = NULL;
  g_autofree const char **results = NULL;
  g_autofree char *joined = NULL;

  reply = call_provider ("GetSubsearchResultSet", g_variant_new ("(^as^as)", previous, terms), "(as)");
  g_variant_get (reply, "(^a&s)", &results);
  joined = g_strjoinv (" ", (char **) results);
  g_assert_cmpstr (joined, ==, "poles-logistiques-alimentation production-agricole");
}

static void
test_provider_metas (void)
{
  const char *ids[] = { "production-agricole", "no-such-sector", NULL };
  g_autoptr(GVariant) reply = call_provider ("GetResultMetas", g_variant_new ("(^as)", ids), "(aa{sv})");
  g_autoptr(GVariant) metas = g_variant_get_child_value (reply, 0);
  g_autoptr(GVariant) meta = NULL;
  const char *id, *name, *description;

  /* Unknown ids are left out. */
  g_assert_cmpuint (g_variant_n_children (metas), ==, 1);
  meta = g_variant_get_child_value (metas, 0);

  g_assert_true (g_variant_lookup (meta, "id", "&s", &id));
  g_assert_cmpstr (id, ==, "production-agricole");
  g_assert_true (g_variant_lookup (meta, "name", "&s", &name));
  g_assert_cmpstr (name, ==, "Production agricole collective");
  g_assert_true (g_variant_lookup (meta, "description", "&s", &description));
  g_assert_true (g_str_has_prefix (description, "Conseil québécois de la coopération et de la mutualité (CQCM) — Autonomie alimentaire"));
  g_assert_false (g_variant_lookup (meta, "clipboardText", "&s", NULL));
}

static void
test_provider_activates_sector (void)
{
  const char *terms[] = { "aines", NULL };
  g_autoptr(GVariant) reply = NULL;

  reply = call_provider ("ActivateResult", g_variant_new ("(s^asu)", "services-aines", terms, 0), "()");
  g_assert_cmpuint (g_variant_n_children (reply), ==, 0);
  wait_for_sector ("services-aines");
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), ==, 1);
}

static void
test_provider_launches_search (void)
{
  const char *terms[] = { "Lacasse", NULL };
  g_autoptr(GVariant) reply = NULL;
  GtkEditable *entry;

  reply = call_provider ("LaunchSearch", g_variant_new ("(^asu)", terms, 0), "()");
  g_assert_cmpuint (g_variant_n_children (reply), ==, 0);
  entry = GTK_EDITABLE (sct_test_find_by_id (GTK_WIDGET (get_window ()), "search_entry"));

  {
    gint64 deadline = g_get_monotonic_time () + 10 * G_TIME_SPAN_SECOND;

    while (g_strcmp0 (gtk_editable_get_text (entry), "Lacasse") != 0 && g_get_monotonic_time () < deadline)
      g_main_context_iteration (NULL, TRUE);
  }
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "Lacasse");
  sct_test_wait_until_idle ();
  sct_test_assert_listed (get_window (), "poles-logistiques-alimentation production-agricole");
}

/* Runs the real binary, as a script or a link handler would. */
static int
run_secteurs (const char * const *arguments,
              char              **stderr_text)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;

  g_ptr_array_add (argv, (char *) SECTEURS_BINARY);
  for (guint i = 0; arguments[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) arguments[i]);
  g_ptr_array_add (argv, NULL);

  process = g_subprocess_newv ((const char * const *) argv->pdata,
                               G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE,
                               &error);
  g_assert_no_error (error);

  g_subprocess_communicate_utf8_async (process, NULL, NULL,
                                       sct_test_store_result_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);

  g_subprocess_communicate_utf8_finish (process, result, &out, stderr_text, &error);
  g_assert_no_error (error);

  return g_subprocess_get_exit_status (process);
}

static void
test_command_line_reuses_instance (void)
{
  g_autofree char *errors = NULL;

  g_assert_cmpint (run_secteurs ((const char *[]) { "--sector", "tourisme-loisirs", NULL }, &errors), ==, 0);
  wait_for_sector ("tourisme-loisirs");
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), ==, 1);

  /* An unknown id says so, and the window stays as it was. */
  g_clear_pointer (&errors, g_free);
  g_assert_cmpint (run_secteurs ((const char *[]) { "--sector", "nope", NULL }, &errors), ==, 1);
  g_assert_nonnull (strstr (errors, "nope"));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (get_window ())));
  g_assert_cmpstr (shown_sector_id (), ==, "tourisme-loisirs");
}

static void
test_command_line_data (void)
{
  g_autofree char *bad = NULL;
  g_autofree char *good = g_test_build_filename (G_TEST_DIST, "..", "data", "sectors.json", NULL);
  g_autofree char *errors = NULL;
  g_autoptr(GError) error = NULL;
  GtkStack *stack = GTK_STACK (sct_test_find_by_id (GTK_WIDGET (get_window ()), "main_stack"));
  const char *expected = "field “contact.email”: “pas une adresse” is not a valid email address";
  int fd;

  fd = g_file_open_tmp ("secteurs-bad-XXXXXX.json", &bad, &error);
  g_assert_no_error (error);
  close (fd);
  g_file_set_contents (bad,
                       "{\"format_version\": 1, \"programme\": {\"title\": \"T\", \"introduction\": \"I\", "
                       "\"information\": {\"heading\": \"H\", \"name\": \"N\", \"street\": \"S\", "
                       "\"locality\": \"L\", \"postal_code\": \"P\", \"phone\": \"1\", \"toll_free\": \"2\", "
                       "\"email\": \"a@b.ca\"}}, \"issues\": [{\"id\": \"i\", \"label\": \"I\"}], "
                       "\"organisations\": [{\"id\": \"o\", \"name\": \"O\"}], \"sectors\": [{\"id\": \"s\", "
                       "\"title\": \"S\", \"project\": null, \"issues\": [{\"issue\": \"i\", \"text\": \"I\"}], "
                       "\"description\": [{\"type\": \"paragraph\", \"text\": \"D\"}], "
                       "\"lead\": {\"organisation\": \"o\", \"text\": \"O\"}, "
                       "\"partners\": [{\"organisation\": \"o\", \"text\": \"O\"}], "
                       "\"contact\": {\"name\": \"C\", \"email\": \"pas une adresse\"}}]}",
                       -1, &error);
  g_assert_no_error (error);

  /* A bad file: the reason on stderr and in the window, and a failure. */
  g_assert_cmpint (run_secteurs ((const char *[]) { "--data", bad, NULL }, &errors), ==, 1);
  g_assert_nonnull (strstr (errors, expected));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "error");
  {
    GtkWidget *page = sct_test_find_status_page (get_window (), "error");
    g_autofree char *message = g_strdup_printf ("Sector 1 (“s”), %s", expected);

    g_assert_nonnull (sct_test_find_label (page, message));
  }

  /* A good one brings the sectors back, in the same window. */
  g_clear_pointer (&errors, g_free);
  g_assert_cmpint (run_secteurs ((const char *[]) { "--data", good, "--sector", "insertion-emploi", NULL }, &errors), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "browser");
  wait_for_sector ("insertion-emploi");
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), ==, 1);

  g_unlink (bad);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *display = g_strdup (g_getenv ("DISPLAY"));
  int status;

  /* The private bus comes first: GTK and the app keep the first one they
   * see. GTestDBus unsets DISPLAY, which the window needs. */
  test_bus = g_test_dbus_new (G_TEST_DBUS_NONE);
  g_test_dbus_add_service_dir (test_bus, TEST_SERVICES_DIR);
  g_test_dbus_up (test_bus);
  g_setenv ("DISPLAY", display, TRUE);

  sct_test_init_ui (&argc, &argv);

  bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, &error);
  g_assert_no_error (error);

  app = sct_application_new ();
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  g_application_activate (G_APPLICATION (app));
  sct_test_wait_until_idle ();

  g_test_add_func ("/deep-links/provider-results", test_provider_results);
  g_test_add_func ("/deep-links/provider-subsearch", test_provider_subsearch);
  g_test_add_func ("/deep-links/provider-metas", test_provider_metas);
  g_test_add_func ("/deep-links/provider-activates-sector", test_provider_activates_sector);
  g_test_add_func ("/deep-links/provider-launches-search", test_provider_launches_search);
  g_test_add_func ("/deep-links/command-line-reuses-instance", test_command_line_reuses_instance);
  g_test_add_func ("/deep-links/command-line-data", test_command_line_data);

  status = g_test_run ();

  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  sct_test_wait (50);
  g_clear_object (&app);
  g_clear_object (&bus);
  /* GTK keeps the session bus to the end: stop the daemon without waiting
   * for the connection to be finalized, as g_test_dbus_down() and so
   * unreffing test_bus would. */
  g_test_dbus_stop (test_bus);

  return status;
}
