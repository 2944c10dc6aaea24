/* Copyright 2026 The Secteurs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every way a --data file can fail, one file per error code: the window's
 * error page shows the loader's message exactly, in the user's language,
 * and `secteurs --check-data FILE` exits non-zero with the same message.
 */

#include "config.h"

#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "sct-test-utils.h"

typedef struct {
  SctDatasetError code;
  char *path;
} Case;

static char *tmp_dir;
static GPtrArray *cases;

static void
case_free (Case *self)
{
  g_free (self->path);
  g_free (self);
}

static void
add_case (SctDatasetError  code,
          char            *path)
{
  Case *self = g_new0 (Case, 1);

  self->code = code;
  self->path = path;
  g_ptr_array_add (cases, self);
}

static char *
bad (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "bad", name, NULL);
}

/* What the files under tests/data cannot be: too large, too long, or
 * named with markup. */
static void
make_cases (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *minimal_path = g_test_build_filename (G_TEST_DIST, "data", "good", "minimal.json", NULL);
  g_autofree char *minimal = NULL;
  g_autofree char *long_title = NULL;
  g_autofree char *too_long = NULL;
  g_autoptr(GString) edited = NULL;
  char *large = g_build_filename (tmp_dir, "large.json", NULL);
  char *long_path = g_build_filename (tmp_dir, "long-title.json", NULL);
  int fd;

  cases = g_ptr_array_new_with_free_func ((GDestroyNotify) case_free);

  add_case (SCT_DATASET_ERROR_READ, g_build_filename (tmp_dir, "R&D <b>not</b> here.json", NULL));
  add_case (SCT_DATASET_ERROR_READ, g_strdup (tmp_dir));

  /* Sparse: it takes no room, and the loader refuses it before reading. */
  fd = g_open (large, O_WRONLY | O_CREAT | O_TRUNC, 0600);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (ftruncate (fd, (off_t) SCT_DATASET_MAX_SIZE + 1), ==, 0);
  g_assert_true (g_close (fd, NULL));
  add_case (SCT_DATASET_ERROR_TOO_LARGE, large);

  add_case (SCT_DATASET_ERROR_EMPTY, bad ("empty.json"));
  add_case (SCT_DATASET_ERROR_ENCODING, bad ("invalid-utf8.json"));
  add_case (SCT_DATASET_ERROR_NESTING, bad ("nesting.json"));
  add_case (SCT_DATASET_ERROR_DUPLICATE_KEY, bad ("duplicate-key.json"));
  add_case (SCT_DATASET_ERROR_SYNTAX, bad ("trailing-comma.json"));
  /* json-glib's message there quotes a cut character. */
  add_case (SCT_DATASET_ERROR_SYNTAX,
            g_test_build_filename (G_TEST_DIST, "fuzzing", "corpus", "dataset",
                                   "json-glib-cuts-a-character.json", NULL));
  add_case (SCT_DATASET_ERROR_VERSION, bad ("format-version-2.json"));
  add_case (SCT_DATASET_ERROR_TYPE, bad ("wrong-type-title.json"));
  add_case (SCT_DATASET_ERROR_MISSING_FIELD, bad ("missing-contact.json"));
  add_case (SCT_DATASET_ERROR_UNKNOWN_FIELD, bad ("unknown-field.json"));
  add_case (SCT_DATASET_ERROR_EMPTY_VALUE, bad ("empty-title.json"));

  g_file_get_contents (minimal_path, &minimal, NULL, &error);
  g_assert_no_error (error);
  edited = g_string_new (minimal);
  long_title = g_strnfill (4097, 'x');
  too_long = g_strdup_printf ("\"title\": \"%s\"", long_title);
  g_assert_cmpuint (g_string_replace (edited, "\"title\": \"Insertion en emploi\"", too_long, 1), ==, 1);
  g_file_set_contents (long_path, edited->str, edited->len, &error);
  g_assert_no_error (error);
  add_case (SCT_DATASET_ERROR_TOO_LONG, long_path);

  add_case (SCT_DATASET_ERROR_INVALID_ID, bad ("bad-id-uppercase.json"));
  add_case (SCT_DATASET_ERROR_DUPLICATE_ID, bad ("duplicate-sector-id.json"));
  add_case (SCT_DATASET_ERROR_REFERENCE, bad ("dangling-issue.json"));
  add_case (SCT_DATASET_ERROR_EMAIL, bad ("bad-email-no-at.json"));
}

static GError *
load (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(SctDataset) dataset = NULL;
  GError *error = NULL;

  dataset = sct_dataset_new_from_file (file, &error);
  g_assert_null (dataset);
  g_assert_nonnull (error);

  return error;
}

static void
test_every_code_has_a_case (void)
{
  for (int code = SCT_DATASET_ERROR_READ; code <= SCT_DATASET_ERROR_EMAIL; code++)
    {
      gboolean found = FALSE;

      for (guint i = 0; i < cases->len; i++)
        found |= ((Case *) g_ptr_array_index (cases, i))->code == (SctDatasetError) code;

      g_assert_true (found);
    }
}

static void
test_error_page (gconstpointer data)
{
  const Case *self = data;
  g_autoptr(GError) error = load (self->path);
  SctWindow *window = sct_window_new (NULL);
  GtkWidget *page;
  GtkWidget *label;

  g_assert_error (error, SCT_DATASET_ERROR, (int) self->code);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));

  sct_window_show_error (window, error);
  gtk_window_set_default_size (GTK_WINDOW (window), 800, 600);
  gtk_window_present (GTK_WINDOW (window));
  sct_test_wait_until_idle ();

  page = sct_test_find_status_page (window, "error");
  g_assert_true (gtk_widget_get_mapped (page));
  g_assert_cmpstr (adw_status_page_get_title (ADW_STATUS_PAGE (page)), ==, _("Could Not Load the Sectors"));

  /* The message as the loader wrote it: markup in a file name, quotes,
   * line numbers and all. */
  label = sct_test_find_label (page, error->message);
  g_assert_nonnull (label);
  g_assert_true (gtk_widget_get_mapped (label));

  sct_test_window_free (window);
}

/* For a message that quotes GLib's or json-glib's, the loader's words
 * before it. */
static char *
own_words_before_library_message (const Case *self)
{
  g_autoptr(GFile) file = g_file_new_for_path (self->path);
  g_autofree char *name = g_file_get_parse_name (file);

  switch ((int) self->code)
    {
    case SCT_DATASET_ERROR_READ:
      return g_strdup_printf (_("Could not read “%s”: %s"), name, "");

    case SCT_DATASET_ERROR_SYNTAX:
      return g_strdup_printf (_("The file is not valid JSON: %s"), "");

    default:
      return NULL;
    }
}

static void
test_check_data (gconstpointer data)
{
  const Case *self = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) spawn_error = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *own_words = NULL;
  g_autofree char *start = NULL;
  const char *argv[] = { SECTEURS_BINARY, "--check-data", self->path, NULL };
  int status;

  /* The program looks for its translations where it is installed, not in
   * the build tree: expect what it says with what is there, if anything
   * (build-aux/dev run installs into the build directory). */
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  error = load (self->path);
  expected = g_strdup_printf (_("%s: %s\n"), self->path, error->message);
  own_words = own_words_before_library_message (self);
  if (own_words != NULL)
    {
      start = g_strdup_printf (_("%s: %s\n"), self->path, own_words);
      start[strlen (start) - 1] = '\0';
    }
  bindtextdomain (GETTEXT_PACKAGE, TEST_LOCALEDIR);

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status,
                &spawn_error);
  g_assert_no_error (spawn_error);

  g_assert_false (g_spawn_check_wait_status (status, NULL));
  g_assert_cmpstr (out, ==, "");

  /* GLib and json-glib translate their messages (why a file could not be
   * read or parsed) only for programs that are translated themselves,
   * which the uninstalled program is not: in French, such a message is in
   * English in the child and in French here. The loader's own words
   * around it must still be the same. */
  if (own_words != NULL && !g_str_equal (err, expected))
    {
      g_assert_true (g_str_has_prefix (err, start));
      g_assert_true (strchr (err, '\n') == err + strlen (err) - 1);
      g_test_message ("Compared up to the library's message: %s", err);
      return;
    }

  g_assert_cmpstr (err, ==, expected);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  sct_test_init_ui (&argc, &argv);
  tmp_dir = g_dir_make_tmp ("secteurs-error-pages-XXXXXX", NULL);
  g_assert_nonnull (tmp_dir);
  make_cases ();

  g_test_add_func ("/error-pages/every-code", test_every_code_has_a_case);
  for (guint i = 0; i < cases->len; i++)
    {
      const Case *self = g_ptr_array_index (cases, i);
      g_autofree char *name = g_strcanon (g_path_get_basename (self->path),
                                          "abcdefghijklmnopqrstuvwxyz0123456789-.", '-');
      g_autofree char *page_path = g_strdup_printf ("/error-pages/page/%u-%s", i, name);
      g_autofree char *check_path = g_strdup_printf ("/error-pages/check-data/%u-%s", i, name);

      g_test_add_data_func (page_path, self, test_error_page);
      g_test_add_data_func (check_path, self, test_check_data);
    }

  status = g_test_run ();

  for (guint i = 0; i < cases->len; i++)
    {
      const Case *self = g_ptr_array_index (cases, i);

      if (g_str_has_prefix (self->path, tmp_dir) && !g_str_equal (self->path, tmp_dir))
        g_unlink (self->path);
    }
  g_rmdir (tmp_dir);
  g_ptr_array_unref (cases);
  g_free (tmp_dir);

  return status;
}
