/* Copyright 2026 The Secteurs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* json-glib accepts inputs that must not reach the model: it keeps the last
 * of two duplicate keys, turns "\u0000" into a truncated string and recurses
 * on nesting. This pass over the raw bytes rejects those before parsing,
 * along with what is not UTF-8. Syntax is left to json-glib. */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "sct-dataset-error.h"
#include "sct-json-guard.h"

typedef struct {
  gboolean is_object;
  gboolean expecting_key;
  guint n_keys;
  /* Offsets and lengths of the raw keys seen, for duplicate detection. */
  gsize key_offsets[SCT_JSON_GUARD_MAX_MEMBERS];
  gsize key_lengths[SCT_JSON_GUARD_MAX_MEMBERS];
} Frame;

static void
locate (const char *data,
        gsize       offset,
        guint      *line,
        guint      *column)
{
  *line = 1;
  *column = 1;

  for (gsize i = 0; i < offset; i++)
    {
      if (data[i] == '\n')
        {
          (*line)++;
          *column = 1;
        }
      /* Count characters, not the continuation bytes of one. */
      else if (((guchar) data[i] & 0xC0) != 0x80)
        {
          (*column)++;
        }
    }
}

G_GNUC_PRINTF (5, 6)
static gboolean
fail_at (GError         **error,
         SctDatasetError  code,
         const char      *data,
         gsize            offset,
         const char      *format,
         ...)
{
  g_autofree char *what = NULL;
  guint line, column;
  va_list args;

  va_start (args, format);
  what = g_strdup_vprintf (format, args);
  va_end (args);

  locate (data, offset, &line, &column);
  /* Translators: the first two values are a line and a column number in a
   * file; the last one says what is wrong there. */
  g_set_error (error, SCT_DATASET_ERROR, code, _("Line %u, column %u: %s"), line, column, what);

  return FALSE;
}

static gboolean
key_seen (const char  *data,
          const Frame *frame,
          gsize        offset,
          gsize        length)
{
  for (guint i = 0; i < frame->n_keys; i++)
    if (frame->key_lengths[i] == length &&
        memcmp (data + frame->key_offsets[i], data + offset, length) == 0)
      return TRUE;

  return FALSE;
}

/* Returns the offset of the string's closing quote, or 0 on error. */
static gsize
scan_string (const char  *data,
             gsize        length,
             gsize        start,
             GError     **error)
{
  for (gsize i = start + 1; i < length; i++)
    {
      if (data[i] == '"')
        return i;

      if (data[i] != '\\')
        continue;

      if (i + 5 < length && strncmp (data + i + 1, "u0000", 5) == 0)
        {
          fail_at (error, SCT_DATASET_ERROR_ENCODING, data, i,
                   _("a text contains the NUL character (\\u0000)"));
          return 0;
        }

      /* Skip the escaped character, whatever it is: json-glib judges it. */
      i++;
    }

  fail_at (error, SCT_DATASET_ERROR_SYNTAX, data, start, _("a text is not closed by a quote"));
  return 0;
}

/**
 * sct_json_guard_check:
 * @data: the file's bytes, without a byte-order mark
 * @length: their length
 * @error: where to say what is wrong
 *
 * Returns: %TRUE if @data is UTF-8 without NUL characters, nests no deeper
 *   than %SCT_JSON_GUARD_MAX_DEPTH and has no object with a duplicate key, a
 *   key written with escapes or more than %SCT_JSON_GUARD_MAX_MEMBERS members
 */
gboolean
sct_json_guard_check (const char  *data,
                      gsize        length,
                      GError     **error)
{
  Frame stack[SCT_JSON_GUARD_MAX_DEPTH];
  guint depth = 0;
  const char *invalid = NULL;

  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (memchr (data, '\0', length) != NULL)
    return fail_at (error, SCT_DATASET_ERROR_ENCODING, data,
                    (const char *) memchr (data, '\0', length) - data,
                    _("the file contains a NUL byte"));

  if (!g_utf8_validate_len (data, length, &invalid))
    return fail_at (error, SCT_DATASET_ERROR_ENCODING, data, invalid - data,
                    _("the file is not valid UTF-8 text"));

  for (gsize i = 0; i < length; i++)
    {
      Frame *frame = depth > 0 ? &stack[depth - 1] : NULL;
      gsize end;

      switch (data[i])
        {
        case '{':
        case '[':
          if (depth == SCT_JSON_GUARD_MAX_DEPTH)
            return fail_at (error, SCT_DATASET_ERROR_NESTING, data, i,
                            _("the data nests more than %d levels deep"),
                            SCT_JSON_GUARD_MAX_DEPTH);
          frame = &stack[depth++];
          frame->is_object = data[i] == '{';
          frame->expecting_key = frame->is_object;
          frame->n_keys = 0;
          break;

        case '}':
        case ']':
          if (depth > 0)
            depth--;
          break;

        case ',':
          if (frame != NULL && frame->is_object)
            frame->expecting_key = TRUE;
          break;

        case '"':
          end = scan_string (data, length, i, error);
          if (end == 0)
            return FALSE;

          if (frame != NULL && frame->is_object && frame->expecting_key)
            {
              gsize key_offset = i + 1;
              gsize key_length = end - key_offset;

              /* json-glib unescapes keys before it compares them, so
               * "\u0074itle" would replace "title" unseen by key_seen().
               * No field name of the format needs an escape. */
              if (memchr (data + key_offset, '\\', key_length) != NULL)
                {
                  g_autofree char *key = g_utf8_make_valid (data + key_offset,
                                                            MIN (key_length, 64));

                  return fail_at (error, SCT_DATASET_ERROR_UNKNOWN_FIELD, data, i,
                                  _("the field name “%s” contains an escape sequence"), key);
                }

              if (key_seen (data, frame, key_offset, key_length))
                {
                  g_autofree char *key = g_utf8_make_valid (data + key_offset,
                                                            MIN (key_length, 64));

                  return fail_at (error, SCT_DATASET_ERROR_DUPLICATE_KEY, data, i,
                                  _("the field “%s” appears twice in the same object"), key);
                }

              if (frame->n_keys == SCT_JSON_GUARD_MAX_MEMBERS)
                return fail_at (error, SCT_DATASET_ERROR_UNKNOWN_FIELD, data, i,
                                _("an object has more than %d fields"),
                                SCT_JSON_GUARD_MAX_MEMBERS);

              frame->key_offsets[frame->n_keys] = key_offset;
              frame->key_lengths[frame->n_keys] = key_length;
              frame->n_keys++;
              frame->expecting_key = FALSE;
            }

          i = end;
          break;

        default:
          break;
        }
    }

  return TRUE;
}
