/* Copyright 2026 The Secteurs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Reading text eight bytes at a time: most of a data file is runs of
 * plain ASCII, which the loader checks and folds a word at a time. Each
 * test sets the high bit of the bytes it finds. */

#pragma once

#include <glib.h>
#include <string.h>

G_BEGIN_DECLS

/* @b in each of the eight bytes. */
#define SCT_WORD_BYTES(b) (G_GUINT64_CONSTANT (0x0101010101010101) * (b))

/* The eight bytes at @p, the first in the lowest bits. */
static inline guint64
sct_word_read (const void *p)
{
  guint64 word;

  memcpy (&word, p, sizeof word);
  return GUINT64_FROM_LE (word);
}

static inline void
sct_word_write (void    *p,
                guint64  word)
{
  word = GUINT64_TO_LE (word);
  memcpy (p, &word, sizeof word);
}

/* The bytes of @word below @limit, at most 0x80. The borrow out of such a
 * byte can only mark bytes after it: the first byte marked is exact. */
static inline guint64
sct_word_find_below (guint64 word,
                     guint   limit)
{
  return (word - SCT_WORD_BYTES (limit)) & ~word & SCT_WORD_BYTES (0x80);
}

/* The bytes of @word equal to @byte, the first exactly. */
static inline guint64
sct_word_find_byte (guint64 word,
                    guchar  byte)
{
  return sct_word_find_below (word ^ SCT_WORD_BYTES (byte), 1);
}

/* The bytes of @word that are not ASCII. */
static inline guint64
sct_word_find_non_ascii (guint64 word)
{
  return word & SCT_WORD_BYTES (0x80);
}

/* How many bytes come before the first one marked in @found, which is not
 * zero. */
static inline guint
sct_word_first_found (guint64 found)
{
  /* As the query counts issue bits: the lowest bit set. */
  return __builtin_ctzll (found) / 8;
}

G_END_DECLS
