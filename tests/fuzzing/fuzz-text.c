/* Copyright 2026 The Secteurs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The search's text folding on arbitrary text. The input is what a user
 * types, then, after a tab, a text to search in; without a tab, the input
 * is both.
 */

#include <string.h>

#include "fuzz-target.h"
#include "sct-text.h"

int
LLVMFuzzerTestOneInput (const unsigned char *data,
                        size_t               size)
{
  g_autofree char *input = NULL;
  g_autofree char *folded_typed = NULL;
  g_autofree char *folded_haystack = NULL;
  g_autofree char *refolded = NULL;
  g_auto(GStrv) terms = NULL;
  const char *typed;
  const char *haystack;
  char *tab;

  fuzz_init_once ();

  /* Our callers pass C strings: the text ends at the first NUL. */
  input = g_strndup ((const char *) data, size);
  typed = input;
  haystack = input;
  tab = strchr (input, '\t');
  if (tab != NULL)
    {
      *tab = '\0';
      haystack = tab + 1;
    }

  folded_typed = sct_text_fold (typed);
  folded_haystack = sct_text_fold (haystack);
  terms = sct_text_split_terms (typed);

  g_assert_nonnull (folded_typed);
  g_assert_true (g_utf8_validate (folded_typed, -1, NULL));
  g_assert_true (g_utf8_validate (folded_haystack, -1, NULL));

  /* Folding what is folded changes nothing: keys folded at load and
   * terms folded as one types compare alike. */
  refolded = sct_text_fold (folded_typed);
  g_assert_cmpstr (refolded, ==, folded_typed);

  for (guint i = 0; terms[i] != NULL; i++)
    {
      g_assert_cmpstr (terms[i], !=, "");
      g_assert_null (strchr (terms[i], ' '));
    }

  /* Whatever one types finds the text it was copied from, whole or in
   * part: folding never depends on the characters around. (Valid UTF-8
   * matches only at character boundaries; the dataset's texts are valid.) */
  g_assert_true (sct_text_contains_terms (folded_typed, (const char * const *) terms));
  if (g_utf8_validate (haystack, -1, NULL) && strstr (haystack, typed) != NULL)
    g_assert_true (sct_text_contains_terms (folded_haystack, (const char * const *) terms));
  else
    sct_text_contains_terms (folded_haystack, (const char * const *) terms);

  return 0;
}
