/* Copyright 2026 The Secteurs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "sct-text.h"

#include <string.h>

static void
append_folded_char (GString  *out,
                    gunichar  c)
{
  switch (g_unichar_type (c))
    {
    case G_UNICODE_NON_SPACING_MARK:
    case G_UNICODE_SPACING_MARK:
    case G_UNICODE_ENCLOSING_MARK:
    case G_UNICODE_FORMAT:
      /* Accents (after decomposition) and invisible formatting such as
       * bidi overrides never decide whether a word matches. */
      return;

    default:
      break;
    }

  switch (c)
    {
    /* Ligatures have no Unicode decomposition, yet people type them apart. */
    case 0x0153: /* œ */
      g_string_append (out, "oe");
      break;

    case 0x00E6: /* æ */
      g_string_append (out, "ae");
      break;

    /* The dataset writes the typographic apostrophe, keyboards the straight one. */
    case 0x2018:
    case 0x2019:
    case 0x02BC:
      g_string_append_c (out, '\'');
      break;

    default:
      if (g_unichar_isspace (c))
        g_string_append_c (out, ' ');
      else
        g_string_append_unichar (out, c);
      break;
    }
}

/**
 * sct_text_fold:
 * @text: valid UTF-8
 *
 * Folds @text for matching: compatibility decomposition, case folding,
 * marks removed and ligatures expanded, so that "economie" matches
 * "Économie" and "oeuvre" matches "Œuvre".
 *
 * Returns: (transfer full): the folded text, empty when @text is not UTF-8
 */
/* Decomposes one non-ASCII character (NFKD), then case-folds what comes
 * out: what g_utf8_normalize() and g_utf8_casefold() do to a whole text,
 * without their cost on the ASCII that makes most of ours. */
static void
append_folded_unichar (GString  *out,
                       gunichar  c)
{
  gunichar decomposed[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
  gsize n_decomposed = g_unichar_fully_decompose (c, TRUE, decomposed, G_N_ELEMENTS (decomposed));

  for (gsize i = 0; i < n_decomposed; i++)
    {
      char utf8[6];
      int length = g_unichar_to_utf8 (decomposed[i], utf8);
      g_autofree char *casefolded = g_utf8_casefold (utf8, length);

      for (const char *p = casefolded; *p != '\0'; p = g_utf8_next_char (p))
        append_folded_char (out, g_utf8_get_char (p));
    }
}

char *
sct_text_fold (const char *text)
{
  GString *out;

  g_return_val_if_fail (text != NULL, NULL);

  /* Overlong forms ("\xC0\xAF" would fold to "/") and surrogates must not
   * reach the decomposition. */
  if (!g_utf8_validate (text, -1, NULL))
    return g_strdup ("");

  out = g_string_sized_new (strlen (text));

  for (const char *p = text; *p != '\0';)
    {
      guchar byte = *p;

      if (byte < 0x80)
        {
          g_string_append_c (out, g_ascii_isspace (byte) ? ' ' : g_ascii_tolower (byte));
          p++;
        }
      else
        {
          append_folded_unichar (out, g_utf8_get_char (p));
          p = g_utf8_next_char (p);
        }
    }

  return g_string_free_and_steal (out);
}

/**
 * sct_text_split_terms:
 * @text: what the user typed
 *
 * Returns: (transfer full): the folded words of @text, without empty ones
 */
GStrv
sct_text_split_terms (const char *text)
{
  g_autofree char *folded = NULL;
  g_auto(GStrv) words = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (text != NULL, NULL);

  folded = sct_text_fold (text);
  words = g_strsplit (folded, " ", -1);

  for (guint i = 0; words[i] != NULL; i++)
    if (words[i][0] != '\0')
      g_strv_builder_add (builder, words[i]);

  return g_strv_builder_end (builder);
}

/**
 * sct_text_contains_terms:
 * @folded_haystack: text already folded with sct_text_fold()
 * @terms: terms from sct_text_split_terms()
 *
 * Returns: whether every term occurs in @folded_haystack
 */
gboolean
sct_text_contains_terms (const char         *folded_haystack,
                         const char * const *terms)
{
  g_return_val_if_fail (folded_haystack != NULL, FALSE);
  g_return_val_if_fail (terms != NULL, FALSE);

  for (guint i = 0; terms[i] != NULL; i++)
    if (strstr (folded_haystack, terms[i]) == NULL)
      return FALSE;

  return TRUE;
}
