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

/* Decomposes one non-ASCII character (NFKD), then case-folds what comes
 * out: what g_utf8_normalize() and g_utf8_casefold() do to a whole text,
 * one character at a time. */
static char *
fold_unichar_uncached (gunichar c)
{
  gunichar decomposed[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
  gsize n_decomposed = g_unichar_fully_decompose (c, TRUE, decomposed, G_N_ELEMENTS (decomposed));
  GString *out = g_string_new (NULL);

  for (gsize i = 0; i < n_decomposed; i++)
    {
      char utf8[6];
      int length = g_unichar_to_utf8 (decomposed[i], utf8);
      g_autofree char *casefolded = g_utf8_casefold (utf8, length);

      for (const char *p = casefolded; *p != '\0'; p = g_utf8_next_char (p))
        append_folded_char (out, g_utf8_get_char (p));
    }

  return g_string_free_and_steal (out);
}

/* The folded form of each character of the Basic Multilingual Plane met so
 * far. Decomposing is slow, and a text uses few distinct characters. Filled
 * without a lock: the loader folds on a worker thread while the window
 * folds what is typed. Only the pages of characters met are ever touched. */
static char *folded_bmp[0x10000];

static const char *
fold_unichar (gunichar  c,
              char     **uncached)
{
  char *folded;

  if (c > 0xFFFF)
    return *uncached = fold_unichar_uncached (c);

  folded = g_atomic_pointer_get (&folded_bmp[c]);
  if (folded == NULL)
    {
      folded = fold_unichar_uncached (c);
      if (!g_atomic_pointer_compare_and_exchange (&folded_bmp[c], NULL, folded))
        {
          g_free (folded);
          folded = g_atomic_pointer_get (&folded_bmp[c]);
        }
    }

  return folded;
}

/* ASCII folded: lowercase, and every kind of space a plain space. */
static const char ascii_folded[128] = {
  '\0', 1, 2, 3, 4, 5, 6, 7, 8, ' ', ' ', ' ', ' ', ' ', 14, 15,
  16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31,
  ' ', '!', '"', '#', '$', '%', '&', '\'', '(', ')', '*', '+', ',', '-', '.', '/',
  '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', ':', ';', '<', '=', '>', '?',
  '@', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o',
  'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z', '[', '\\', ']', '^', '_',
  '`', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o',
  'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z', '{', '|', '}', '~', 127,
};

/**
 * sct_text_fold_append:
 * @out: where to append
 * @text: valid UTF-8
 *
 * Appends @text folded as sct_text_fold() does, without allocating for it.
 */
void
sct_text_fold_append (GString    *out,
                      const char *text)
{
  const guchar *p = (const guchar *) text;

  while (*p != '\0')
    {
      if (*p < 0x80)
        {
          const guchar *run = p;
          gsize at = out->len;
          char *folded;

          while (*p != '\0' && *p < 0x80)
            p++;

          g_string_set_size (out, at + (p - run));
          folded = out->str + at;
          for (const guchar *q = run; q < p; q++)
            *folded++ = ascii_folded[*q];
        }
      else
        {
          g_autofree char *uncached = NULL;

          g_string_append (out, fold_unichar (g_utf8_get_char ((const char *) p), &uncached));
          p = (const guchar *) g_utf8_next_char (p);
        }
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
