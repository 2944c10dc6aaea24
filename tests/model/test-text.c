/* Copyright 2026 The Secteurs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Text folding: what makes « economie » find « Économie ».
 */

#include <locale.h>

#include "sct-text.h"

static void
assert_folds_to (const char *text,
                 const char *expected)
{
  g_autofree char *folded = sct_text_fold (text);

  g_assert_cmpstr (folded, ==, expected);
}

static void
test_fold_accents_and_case (void)
{
  assert_folds_to ("Économie", "economie");
  assert_folds_to ("ÉCONOMIE SOCIALE", "economie sociale");
  assert_folds_to ("Aînés, Québec, Noël", "aines, quebec, noel");
  assert_folds_to ("déjà ça", "deja ca");
  /* Decomposed input folds as the composed one does. */
  assert_folds_to ("E\xCC\x81" "conomie", "economie");
  assert_folds_to ("", "");
  assert_folds_to ("418 691-5698", "418 691-5698");
}

/* Folding goes by whole runs of ASCII where it can: wherever a run starts
 * or stops, each character folds as it does alone. */
static void
test_fold_each_character_alike (void)
{
  static const char * const pieces[] = {
    "@AZ[`az{", "Québec", "\t", "É", "ŒUVRE", "MN", "~\x7F", "0123456789", " ", "ﬁ", "\x01",
  };
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GString) expected = g_string_new (NULL);

  for (guint i = 0; i < 200; i++)
    {
      const char *piece = pieces[(i * 7) % G_N_ELEMENTS (pieces)];

      g_string_append (text, piece);
      for (const char *p = piece; *p != '\0'; p = g_utf8_next_char (p))
        {
          g_autofree char *character = g_strndup (p, g_utf8_next_char (p) - p);
          g_autofree char *folded = sct_text_fold (character);

          g_string_append (expected, folded);
        }

      {
        g_autofree char *folded = sct_text_fold (text->str);

        g_assert_cmpstr (folded, ==, expected->str);
      }
    }

  assert_folds_to ("ABCDEFGHIJKLMNOPQRSTUVWXYZ@[`{", "abcdefghijklmnopqrstuvwxyz@[`{");
}

static void
test_fold_ligatures (void)
{
  assert_folds_to ("ŒUVRE", "oeuvre");
  assert_folds_to ("œuvre", "oeuvre");
  assert_folds_to ("Maître d’Œuvre", "maitre d'oeuvre");
  assert_folds_to ("main-d’œuvre", "main-d'oeuvre");
  assert_folds_to ("Æsthétique et cæcum", "aesthetique et caecum");
  assert_folds_to ("Straße", "strasse");
  /* Ligatures that Unicode does decompose. */
  assert_folds_to ("ﬁnance ﬂux", "finance flux");
}

static void
test_fold_apostrophes (void)
{
  /* Keyboards type ', the dataset writes ’. */
  assert_folds_to ("l’économie", "l'economie");
  assert_folds_to ("l‘économie", "l'economie");
  assert_folds_to ("lʼéconomie", "l'economie");
  assert_folds_to ("l'économie", "l'economie");
}

static void
test_fold_compatibility (void)
{
  /* Fullwidth forms, superscripts and circled digits are their plain selves. */
  assert_folds_to ("ＣＱＣＭ", "cqcm");
  assert_folds_to ("ｃｏｏｐ", "coop");
  assert_folds_to ("7ᵉ étage", "7e etage");
  assert_folds_to ("①②", "12");
  assert_folds_to ("Ⅻ", "xii");
}

static void
test_fold_spaces (void)
{
  /* French typography puts no-break spaces inside « » and before « : ». */
  assert_folds_to ("«\u00A0Économie\u00A0»", "« economie »");
  assert_folds_to ("Contact\u202F:", "contact :");
  assert_folds_to ("a\tb\nc\u2003d", "a b c d");
}

static void
test_fold_invisible (void)
{
  /* Bidi overrides, joiners and soft hyphens decide nothing. */
  assert_folds_to ("\u202Ecoop\u202C", "coop");
  assert_folds_to ("\u200Fcoop\u200E", "coop");
  assert_folds_to ("éco\u00ADnomie", "economie");
  assert_folds_to ("co\u200Dop\uFEFF", "coop");
}

static void
test_fold_invalid_utf8 (void)
{
  assert_folds_to ("\xFF", "");
  assert_folds_to ("caf\xC3", "");
  /* Overlong forms, surrogates and code points beyond U+10FFFF. */
  assert_folds_to ("\xC0\xAF", "");
  assert_folds_to ("ok \xED\xA0\x80 surrogate", "");
  assert_folds_to ("ok \xF4\x90\x80\x80", "");
}

/* "0045 0301" as the text it stands for. */
static char *
text_from_code_points (const char *code_points)
{
  g_auto(GStrv) values = g_strsplit (code_points, " ", -1);
  GString *text = g_string_new (NULL);

  for (guint i = 0; values[i] != NULL; i++)
    if (values[i][0] != '\0')
      g_string_append_unichar (text, g_ascii_strtoull (values[i], NULL, 16));

  return g_string_free_and_steal (text);
}

/* Python's Unicode database, not GLib's, says what each assigned code
 * point, each text of the bundled dataset and some tricky sequences fold
 * to: see fold-oracle.py. Folding again changes nothing, so that a folded
 * key can be stored and compared with what is folded later. */
static void
test_fold_oracle (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_BUILT, "model", "fold-oracle.txt", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  guint n_texts = 0;
  guint n_wrong = 0;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);

  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) parts = NULL;
      g_autofree char *text = NULL;
      g_autofree char *expected = NULL;
      g_autofree char *folded = NULL;
      g_autofree char *refolded = NULL;

      if (lines[i][0] == '\0' || lines[i][0] == '#')
        continue;

      parts = g_strsplit (lines[i], ";", -1);
      g_assert_cmpuint (g_strv_length (parts), ==, 2);
      text = text_from_code_points (parts[0]);
      expected = text_from_code_points (parts[1]);

      /* A newer Python may know characters that GLib does not yet. */
      if (g_utf8_strlen (text, -1) == 1 &&
          g_unichar_type (g_utf8_get_char (text)) == G_UNICODE_UNASSIGNED)
        continue;

      folded = sct_text_fold (text);
      refolded = sct_text_fold (folded);
      n_texts++;

      if (g_str_equal (folded, expected) && g_str_equal (refolded, folded))
        continue;

      /* Enough to see at once what a GLib update changed. */
      if (n_wrong++ < 50)
        g_test_message ("%s (“%s”) folds to “%s” then “%s”, not “%s”",
                        parts[0], text, folded, refolded, expected);
    }

  g_assert_cmpuint (n_wrong, ==, 0);
  /* The code points (149 877 in Unicode 15.1), not a truncated file. */
  g_assert_cmpuint (n_texts, >, 140000);
}

static void
assert_splits_to (const char *text,
                  const char *expected)
{
  g_auto(GStrv) terms = sct_text_split_terms (text);
  g_autofree char *joined = g_strjoinv ("|", terms);

  g_assert_cmpstr (joined, ==, expected);
}

static void
test_split_terms (void)
{
  assert_splits_to ("Économie sociale", "economie|sociale");
  assert_splits_to ("  Économie \t  SOCIALE  ", "economie|sociale");
  assert_splits_to ("main-d’œuvre", "main-d'oeuvre");
  assert_splits_to ("«\u00A0coop\u00A0»", "«|coop|»");
  assert_splits_to ("\u202E\u202C", "");
  assert_splits_to ("", "");
  assert_splits_to ("   \t\n ", "");
  assert_splits_to ("\xFF\xFE", "");
}

static void
test_split_terms_empty (void)
{
  g_auto(GStrv) terms = sct_text_split_terms ("  ");

  g_assert_nonnull (terms);
  g_assert_cmpuint (g_strv_length (terms), ==, 0);
}

static gboolean
contains (const char *haystack,
          const char *search)
{
  g_autofree char *folded = sct_text_fold (haystack);
  g_auto(GStrv) terms = sct_text_split_terms (search);

  return sct_text_contains_terms (folded, (const char * const *) terms);
}

static void
test_contains_terms (void)
{
  const char *lead = "Coopérative de développement régional du Québec (CDRQ)";

  g_assert_true (contains (lead, "cooperative"));
  g_assert_true (contains (lead, "QUÉBEC coop"));
  g_assert_true (contains (lead, "régional cdrq"));
  /* Every word must match, in any order, in part. */
  g_assert_true (contains (lead, "quebec develop"));
  g_assert_false (contains (lead, "quebec montreal"));
  g_assert_false (contains (lead, "cooperatives"));
  /* No term lets everything through. */
  g_assert_true (contains (lead, ""));
  g_assert_true (contains (lead, "   "));
  g_assert_true (contains ("", ""));
  g_assert_false (contains ("", "a"));
  g_assert_true (contains ("Pénurie de main-d’œuvre", "MAIN-D'OEUVRE"));
  g_assert_true (contains ("Pénurie de main-d’œuvre", "Œuvre pénurie"));
}

int
main (int   argc,
      char *argv[])
{
  /* Print failures in UTF-8 rather than as question marks. */
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/text/fold/accents-and-case", test_fold_accents_and_case);
  g_test_add_func ("/text/fold/each-character-alike", test_fold_each_character_alike);
  g_test_add_func ("/text/fold/ligatures", test_fold_ligatures);
  g_test_add_func ("/text/fold/apostrophes", test_fold_apostrophes);
  g_test_add_func ("/text/fold/compatibility", test_fold_compatibility);
  g_test_add_func ("/text/fold/spaces", test_fold_spaces);
  g_test_add_func ("/text/fold/invisible", test_fold_invisible);
  g_test_add_func ("/text/fold/invalid-utf8", test_fold_invalid_utf8);
  g_test_add_func ("/text/fold/oracle", test_fold_oracle);
  g_test_add_func ("/text/split-terms", test_split_terms);
  g_test_add_func ("/text/split-terms/empty", test_split_terms_empty);
  g_test_add_func ("/text/contains-terms", test_contains_terms);

  return g_test_run ();
}
