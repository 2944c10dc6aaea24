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
      /* Unicode folds Cherokee to its capitals, encoded long before its
       * small letters, but g_utf8_casefold() lowers the capitals: each
       * case would fold to the other and never match it. */
      else if ((c >= 0x13F8 && c <= 0x13FD) || (c >= 0xAB70 && c <= 0xABBF))
        g_string_append_unichar (out, g_unichar_toupper (c));
      else
        g_string_append_unichar (out, c);
      break;
    }
}

/**
 * sct_text_fold_append:
 * @out: where to append
 * @text: valid UTF-8
 *
 * Appends @text folded as sct_text_fold() does.
 */
void
sct_text_fold_append (GString    *out,
                      const char *text)
{
  g_autoptr(GString) decomposed = g_string_new (NULL);
  const char *p = text;

  g_return_if_fail (out != NULL);
  g_return_if_fail (text != NULL);

  while (*p != '\0')
    {
      g_autofree char *casefolded = NULL;
      const char *run = p;

      /* ASCII, most of a French text, only has its capitals to lower and
       * its spaces to make plain. */
      while (*p != '\0' && (guchar) *p < 0x80)
        p++;
      if (p > run)
        {
          gsize start = out->len;

          g_string_append_len (out, run, p - run);
          for (char *c = out->str + start; *c != '\0'; c++)
            {
              if (g_ascii_isupper (*c))
                *c += 'a' - 'A';
              /* Whatever separates words separates terms, the vertical
               * tab too, which GLib does not count as a space. */
              else if (g_ascii_isspace (*c) || *c == '\v')
                *c = ' ';
            }
          continue;
        }

      /* Each run of other characters is decomposed one character at a
       * time, then case-folded at once: g_utf8_normalize() without the
       * canonical reordering of marks, which cannot change the result
       * (the only mark that folding keeps, U+0345, folds to ι and only
       * ever moves past marks that are dropped), at a fifth of its cost
       * on a generated 10 000-sector file. */
      g_string_truncate (decomposed, 0);
      for (; (guchar) *p >= 0x80; p = g_utf8_next_char (p))
        {
          gunichar chars[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
          gsize n_chars = g_unichar_fully_decompose (g_utf8_get_char (p), TRUE,
                                                     chars, G_N_ELEMENTS (chars));

          for (gsize i = 0; i < n_chars; i++)
            g_string_append_unichar (decomposed, chars[i]);
        }

      casefolded = g_utf8_casefold (decomposed->str, decomposed->len);
      for (const char *q = casefolded; *q != '\0'; q = g_utf8_next_char (q))
        append_folded_char (out, g_utf8_get_char (q));
    }
}

/**
 * sct_text_fold:
 * @text: UTF-8
 *
 * Folds @text for matching: compatibility decomposition, case folding,
 * marks removed and ligatures expanded, so that "economie" matches
 * "Économie" and "oeuvre" matches "Œuvre".
 *
 * Returns: (transfer full): the folded text, empty when @text is not UTF-8
 */
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
  sct_text_fold_append (out, text);

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
