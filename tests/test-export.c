/* Copyright 2026 The Secteurs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What other programs receive: the To: line, the mailto: link, and the
 * CSV and vCard files, compared with files written by hand from the RFCs;
 * and the file names proposed for them.
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
  g_assert_cmpstr (mailto, ==, "mailto:?bcc=jean.dupont@example.org,zoe@example.org");

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

/* What every proposed name must be, whatever the filter: one plain name,
 * within the bounds, that no file system, shell or spreadsheet misreads. */
static void
assert_safe_file_name (const char *name,
                       const char *extension)
{
  g_autofree char *suffix = g_strconcat (".", extension, NULL);
  gsize base_length;

  g_assert_nonnull (name);
  g_assert_true (g_utf8_validate (name, -1, NULL));
  g_assert_true (g_str_has_suffix (name, suffix));
  base_length = strlen (name) - strlen (suffix);
  g_assert_cmpuint (base_length, >, 0);
  g_assert_cmpuint (base_length, <=, 200);
  g_assert_cmpuint (g_utf8_strlen (name, base_length), <=, 64);

  /* It starts and ends with a letter or a digit: no leading dot, "-" that
   * a command would take for an option, or "=" for a formula; no trailing
   * space or dot, which Windows drops. */
  g_assert_true (g_unichar_isalnum (g_utf8_get_char (name)));
  g_assert_true (g_unichar_isalnum (g_utf8_get_char (g_utf8_find_prev_char (name, name + base_length))) ||
                 g_unichar_ismark (g_utf8_get_char (g_utf8_find_prev_char (name, name + base_length))));
  g_assert_null (strstr (name, "  "));

  for (const char *p = name; p < name + base_length; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      g_assert_true (g_unichar_isalnum (c) || g_unichar_ismark (c) ||
                     c == ' ' || c == '-' || c == 0x2019);
    }
}

static char *
suggest (SctQuery   *query,
         const char *extension)
{
  char *name = sct_export_suggest_file_name (query, "secteurs", extension);

  assert_safe_file_name (name, extension);
  return name;
}

static void
test_file_name_unfiltered (void)
{
  g_autoptr(SctQuery) query = g_object_new (SCT_TYPE_QUERY, NULL);
  g_autofree char *csv = NULL;
  g_autofree char *vcf = NULL;
  g_autofree char *all = NULL;
  g_autofree char *blank = NULL;

  csv = suggest (query, "csv");
  g_assert_cmpstr (csv, ==, "secteurs.csv");
  vcf = suggest (query, "vcf");
  g_assert_cmpstr (vcf, ==, "secteurs.vcf");

  /* The match mode alone filters nothing. */
  sct_query_set_match_mode (query, SCT_MATCH_ALL);
  all = suggest (query, "csv");
  g_assert_cmpstr (all, ==, "secteurs.csv");

  sct_query_set_search_text (query, "   ");
  blank = suggest (query, "csv");
  g_assert_cmpstr (blank, ==, "secteurs.csv");
}

/* Issues, organisations and search texts with words a file name cannot
 * carry as they are. */
static SctDataset *
load_hostile_names (void)
{
  g_autoptr(GString) long_word = g_string_new (NULL);
  g_autoptr(GString) long_words = g_string_new (NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  SctDataset *dataset;
  char *json;

  for (guint i = 0; i < 250; i++)
    g_string_append (long_word, "é");
  for (guint i = 0; long_words->len < 500; i++)
    g_string_append_printf (long_words, "%smot%u", i > 0 ? " " : "", i);

  json = g_strdup_printf (
    "{\"format_version\":1,"
    "\"programme\":{\"title\":\"T\",\"introduction\":\"I\",\"information\":{"
    "\"heading\":\"H\",\"name\":\"N\",\"street\":\"S\",\"locality\":\"L\","
    "\"postal_code\":\"G1R 4Y4\",\"phone\":\"418 555-0100\",\"toll_free\":\"1 800 555-0100\","
    "\"email\":\"essai@example.org\"}},"
    "\"issues\":["
    "{\"id\":\"autonomie\",\"label\":\"Autonomie alimentaire\"},"
    "{\"id\":\"penurie\",\"label\":\"Pénurie de main-d’œuvre\"},"
    "{\"id\":\"remonte\",\"label\":\"../x\"},"
    "{\"id\":\"barre\",\"label\":\"a/b\"},"
    "{\"id\":\"formule\",\"label\":\"=cmd\"},"
    "{\"id\":\"ponctuation\",\"label\":\"?!*:<>|\\\"\\\\/.…«»\"},"
    "{\"id\":\"long-mot\",\"label\":\"%s\"},"
    "{\"id\":\"long-texte\",\"label\":\"%s\"}],"
    "\"organisations\":["
    "{\"id\":\"cqcm\",\"name\":\"Conseil québécois de la coopération et de la mutualité\","
    "\"acronym\":\"CQCM\"},"
    "{\"id\":\"cache\",\"name\":\"Organisme caché\",\"acronym\":\".cache\"}],"
    "\"sectors\":[{\"id\":\"tout\",\"title\":\"Tout\",\"project\":null,"
    "\"issues\":[{\"issue\":\"autonomie\",\"text\":\"a\"},{\"issue\":\"penurie\",\"text\":\"p\"},"
    "{\"issue\":\"remonte\",\"text\":\"r\"},{\"issue\":\"barre\",\"text\":\"b\"},"
    "{\"issue\":\"formule\",\"text\":\"f\"},{\"issue\":\"ponctuation\",\"text\":\"p\"},"
    "{\"issue\":\"long-mot\",\"text\":\"l\"},{\"issue\":\"long-texte\",\"text\":\"l\"}],"
    "\"description\":[{\"type\":\"paragraph\",\"text\":\"D\"}],"
    "\"lead\":{\"organisation\":\"cqcm\",\"text\":\"CQCM\"},"
    "\"partners\":[{\"organisation\":\"cache\",\"text\":\"Organisme caché\"}],"
    "\"contact\":{\"name\":\"C\",\"email\":\"c@example.org\"}}]}",
    long_word->str, long_words->str);
  bytes = g_bytes_new_take (json, strlen (json));

  dataset = sct_dataset_new_from_bytes (bytes, &error);
  g_assert_no_error (error);
  return dataset;
}

static char *
suggest_for_issues (SctDataset         *dataset,
                    const char * const *ids)
{
  g_autoptr(SctQuery) query = g_object_new (SCT_TYPE_QUERY, NULL);

  for (guint i = 0; ids[i] != NULL; i++)
    sct_query_set_issue_active (query, sct_dataset_lookup_issue (dataset, ids[i]), TRUE);

  return suggest (query, "csv");
}

static char *
suggest_for_search (const char *search)
{
  g_autoptr(SctQuery) query = g_object_new (SCT_TYPE_QUERY, NULL);

  sct_query_set_search_text (query, search);
  return suggest (query, "csv");
}

static void
test_file_name_filters (void)
{
  g_autoptr(SctDataset) dataset = load_hostile_names ();
  g_autoptr(SctQuery) query = g_object_new (SCT_TYPE_QUERY, NULL);
  const char * const one[] = { "autonomie", NULL };
  /* Selected in the other order than the list's: the name is the same
   * however the user got to the filter. */
  const char * const two[] = { "penurie", "autonomie", NULL };
  g_autofree char *name = NULL;

  name = suggest_for_issues (dataset, one);
  g_assert_cmpstr (name, ==, "secteurs - Autonomie alimentaire.csv");
  g_clear_pointer (&name, g_free);

  /* Hyphens and apostrophes inside words stay. */
  name = suggest_for_issues (dataset, two);
  g_assert_cmpstr (name, ==, "secteurs - Autonomie alimentaire - Pénurie de main-d’œuvre.csv");
  g_clear_pointer (&name, g_free);

  /* The organisation by its short name, then the search, words only. */
  sct_query_set_organisation (query, sct_dataset_lookup_organisation (dataset, "cqcm"));
  name = suggest (query, "csv");
  g_assert_cmpstr (name, ==, "secteurs - CQCM.csv");
  g_clear_pointer (&name, g_free);

  sct_query_set_search_text (query, "  café,  crème! ");
  name = suggest (query, "vcf");
  g_assert_cmpstr (name, ==, "secteurs - CQCM - café crème.vcf");
  g_clear_pointer (&name, g_free);

  /* Issues come first; a part that does not fit whole (CQCM after 58
   * characters) is left out, and so is what follows it. */
  sct_query_set_issue_active (query, sct_dataset_lookup_issue (dataset, "penurie"), TRUE);
  sct_query_set_issue_active (query, sct_dataset_lookup_issue (dataset, "autonomie"), TRUE);
  name = suggest (query, "csv");
  g_assert_cmpstr (name, ==, "secteurs - Autonomie alimentaire - Pénurie de main-d’œuvre.csv");
  g_clear_pointer (&name, g_free);

  g_clear_object (&query);
  g_assert_finalize_object (g_steal_pointer (&dataset));
}

static void
test_file_name_hostile (void)
{
  g_autoptr(SctDataset) dataset = load_hostile_names ();
  const struct {
    const char *issue;
    const char *name;
  } issue_cases[] = {
    { "remonte", "secteurs - x.csv" },
    { "barre", "secteurs - a b.csv" },
    { "formule", "secteurs - cmd.csv" },
    { "ponctuation", "secteurs.csv" },
  };
  const struct {
    const char *search;
    const char *name;
  } search_cases[] = {
    { "../x", "secteurs - x.csv" },
    { "a/b", "secteurs - a b.csv" },
    { "\n", "secteurs.csv" },
    { "=cmd", "secteurs - cmd.csv" },
    { "?!*:<>|\"\\/.…«»", "secteurs.csv" },
    { "../../etc/passwd", "secteurs - etc passwd.csv" },
    { "C:\\Windows\\win.ini", "secteurs - C Windows win ini.csv" },
    { "a\nb\r\tc\x7f", "secteurs - a b c.csv" },
    { ".bashrc", "secteurs - bashrc.csv" },
    { "-rf", "secteurs - rf.csv" },
    { "+1+1", "secteurs - 1 1.csv" },
    { "@SUM(A1)", "secteurs - SUM A1.csv" },
    /* A right-to-left override would show "exe.csv" as the end of the name. */
    { "\u202Evsc.exe", "secteurs - vsc exe.csv" },
    { "l’économie -sociale- d’abord’", "secteurs - l’économie sociale d’abord.csv" },
    /* Decomposed accents are composed: one name for one text. */
    { "Que\u0301bec", "secteurs - Québec.csv" },
  };
  g_autoptr(SctQuery) query = g_object_new (SCT_TYPE_QUERY, NULL);
  g_autofree char *name = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (issue_cases); i++)
    {
      const char * const ids[] = { issue_cases[i].issue, NULL };

      name = suggest_for_issues (dataset, ids);
      g_assert_cmpstr (name, ==, issue_cases[i].name);
      g_clear_pointer (&name, g_free);
    }

  for (guint i = 0; i < G_N_ELEMENTS (search_cases); i++)
    {
      name = suggest_for_search (search_cases[i].search);
      g_assert_cmpstr (name, ==, search_cases[i].name);
      g_clear_pointer (&name, g_free);
    }

  /* An acronym with a leading dot. */
  sct_query_set_organisation (query, sct_dataset_lookup_organisation (dataset, "cache"));
  name = suggest (query, "csv");
  g_assert_cmpstr (name, ==, "secteurs - cache.csv");
  g_clear_pointer (&name, g_free);

  /* The stem is held to the same rule. */
  g_clear_object (&query);
  query = g_object_new (SCT_TYPE_QUERY, NULL);
  name = sct_export_suggest_file_name (query, "../secteurs.", "csv");
  g_assert_cmpstr (name, ==, "secteurs.csv");
  g_clear_pointer (&name, g_free);

  g_clear_object (&query);
  g_assert_finalize_object (g_steal_pointer (&dataset));
}

static void
test_file_name_length (void)
{
  g_autoptr(SctDataset) dataset = load_hostile_names ();
  const char * const long_word[] = { "long-mot", NULL };
  const char * const long_text[] = { "long-texte", NULL };
  const char * const long_then_short[] = { "autonomie", "long-texte", NULL };
  g_autoptr(GString) expected = g_string_new ("secteurs - ");
  g_autoptr(GString) wide = g_string_new (NULL);
  g_autofree char *name = NULL;

  /* One word of 250 letters: cut, since it comes right after the stem. */
  name = suggest_for_issues (dataset, long_word);
  for (guint i = 0; i < 64 - strlen ("secteurs - "); i++)
    g_string_append (expected, "é");
  g_string_append (expected, ".csv");
  g_assert_cmpstr (name, ==, expected->str);
  g_clear_pointer (&name, g_free);

  /* 500 characters of words: cut after the last whole word. */
  name = suggest_for_issues (dataset, long_text);
  g_assert_cmpstr (name, ==, "secteurs - mot0 mot1 mot2 mot3 mot4 mot5 mot6 mot7 mot8 mot9.csv");
  g_clear_pointer (&name, g_free);

  name = suggest_for_issues (dataset, long_then_short);
  g_assert_cmpstr (name, ==, "secteurs - Autonomie alimentaire - mot0 mot1 mot2 mot3 mot4 mot5.csv");
  g_clear_pointer (&name, g_free);

  /* Letters of four bytes each reach the byte bound first. */
  for (guint i = 0; i < 100; i++)
    g_string_append (wide, "\xF0\xA0\x80\x80"); /* U+20000, a CJK ideograph */
  name = suggest_for_search (wide->str);
  g_assert_cmpuint (strlen (name), ==, strlen ("secteurs - ") + 47 * 4 + strlen (".csv"));
  g_clear_pointer (&name, g_free);

  g_assert_finalize_object (g_steal_pointer (&dataset));
}

static void
test_file_name_bad_arguments (void)
{
  g_autoptr(SctQuery) query = g_object_new (SCT_TYPE_QUERY, NULL);

  if (g_test_subprocess ())
    {
      /* An extension is a few letters or digits, without its dot. */
      g_assert_null (sct_export_suggest_file_name (query, "secteurs", "../csv"));
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*CRITICAL*is_valid_extension*");
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
  g_test_add_func ("/export/file-name/unfiltered", test_file_name_unfiltered);
  g_test_add_func ("/export/file-name/filters", test_file_name_filters);
  g_test_add_func ("/export/file-name/hostile", test_file_name_hostile);
  g_test_add_func ("/export/file-name/length", test_file_name_length);
  g_test_add_func ("/export/file-name/bad-arguments", test_file_name_bad_arguments);

  return g_test_run ();
}
