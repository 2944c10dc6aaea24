/* Copyright 2026 The Secteurs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A strict JSON (RFC 8259) parser made for the dataset loader: one pass
 * over the file's bytes, which it takes over and cuts strings in, and
 * nodes in a few large blocks, so that 100 000 sectors parse in well under
 * a second and the whole document goes with a few frees. It refuses what
 * must not reach the model, which general-purpose parsers accept:
 * duplicate keys, "\u0000", keys written with escapes, deep nesting.
 * Every error names its line and column. */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "sct-dataset-error.h"
#include "sct-json.h"
#include "sct-word.h"

#define BLOCK_SIZE (256 * 1024)

struct _SctJsonDocument
{
  char *text;          /* the file's bytes, each string cut with a NUL */
  GSList *blocks;      /* the nodes, and the strings that had escapes */
  char *block_next;
  gsize block_left;
  SctJsonNode root;
};

typedef struct {
  SctJsonDocument *document;
  char *text;
  gsize length;
  gsize pos;
  /* The members of the open container at each depth, until it closes. */
  GArray *scratch[SCT_JSON_MAX_DEPTH];
} Parser;

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
static void
set_error_at (GError          **error,
              SctDatasetError   code,
              const char       *data,
              gsize             offset,
              const char       *format,
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
}

/* Sets @error and is FALSE, for `return fail_at (…);`. A macro, so that the
 * static analyser, which does not follow variadic functions, sees it. */
#define fail_at(error, code, parser, offset, ...) \
  (set_error_at ((error), (code), (parser)->text, (offset), __VA_ARGS__), FALSE)

static gpointer
document_alloc (SctJsonDocument *self,
                gsize            size)
{
  gpointer memory;

  size = (size + 7) & ~(gsize) 7;

  if (size > self->block_left)
    {
      gsize block_size = MAX (size, BLOCK_SIZE);

      self->block_next = g_malloc (block_size);
      self->block_left = block_size;
      self->blocks = g_slist_prepend (self->blocks, self->block_next);
    }

  memory = self->block_next;
  self->block_next += size;
  self->block_left -= size;

  return memory;
}

static inline void
skip_whitespace (Parser *parser)
{
  const char *text = parser->text;
  gsize pos = parser->pos;

  while (text[pos] == ' ' || text[pos] == '\n' || text[pos] == '\r' || text[pos] == '\t')
    pos++;

  parser->pos = pos;
}

static gboolean
fail_truncated (Parser  *parser,
                GError **error)
{
  return fail_at (error, SCT_DATASET_ERROR_SYNTAX, parser, parser->length,
                  _("the file ends before the data does"));
}

/* Says what is wrong with the character at the parser's position, where
 * something else was expected: @expected_format says it, with a %s for
 * that character. */
static gboolean
fail_unexpected (Parser     *parser,
                 const char *expected_format,
                 GError    **error)
{
  const char *here = parser->text + parser->pos;
  char character[7] = { 0 };

  if (parser->pos >= parser->length)
    return fail_truncated (parser, error);

  if (here[0] == '/' && (here[1] == '/' || here[1] == '*'))
    return fail_at (error, SCT_DATASET_ERROR_SYNTAX, parser, parser->pos,
                    _("JSON does not allow comments"));

  if (here[0] == '\'')
    return fail_at (error, SCT_DATASET_ERROR_SYNTAX, parser, parser->pos,
                    _("texts and field names must be in straight double quotes"));

  g_unichar_to_utf8 (g_utf8_get_char (here), character);

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  return fail_at (error, SCT_DATASET_ERROR_SYNTAX, parser, parser->pos, expected_format, character);
#pragma GCC diagnostic pop
}

/* Reads the four hexadecimal digits after "\u" at @escape. */
static gboolean
read_hex4 (const char *escape,
           gunichar   *out)
{
  gunichar value = 0;

  for (int i = 2; i < 6; i++)
    {
      int digit = g_ascii_xdigit_value (escape[i]);

      if (digit < 0)
        return FALSE;
      value = value * 16 + digit;
    }

  *out = value;
  return TRUE;
}

/* Says that the "\\u" escape at @escape is half a surrogate pair. */
static void
fail_surrogate (Parser     *parser,
                const char *escape,
                GError    **error)
{
  set_error_at (error, SCT_DATASET_ERROR_SYNTAX, parser->text, escape - parser->text,
                _("“\\u%.4s” is half of a UTF-16 surrogate pair without its other half"),
                escape + 2);
}

/* Decodes the escape sequence at @r, a backslash, writing its character
 * at @w; returns the length of the sequence or 0 on error. */
static gsize
unescape (Parser     *parser,
          const char *r,
          char      **w,
          GError    **error)
{
  gsize offset = r - parser->text;
  gunichar c;

  switch (r[1])
    {
    case '"': *(*w)++ = '"'; return 2;
    case '\\': *(*w)++ = '\\'; return 2;
    case '/': *(*w)++ = '/'; return 2;
    case 'b': *(*w)++ = '\b'; return 2;
    case 'f': *(*w)++ = '\f'; return 2;
    case 'n': *(*w)++ = '\n'; return 2;
    case 'r': *(*w)++ = '\r'; return 2;
    case 't': *(*w)++ = '\t'; return 2;

    case 'u':
      if (!read_hex4 (r, &c))
        {
          set_error_at (error, SCT_DATASET_ERROR_SYNTAX, parser->text, offset,
                        _("“\\u” must be followed by four hexadecimal digits"));
          return 0;
        }

      if (c == 0)
        {
          set_error_at (error, SCT_DATASET_ERROR_ENCODING, parser->text, offset,
                        _("a text contains the NUL character (\\u0000)"));
          return 0;
        }

      if (c >= 0xD800 && c <= 0xDBFF)
        {
          gunichar low;

          if (r[6] != '\\' || r[7] != 'u' || !read_hex4 (r + 6, &low) ||
              low < 0xDC00 || low > 0xDFFF)
            {
              fail_surrogate (parser, r, error);
              return 0;
            }

          *w += g_unichar_to_utf8 (0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00), *w);
          return 12;
        }

      if (c >= 0xDC00 && c <= 0xDFFF)
        {
          fail_surrogate (parser, r, error);
          return 0;
        }

      *w += g_unichar_to_utf8 (c, *w);
      return 6;

    default:
      {
        char escaped[7] = { 0 };

        if (r[1] == '\0')
          {
            fail_truncated (parser, error);
            return 0;
          }

        g_unichar_to_utf8 (g_utf8_get_char (r + 1), escaped);
        set_error_at (error, SCT_DATASET_ERROR_SYNTAX, parser->text, offset,
                      _("“\\%s” is not an escape sequence of JSON"), escaped);
        return 0;
      }
    }
}

static gboolean
fail_control (Parser      *parser,
              gsize        start,
              const char  *r,
              GError     **error)
{
  if (*r == '\0')
    return fail_at (error, SCT_DATASET_ERROR_SYNTAX, parser, start,
                    _("a text is not closed by a quote"));

  if (*r == '\n' || *r == '\r')
    return fail_at (error, SCT_DATASET_ERROR_SYNTAX, parser, start,
                    _("a text is not closed by a quote before the end of its line"));

  return fail_at (error, SCT_DATASET_ERROR_SYNTAX, parser, r - parser->text,
                  _("a text contains a control character, "
                    "which JSON writes as an escape such as \\t"));
}

/* The bytes that end a run of plain text in a string: the quote, the
 * backslash, and control characters, among them the NUL after the file. */
static const guint8 string_stops[256] = {
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  ['"'] = 1,
  ['\\'] = 1,
};

/* Reads the string whose opening quote is at the parser's position into
 * @node: cut with a NUL where it is if it has no escape, unescaped into
 * the document's blocks if it has. */
static gboolean
parse_string (Parser      *parser,
              SctJsonNode *node,
              GError     **error)
{
  gsize start = parser->pos;
  char *r = parser->text + start + 1;
  const char *file_end = parser->text + parser->length;
  char *w;

  char *end;
  char *unescaped;

  /* Most texts have no escape: find the end and cut there. The quote
   * becomes a NUL, which still counts as one character on its line. */
  for (;; r++)
    {
      guchar c;

      /* Long descriptions are most of a data file. */
      while (file_end - r >= 8)
        {
          guint64 word = sct_word_read (r);
          guint64 stops = sct_word_find_byte (word, '"') | sct_word_find_byte (word, '\\') |
                          sct_word_find_below (word, 0x20);

          if (stops != 0)
            {
              r += sct_word_first_found (stops);
              break;
            }
          r += 8;
        }

      c = *r;
      if (G_LIKELY (!string_stops[c]))
        continue;

      if (c == '"')
        {
          *r = '\0';
          node->string = parser->text + start + 1;
          node->length = r - node->string;
          parser->pos = r + 1 - parser->text;
          return TRUE;
        }

      if (c == '\\')
        break;

      /* Includes the NUL after the last byte. */
      if (c < 0x20)
        return fail_control (parser, start, r, error);
    }

  /* Texts with escapes are written out elsewhere: unescaped in place, an
   * escaped line break would add a line to every later error position. */
  for (end = r; *end != '"' && (guchar) *end >= 0x20; end++)
    if (end[0] == '\\' && end[1] != '\0')
      end++;

  unescaped = document_alloc (parser->document, end - (parser->text + start));
  memcpy (unescaped, parser->text + start + 1, r - (parser->text + start + 1));
  w = unescaped + (r - (parser->text + start + 1));

  for (;;)
    {
      guchar c = *r;

      if (c == '"')
        {
          *w = '\0';
          node->string = unescaped;
          node->length = w - unescaped;
          parser->pos = r + 1 - parser->text;
          return TRUE;
        }

      if (c == '\\')
        {
          gsize consumed = unescape (parser, r, &w, error);

          if (consumed == 0)
            return FALSE;
          r += consumed;
          continue;
        }

      if (c < 0x20)
        return fail_control (parser, start, r, error);

      *w++ = *r++;
    }
}

/* Reads a field name: like a string, but escapes are refused, so that no
 * two spellings of one name can hide a duplicate. */
static gboolean
parse_key (Parser      *parser,
           const char **out,
           GError     **error)
{
  gsize start = parser->pos;
  char *r = parser->text + start + 1;

  for (;; r++)
    {
      guchar c = *r;

      if (c == '"')
        break;

      if (c == '\\')
        {
          const char *key = parser->text + start + 1;
          g_autofree char *shown = NULL;
          const char *end = strchr (r, '"');
          /* Up to the closing quote, or the end of an unclosed key. */
          gsize length = end != NULL ? (gsize) (end - key) : strlen (key);

          shown = g_utf8_make_valid (key, MIN (length, 64));
          return fail_at (error, SCT_DATASET_ERROR_UNKNOWN_FIELD, parser, start,
                          _("the field name “%s” contains an escape sequence"), shown);
        }

      if (c < 0x20)
        return fail_control (parser, start, r, error);
    }

  *r = '\0';
  *out = parser->text + start + 1;
  parser->pos = r + 1 - parser->text;
  return TRUE;
}

/* Moves @pos past one or more digits. */
static gboolean
skip_digits (Parser  *parser,
             gsize   *pos,
             GError **error)
{
  if (!g_ascii_isdigit (parser->text[*pos]))
    {
      parser->pos = *pos;
      /* Translators: %s is the character found instead */
      return fail_unexpected (parser, _("“%s” where a digit was expected"), error);
    }

  while (g_ascii_isdigit (parser->text[*pos]))
    (*pos)++;

  return TRUE;
}

static gboolean
parse_number (Parser      *parser,
              SctJsonNode *node,
              GError     **error)
{
  const char *text = parser->text;
  gsize start = parser->pos;
  gsize pos = start;

  node->kind = SCT_JSON_NUMBER;
  node->is_integer = TRUE;

  if (text[pos] == '-')
    pos++;

  if (text[pos] == '0')
    {
      pos++;
      if (g_ascii_isdigit (text[pos]))
        return fail_at (error, SCT_DATASET_ERROR_SYNTAX, parser, start,
                        _("a number must not start with a zero"));
    }
  else if (!skip_digits (parser, &pos, error))
    {
      return FALSE;
    }

  if (text[pos] == '.')
    {
      node->is_integer = FALSE;
      pos++;
      if (!skip_digits (parser, &pos, error))
        return FALSE;
    }

  if (text[pos] == 'e' || text[pos] == 'E')
    {
      node->is_integer = FALSE;
      pos++;
      if (text[pos] == '+' || text[pos] == '-')
        pos++;
      if (!skip_digits (parser, &pos, error))
        return FALSE;
    }

  /* Saturates on overflow: a version number that large is refused anyway. */
  node->integer = node->is_integer ? g_ascii_strtoll (text + start, NULL, 10) : 0;
  parser->pos = pos;
  return TRUE;
}

static gboolean
parse_literal (Parser      *parser,
               const char  *word,
               GError     **error)
{
  gsize length = strlen (word);

  if (strncmp (parser->text + parser->pos, word, length) != 0 ||
      g_ascii_isalnum (parser->text[parser->pos + length]))
    /* Translators: %s is the character found instead */
    return fail_unexpected (parser, _("“%s” where a value was expected"), error);

  parser->pos += length;
  return TRUE;
}

static gboolean parse_value (Parser      *parser,
                             SctJsonNode *node,
                             guint        depth,
                             GError     **error);

/* Moves the members gathered at @depth into the document. */
static void
close_container (Parser      *parser,
                 SctJsonNode *node,
                 SctJsonKind  kind,
                 guint        depth)
{
  GArray *members = parser->scratch[depth];
  gsize size = members->len * sizeof (SctJsonNode);

  node->kind = kind;
  node->n_members = members->len;
  node->members = NULL;
  if (members->len > 0)
    {
      node->members = document_alloc (parser->document, size);
      memcpy (node->members, members->data, size);
    }
  g_array_set_size (members, 0);
}

/* Reads a member's name and the colon after it, into @member. */
static gboolean
parse_member_name (Parser       *parser,
                   GArray       *members,
                   SctJsonNode  *member,
                   GError      **error)
{
  gsize start = parser->pos;

  if (parser->text[parser->pos] != '"')
    /* Translators: %s is the character found instead */
    return fail_unexpected (parser, _("“%s” where a field name in double quotes was expected"),
                            error);

  if (!parse_key (parser, &member->key, error))
    return FALSE;

  for (guint i = 0; i < members->len; i++)
    if (g_strcmp0 (g_array_index (members, SctJsonNode, i).key, member->key) == 0)
      return fail_at (error, SCT_DATASET_ERROR_DUPLICATE_KEY, parser, start,
                      _("the field “%s” appears twice in the same object"), member->key);

  if (members->len == SCT_JSON_MAX_MEMBERS)
    return fail_at (error, SCT_DATASET_ERROR_UNKNOWN_FIELD, parser, start,
                    _("an object has more than %d fields"), SCT_JSON_MAX_MEMBERS);

  skip_whitespace (parser);
  if (parser->text[parser->pos] != ':')
    /* Translators: %s is the character found instead */
    return fail_unexpected (parser, _("“%s” where a colon after the field name was expected"),
                            error);
  parser->pos++;
  skip_whitespace (parser);

  return TRUE;
}

/* Reads the array or object that opens at the parser's position. */
static gboolean
parse_container (Parser      *parser,
                 SctJsonNode *node,
                 guint        depth,
                 GError     **error)
{
  GArray *members = parser->scratch[depth];
  gboolean is_object = parser->text[parser->pos] == '{';
  char closing = is_object ? '}' : ']';

  parser->pos++;
  skip_whitespace (parser);

  while (parser->text[parser->pos] != closing)
    {
      SctJsonNode member = { 0 };

      /* Members after the first come after a comma. */
      if (members->len > 0)
        {
          gsize comma = parser->pos;

          if (parser->text[comma] != ',' && is_object)
            return fail_unexpected (parser,
                                    /* Translators: %s is the character found instead */
                                    _("“%s” where a comma or a closing brace was expected"),
                                    error);
          if (parser->text[comma] != ',')
            return fail_unexpected (parser,
                                    /* Translators: %s is the character found instead */
                                    _("“%s” where a comma or a closing bracket was expected"),
                                    error);

          parser->pos++;
          skip_whitespace (parser);
          if (parser->text[parser->pos] == closing)
            return fail_at (error, SCT_DATASET_ERROR_SYNTAX, parser, comma,
                            is_object ? _("a comma must be followed by another field")
                                      : _("a comma must be followed by another value"));
        }

      if ((is_object && !parse_member_name (parser, members, &member, error)) ||
          !parse_value (parser, &member, depth + 1, error))
        return FALSE;
      g_array_append_val (members, member);

      skip_whitespace (parser);
    }

  parser->pos++;
  close_container (parser, node, is_object ? SCT_JSON_OBJECT : SCT_JSON_ARRAY, depth);
  return TRUE;
}

static gboolean
parse_value (Parser      *parser,
             SctJsonNode *node,
             guint        depth,
             GError     **error)
{
  switch (parser->text[parser->pos])
    {
    case '{':
    case '[':
      if (depth == SCT_JSON_MAX_DEPTH)
        return fail_at (error, SCT_DATASET_ERROR_NESTING, parser, parser->pos,
                        _("the data nests more than %d levels deep"), SCT_JSON_MAX_DEPTH);
      if (parser->scratch[depth] == NULL)
        parser->scratch[depth] = g_array_new (FALSE, FALSE, sizeof (SctJsonNode));
      return parse_container (parser, node, depth, error);

    case '"':
      node->kind = SCT_JSON_STRING;
      return parse_string (parser, node, error);

    case 't':
      node->kind = SCT_JSON_BOOLEAN;
      node->boolean = TRUE;
      return parse_literal (parser, "true", error);

    case 'f':
      node->kind = SCT_JSON_BOOLEAN;
      node->boolean = FALSE;
      return parse_literal (parser, "false", error);

    case 'n':
      node->kind = SCT_JSON_NULL;
      return parse_literal (parser, "null", error);

    case '-':
    case '0': case '1': case '2': case '3': case '4':
    case '5': case '6': case '7': case '8': case '9':
      return parse_number (parser, node, error);

    default:
      /* Translators: %s is the character found instead */
      return fail_unexpected (parser, _("“%s” where a value was expected"), error);
    }
}

/* The length of the valid two- or three-byte character at @p, or 0 for
 * anything else: what French text holds, checked without a call. */
static inline guint
short_utf8_length (const guchar *p,
                   const guchar *end)
{
  if (end - p >= 2 && p[0] >= 0xC2 && p[0] <= 0xDF && (p[1] & 0xC0) == 0x80)
    return 2;

  /* Neither overlong (E0 80..9F) nor a surrogate (ED A0..BF). */
  if (end - p >= 3 && (p[0] & 0xF0) == 0xE0 &&
      (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80 &&
      (p[0] != 0xE0 || p[1] >= 0xA0) && (p[0] != 0xED || p[1] < 0xA0))
    return 3;

  return 0;
}

/* Like g_utf8_validate_len(), faster on text that is mostly ASCII, as a
 * data file is: ASCII goes by eight bytes at a time, French letters
 * without a call, and GLib says where anything else goes wrong. */
static gboolean
validate_utf8 (const char  *text,
               gsize        length,
               const char **invalid)
{
  const guchar *p = (const guchar *) text;
  const guchar *end = p + length;

  while (p < end)
    {
      guint64 non_ascii;
      guint n_bytes;

      if (end - p >= 8)
        {
          non_ascii = sct_word_find_non_ascii (sct_word_read (p));
          if (non_ascii == 0)
            {
              p += 8;
              continue;
            }
          p += sct_word_first_found (non_ascii);
        }
      else if (*p < 0x80)
        {
          p++;
          continue;
        }

      n_bytes = short_utf8_length (p, end);
      if (n_bytes == 0)
        {
          /* Four bytes, or wrong: GLib knows, and where. */
          const guchar *next = (const guchar *) g_utf8_find_next_char ((const char *) p, (const char *) end);

          if (!g_utf8_validate_len ((const char *) p, (next != NULL ? next : end) - p, invalid))
            return FALSE;
          n_bytes = (next != NULL ? next : end) - p;
        }
      p += n_bytes;
    }

  return TRUE;
}

/**
 * sct_json_document_parse:
 * @text: (transfer full): JSON text, perhaps after a byte-order mark, with
 *   a NUL after its last byte; it is parsed in place
 * @length: its length in bytes, without that NUL
 * @error: where to say what is wrong
 *
 * Parses @text whole. Besides what RFC 8259 forbids, it refuses text that
 * is not UTF-8, NUL characters, duplicate keys, keys with escapes, objects
 * of more than %SCT_JSON_MAX_MEMBERS members and nesting deeper than
 * %SCT_JSON_MAX_DEPTH. Positions in errors count from after the
 * byte-order mark.
 *
 * Returns: (transfer full) (nullable): the document, or %NULL with @error
 *   set in %SCT_DATASET_ERROR
 */
SctJsonDocument *
sct_json_document_parse (char    *text,
                         gsize    length,
                         GError **error)
{
  g_autofree char *owned_text = text;
  g_autoptr(SctJsonDocument) self = NULL;
  const char *invalid = NULL;
  const char *nul;
  gboolean parsed;
  Parser parser = { 0 };

  g_return_val_if_fail (text != NULL && text[length] == '\0', NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  parser.text = text;
  parser.length = length;

  /* Editors on some systems start UTF-8 files with a byte-order mark. */
  if (length >= 3 && memcmp (text, "\xEF\xBB\xBF", 3) == 0)
    {
      parser.text += 3;
      parser.length -= 3;
    }

  nul = memchr (parser.text, '\0', parser.length);
  if (nul != NULL)
    {
      set_error_at (error, SCT_DATASET_ERROR_ENCODING, parser.text, nul - parser.text,
                    _("the file contains a NUL byte"));
      return NULL;
    }

  if (!validate_utf8 (parser.text, parser.length, &invalid))
    {
      set_error_at (error, SCT_DATASET_ERROR_ENCODING, parser.text, invalid - parser.text,
                    _("the file is not valid UTF-8 text"));
      return NULL;
    }

  self = g_new0 (SctJsonDocument, 1);
  self->text = g_steal_pointer (&owned_text);
  parser.document = self;

  skip_whitespace (&parser);
  parsed = parse_value (&parser, &self->root, 0, error);
  if (parsed)
    {
      skip_whitespace (&parser);
      if (parser.pos < parser.length)
        parsed = fail_at (error, SCT_DATASET_ERROR_SYNTAX, &parser, parser.pos,
                          _("more data follows the end of the top-level value"));
    }

  for (guint i = 0; i < SCT_JSON_MAX_DEPTH; i++)
    g_clear_pointer (&parser.scratch[i], g_array_unref);

  if (!parsed)
    return NULL;

  return g_steal_pointer (&self);
}

const SctJsonNode *
sct_json_document_get_root (SctJsonDocument *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return &self->root;
}

void
sct_json_document_free (SctJsonDocument *self)
{
  if (self == NULL)
    return;

  g_slist_free_full (self->blocks, g_free);
  g_free (self->text);
  g_free (self);
}

/**
 * sct_json_object_get:
 * @object: an object node
 * @key: a member's name
 *
 * Returns: (nullable): the value of the member @key
 */
const SctJsonNode *
sct_json_object_get (const SctJsonNode *object,
                     const char        *key)
{
  g_return_val_if_fail (object != NULL && object->kind == SCT_JSON_OBJECT, NULL);

  /* Objects have at most SCT_JSON_MAX_MEMBERS members. */
  for (guint i = 0; i < object->n_members; i++)
    if (strcmp (object->members[i].key, key) == 0)
      return &object->members[i];

  return NULL;
}
