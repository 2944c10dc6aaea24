/* Copyright 2026 The Secteurs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "sct-text.h"

#include <string.h>

#include "sct-word.h"

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
 * one character at a time. The result's first byte is its length. */
static char *
fold_unichar_uncached (gunichar c)
{
  gunichar decomposed[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
  gsize n_decomposed = g_unichar_fully_decompose (c, TRUE, decomposed, G_N_ELEMENTS (decomposed));
  GString *out = g_string_new ("-");

  for (gsize i = 0; i < n_decomposed; i++)
    {
      char utf8[6];
      int length = g_unichar_to_utf8 (decomposed[i], utf8);
      g_autofree char *casefolded = g_utf8_casefold (utf8, length);

      for (const char *p = casefolded; *p != '\0'; p = g_utf8_next_char (p))
        append_folded_char (out, g_utf8_get_char (p));
    }

  /* At most 18 characters of 4 bytes each. */
  out->str[0] = (char) (out->len - 1);
  return g_string_free_and_steal (out);
}

/* The folded form of each character of the Basic Multilingual Plane met so
 * far, after its length. Decomposing is slow, and a text uses few distinct
 * characters. Filled without a lock: the loader folds on a worker thread
 * while the window folds what is typed. Only the pages of characters met
 * are ever touched. */
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

/* @word with its capitals made lowercase by setting their 0x20 bit. Adding
 * 0x3F or 0x25 to a byte sets its high bit when it is at least 'A', or
 * past 'Z'; the carry out of a non-ASCII byte only spoils those after it. */
static inline guint64
lower_ascii_word (guint64 word)
{
  guint64 from_a = word + SCT_WORD_BYTES (0x80 - 'A');
  guint64 past_z = word + SCT_WORD_BYTES (0x80 - 'Z' - 1);

  return word | ((from_a & ~past_z & SCT_WORD_BYTES (0x80)) >> 2);
}

/* g_utf8_get_char() for valid UTF-8, without a call for the two- and
 * three-byte characters of French. */
static inline gunichar
decode_utf8 (const guchar *p)
{
  if ((p[0] & 0xE0) == 0xC0)
    return ((p[0] & 0x1F) << 6) | (p[1] & 0x3F);
  if ((p[0] & 0xF0) == 0xE0)
    return ((p[0] & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F);

  return g_utf8_get_char ((const char *) p);
}

/* Folds the one character at *@p to *@w, and moves both past it. @out
 * keeps room for the rest of the input as it is at *@w. */
static void
fold_character (GString       *out,
                const guchar **p,
                char         **w)
{
  g_autofree char *uncached = NULL;
  const guchar *next;
  const char *folded;
  gsize folded_length;

  if (**p < 0x80)
    {
      *(*w)++ = ascii_folded[*(*p)++];
      return;
    }

  next = (const guchar *) g_utf8_next_char (*p);
  folded = fold_unichar (decode_utf8 (*p), &uncached);
  folded_length = (guchar) folded[0];
  if (folded_length > (gsize) (next - *p))
    {
      gsize written = *w - out->str;

      g_string_set_size (out, out->len + folded_length - (next - *p));
      *w = out->str + written;
    }

  for (gsize i = 1; i <= folded_length; i++)
    *(*w)++ = folded[i];
  *p = next;
}

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
  gsize length = strlen (text);
  const guchar *end = p + length;
  gsize at = out->len;
  char *w;

  /* Room for the text as it is: folding keeps ASCII's length, and most of
   * a text is ASCII. Only a character whose folded form is longer than
   * itself asks for more. */
  g_string_set_size (out, at + length);
  w = out->str + at;

  /* Eight bytes at a time, up to each character that is not printable
   * ASCII: there is room for all eight, even when fewer are kept. */
  while (end - p >= 8)
    {
      guint64 word = sct_word_read (p);
      guint64 unprintable = sct_word_find_non_ascii (word) | sct_word_find_below (word, 0x20);
      guint n_printable = unprintable == 0 ? 8 : sct_word_first_found (unprintable);

      sct_word_write (w, lower_ascii_word (word));
      p += n_printable;
      w += n_printable;
      if (n_printable < 8)
        fold_character (out, &p, &w);
    }

  while (p < end)
    fold_character (out, &p, &w);

  g_string_truncate (out, w - out->str);
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
