/* Copyright 2026 The Secteurs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What other programs receive: the To: line, the mailto: link, and the
 * CSV and vCard files, compared with files written by hand from the RFCs.
 */

#include <string.h>

#include "sct-dataset.h"
#include "sct-export.h"

static SctDataset *
load_dataset (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "export", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  SctDataset *dataset;

  dataset = sct_dataset_new_from_file (file, &error);
  g_assert_no_error (error);

  return dataset;
}

static SctDataset *
load_fixture (void)
{
  return load_dataset ("fixture.json");
}

static GBytes *
load_expected (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "export", name, NULL);
  g_autoptr(GError) error = NULL;
  char *contents;
  gsize length;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);

  return g_bytes_new_take (contents, length);
}

static void
assert_bytes_equal (GBytes     *actual,
                    const char *expected_file)
{
  g_autoptr(GBytes) expected = load_expected (expected_file);
  gsize actual_length, expected_length;
  const char *actual_data = g_bytes_get_data (actual, &actual_length);
  const char *expected_data = g_bytes_get_data (expected, &expected_length);

  g_assert_cmpmem (actual_data, actual_length, expected_data, expected_length);
}

static void
test_recipients (void)
{
  g_autoptr(SctDataset) dataset = load_fixture ();
  g_autofree char *recipients = NULL;
  g_autofree char *mailto = NULL;
  guint n_contacts;

  /* Jean Dupont is the contact of two sectors: named once, and quoted
   * because of the comma in his name. */
  recipients = sct_export_recipients (sct_dataset_get_sectors (dataset), &n_contacts);
  g_assert_cmpstr (recipients, ==,
                   "\"Dupont, Jean\" <jean.dupont@example.org>, Zoé Tremblay <zoe@example.org>");
  g_assert_cmpuint (n_contacts, ==, 2);

  mailto = sct_export_mailto (sct_dataset_get_sectors (dataset));
  g_assert_cmpstr (mailto, ==, "mailto:jean.dupont@example.org,zoe@example.org");

  g_clear_pointer (&recipients, g_free);
  g_assert_finalize_object (g_steal_pointer (&dataset));
}

static void
test_csv (void)
{
  g_autoptr(SctDataset) dataset = load_fixture ();
  const SctCsvHeadings headings = {
    "Sector", "Issues", "Lead", "Partners", "Contact", "Email"
  };
  g_autoptr(GBytes) csv = sct_export_csv (sct_dataset_get_sectors (dataset), &headings);

  assert_bytes_equal (csv, "expected.csv");
  g_assert_finalize_object (g_steal_pointer (&dataset));
}

static void
test_vcard (void)
{
  g_autoptr(SctDataset) dataset = load_fixture ();
  g_autoptr(GBytes) vcard = sct_export_vcard (sct_dataset_get_sectors (dataset), "Sectors: ");
  gsize length;
  const char *data = g_bytes_get_data (vcard, &length);
  g_auto(GStrv) lines = NULL;

  assert_bytes_equal (vcard, "expected.vcf");

  /* Whatever the fixture, no line is longer than 75 octets. */
  lines = g_strsplit (data, "\r\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    g_assert_cmpuint (strlen (lines[i]), <=, 75);

  g_assert_finalize_object (g_steal_pointer (&dataset));
}

/* The six characters that make a spreadsheet run a cell, and what must
 * not change: each case is one heading, so that any text can be tried,
 * even the empty one or control characters that a data file cannot hold. */
static void
test_csv_formula_cells (void)
{
  const struct {
    const char *cell;
    const char *written;
  } cases[] = {
    { "=1+1", "\"'=1+1\"" },
    { "+1+1", "\"'+1+1\"" },
    { "-2+3", "\"'-2+3\"" },
    { "@SUM(A1)", "\"'@SUM(A1)\"" },
    { "\tcmd", "\"'\tcmd\"" },
    { "\rcmd", "\"'\rcmd\"" },
    /* The same characters further in are plain text to every spreadsheet. */
    { "a=b+c-d@e", "a=b+c-d@e" },
    { "Marie-Ève Tremblay", "Marie-Ève Tremblay" },
    { "jean+secteurs@example.org", "jean+secteurs@example.org" },
    { "Coop « L’Étoile » - Québec", "Coop « L’Étoile » - Québec" },
    { "", "" },
    /* A quote already first is the reader's affair, not a formula. */
    { "'=1+1", "'=1+1" },
    /* Both the guard and RFC 4180's quoting. */
    { "=A1,B1", "\"'=A1,B1\"" },
    { "=HYPERLINK(\"http://example.invalid\",\"x\")",
      "\"'=HYPERLINK(\"\"http://example.invalid\"\",\"\"x\"\")\"" },
    { "-a; b", "\"'-a; b\"" },
  };
  g_autoptr(GListStore) no_sectors = g_list_store_new (SCT_TYPE_SECTOR);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const SctCsvHeadings headings = {
        cases[i].cell, "Issues", "Lead", "Partners", "Contact", "Email"
      };
      g_autoptr(GBytes) csv = sct_export_csv (G_LIST_MODEL (no_sectors), &headings);
      g_autofree char *expected = g_strconcat ("\xEF\xBB\xBF", cases[i].written,
                                               ",Issues,Lead,Partners,Contact,Email\r\n", NULL);
      gsize length;
      const char *data = g_bytes_get_data (csv, &length);

      g_test_message ("cell %u: %s", i, cases[i].cell);
      g_assert_cmpmem (data, length, expected, strlen (expected));
    }
}

/* A data file whose every exported column starts like a formula, and a
 * sector that only has these characters inside its text. */
static void
test_csv_formulas (void)
{
  g_autoptr(SctDataset) dataset = load_dataset ("formulas.json");
  const SctCsvHeadings headings = {
    "Sector", "Issues", "Lead", "Partners", "Contact", "Email"
  };
  g_autoptr(GBytes) csv = sct_export_csv (sct_dataset_get_sectors (dataset), &headings);

  assert_bytes_equal (csv, "expected-formulas.csv");
  g_assert_finalize_object (g_steal_pointer (&dataset));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/export/recipients", test_recipients);
  g_test_add_func ("/export/csv", test_csv);
  g_test_add_func ("/export/csv/formula-cells", test_csv_formula_cells);
  g_test_add_func ("/export/csv/formulas", test_csv_formulas);
  g_test_add_func ("/export/vcard", test_vcard);

  return g_test_run ();
}
