/* Copyright 2026 The Secteurs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "sct-text.h"

#include <string.h>

/* Accents, once decomposed, and invisible formatting such as bidi
 * overrides never decide whether a word matches. The iota subscript is
 * the one mark that case folding makes a letter. */
static gboolean
is_ignored (gunichar c)
{
  switch (g_unichar_type (c))
    {
    case G_UNICODE_NON_SPACING_MARK:
    case G_UNICODE_SPACING_MARK:
    case G_UNICODE_ENCLOSING_MARK:
    case G_UNICODE_FORMAT:
      return c != 0x0345;

    default:
      return FALSE;
    }
}

/* ASCII has only its case to fold; every kind of space becomes a plain
 * one: whatever separates words separates terms. */
static inline char
fold_ascii (char c)
{
  if (c >= 'A' && c <= 'Z')
    return c + ('a' - 'A');
  if (c >= '\t' && c <= '\r')
    return ' ';
  return c;
}

/* Appends @c, decomposed and case-folded, as search compares it. */
static void
append_folded_char (GString  *out,
                    gunichar  c)
{
  switch (c)
    {
    /* Ligatures have no Unicode decomposition, yet people type them apart. */
    case 0x0153: /* œ */
      g_string_append (out, "oe");
      break;

    case 0x00E6: /* æ */
      g_string_append (out, "ae");
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

/* Appends @text, which must be valid UTF-8, folded as sct_text_fold() does. */
void
sct_text_fold_append (GString    *out,
                      const char *text)
{
  const char *p = text;

  g_return_if_fail (out != NULL);
  g_return_if_fail (text != NULL);

  while (*p != '\0')
    {
      const char *start = p;
      char *end;

      /* Most of a French text is ASCII: copied, then folded in place with
       * one store a byte, which the compiler vectorises. */
      while (*p != '\0' && (guchar) *p < 0x80)
        p++;
      g_string_append_len (out, start, p - start);
      end = out->str + out->len;
      for (char *c = end - (p - start); c < end; c++)
        *c = fold_ascii (*c);

      /* Other characters are decomposed one at a time, as
       * g_utf8_normalize() would at five times the cost: its canonical
       * reordering moves only marks, all dropped but the iota subscript,
       * which it moves only past dropped ones. */
      for (; (guchar) *p >= 0x80; p = g_utf8_next_char (p))
        {
          gunichar chars[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
          gsize n_chars = g_unichar_fully_decompose (g_utf8_get_char (p), TRUE,
                                                     chars, G_N_ELEMENTS (chars));

          for (gsize i = 0; i < n_chars; i++)
            {
              char utf8[6];
              g_autofree char *casefolded = NULL;

              /* Accents go and typographic apostrophes become the
               * keyboard's before case folding, which would leave them
               * as they are: it is then needed only for the rare letters
               * outside ASCII, not for each é. */
              if (is_ignored (chars[i]))
                continue;
              if (chars[i] == 0x2018 || chars[i] == 0x2019 || chars[i] == 0x02BC)
                chars[i] = '\'';

              if (chars[i] < 0x80)
                {
                  g_string_append_c (out, fold_ascii (chars[i]));
                  continue;
                }

              casefolded = g_utf8_casefold (utf8, g_unichar_to_utf8 (chars[i], utf8));
              for (const char *q = casefolded; *q != '\0'; q = g_utf8_next_char (q))
                append_folded_char (out, g_utf8_get_char (q));
            }
        }
    }
}

/* Folds @text for matching: compatibility decomposition, case folding,
 * marks removed and ligatures expanded, so that "economie" matches
 * "Économie" and "oeuvre" matches "Œuvre". Text that is not UTF-8 folds to
 * an empty string. */
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

/* The folded words of what the user typed, without empty ones. */
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

/* Whether every term occurs in @folded_haystack: @terms as
 * sct_text_split_terms() gives them, the haystack folded already. */
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
