/* Copyright 2026 The Secteurs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Reads a data file (docs/dataset.md) into the model, or says what is
 * wrong with it and where. json-glib parses the JSON; the loader checks
 * what json-glib lets through and the format forbids, then checks the
 * tree against the format while it builds the model from it. */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "sct-dataset.h"
#include "sct-model-private.h"

#define FORMAT_VERSION 1
#define MAX_ID_LENGTH 64
#define MAX_EMAIL_LENGTH 254
#define MAX_TEXT_LENGTH 4096
#define MAX_PARAGRAPH_LENGTH 16384
/* Deeper than any valid dataset, far below what would exhaust the stack. */
#define MAX_DEPTH 16
/* More members than any object of a valid dataset has. */
#define MAX_MEMBERS 32

#define NO_INDEX G_MAXUINT

/* Positions in the file */

static void
locate (const char *text,
        gsize       offset,
        guint      *line,
        guint      *column)
{
  *line = 1;
  *column = 1;

  for (gsize i = 0; i < offset; i++)
    {
      if (text[i] == '\n')
        {
          (*line)++;
          *column = 1;
        }
      /* Count characters, not the continuation bytes of one. */
      else if (((guchar) text[i] & 0xC0) != 0x80)
        {
          (*column)++;
        }
    }
}

G_GNUC_PRINTF (5, 6)
static void
set_error_at (GError          **error,
              SctDatasetError   code,
              const char       *text,
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

  locate (text, offset, &line, &column);
  /* Translators: the first two values are a line and a column number in a
   * file; the last one says what is wrong there. */
  g_set_error (error, SCT_DATASET_ERROR, code, _("Line %u, column %u: %s"), line, column, what);
}

/* Sets @error and is FALSE, for `return fail_at (…);`. A macro, so that the
 * static analyser, which does not follow variadic functions, sees it. */
#define fail_at(...) (set_error_at (__VA_ARGS__), FALSE)

/* What json-glib does not check */

static gboolean
read_hex4 (const char *digits,
           gsize       available,
           gunichar   *out)
{
  *out = 0;
  for (gsize i = 0; i < 4; i++)
    {
      if (i == available || !g_ascii_isxdigit (digits[i]))
        return FALSE;
      *out = *out * 16 + g_ascii_xdigit_value (digits[i]);
    }

  return TRUE;
}

/* Checks the escape sequence at @offset, a backslash in a text with at
 * least one byte after it, and gives its length. */
static gboolean
check_escape (const char  *text,
              gsize        length,
              gsize        offset,
              gsize       *escape_length,
              GError     **error)
{
  const char *escape = text + offset;
  gsize left = length - offset;
  char escaped[7] = { 0 };
  gunichar c, low;

  *escape_length = escape[1] == 'u' ? 6 : 2;
  if (strchr ("\"\\/bfnrt", escape[1]) != NULL)
    return TRUE;

  g_unichar_to_utf8 (g_utf8_get_char (escape + 1), escaped);
  if (escape[1] != 'u')
    return fail_at (error, SCT_DATASET_ERROR_SYNTAX, text, offset,
                    _("“\\%s” is not an escape sequence of JSON"), escaped);

  if (!read_hex4 (escape + 2, left - 2, &c))
    return fail_at (error, SCT_DATASET_ERROR_SYNTAX, text, offset,
                    _("“\\u” must be followed by four hexadecimal digits"));

  /* json-glib would cut the text there. */
  if (c == 0)
    return fail_at (error, SCT_DATASET_ERROR_ENCODING, text, offset,
                    _("a text contains the NUL character (\\u0000)"));

  if (c < 0xD800 || c > 0xDFFF)
    return TRUE;

  *escape_length = 12;
  if (c <= 0xDBFF && left >= 12 && escape[6] == '\\' && escape[7] == 'u' &&
      read_hex4 (escape + 8, left - 8, &low) && low >= 0xDC00 && low <= 0xDFFF)
    return TRUE;

  return fail_at (error, SCT_DATASET_ERROR_SYNTAX, text, offset,
                  _("“\\u%.4s” is half of a UTF-16 surrogate pair without its other half"),
                  escape + 2);
}

/* The bytes of the file, then its texts from their quotes and escapes:
 * json-glib lets most control characters through, cuts texts at
 * "\u0000", and says where a text goes wrong in words of its own, in
 * English only. */
static gboolean
check_bytes (const char  *text,
             gsize        length,
             GError     **error)
{
  const char *nul = memchr (text, '\0', length);
  const char *invalid = NULL;
  gsize start = 0;
  gsize i;
  gboolean in_text = FALSE;

  if (nul != NULL)
    return fail_at (error, SCT_DATASET_ERROR_ENCODING, text, nul - text,
                    _("the file contains a NUL byte"));

  if (!g_utf8_validate_len (text, length, &invalid))
    return fail_at (error, SCT_DATASET_ERROR_ENCODING, text, invalid - text,
                    _("the file is not valid UTF-8 text"));

  for (i = 0; i < length; i++)
    {
      guchar c = text[i];

      if (!in_text)
        {
          if (c == '"')
            {
              in_text = TRUE;
              start = i;
            }
          continue;
        }

      if (c == '"')
        {
          in_text = FALSE;
        }
      else if (c == '\n' || c == '\r')
        {
          break;
        }
      /* A backslash that ends the file leaves the text open. */
      else if (c == '\\' && i + 1 < length)
        {
          gsize escape_length;

          if (!check_escape (text, length, i, &escape_length, error))
            return FALSE;
          i += escape_length - 1;
        }
      else if (c < 0x20)
        {
          return fail_at (error, SCT_DATASET_ERROR_SYNTAX, text, i,
                          _("a text contains a control character, "
                            "which JSON writes as an escape such as \\t"));
        }
    }

  if (in_text)
    return fail_at (error, SCT_DATASET_ERROR_SYNTAX, text, start,
                    i < length ? _("a text is not closed by a quote before the end of its line")
                               : _("a text is not closed by a quote"));

  return TRUE;
}

/* Checking the tree */

/* Where in the file a check is: "Sector 4 (“reprise-collective”)" and the
 * path of field names such as "partners[2].members[0]". Each level of the
 * path is a Place on the stack that points to its parent; it is put into
 * words only when a check fails, so that loading formats nothing for the
 * many checks that pass. */
typedef struct _Place Place;

struct _Place
{
  const Place *parent;  /* NULL at the top of the path */
  const char *where;    /* at the top, unless @sector is set */
  guint sector;         /* at the top, the sector's number, from 1 */
  const char *id;       /* the sector's id, once read */
  const char *field;    /* below the top, such as "lead" or "partners" */
  guint index;          /* in @field, or NO_INDEX */
};

static void
append_path (GString     *path,
             const Place *place)
{
  if (place->parent == NULL)
    return;

  append_path (path, place->parent);
  if (path->len > 0)
    g_string_append_c (path, '.');
  g_string_append (path, place->field);
  if (place->index != NO_INDEX)
    g_string_append_printf (path, "[%u]", place->index);
}

G_GNUC_PRINTF (5, 6)
static void
set_failure (GError          **error,
             SctDatasetError   code,
             const Place      *place,
             const char       *member,
             const char       *format,
             ...)
{
  g_autofree char *what = NULL;
  g_autofree char *where = NULL;
  g_autoptr(GString) field = g_string_new (NULL);
  const Place *top = place;
  va_list args;

  va_start (args, format);
  what = g_strdup_vprintf (format, args);
  va_end (args);

  append_path (field, place);
  if (member != NULL)
    g_string_append_printf (field, "%s%s", field->len > 0 ? "." : "", member);

  while (top->parent != NULL)
    top = top->parent;

  if (top->sector == 0)
    where = g_strdup (top->where);
  else if (top->id == NULL)
    /* Translators: the number of a sector in the data file */
    where = g_strdup_printf (_("Sector %u"), top->sector);
  else
    /* Translators: the number and the id of a sector in the data file */
    where = g_strdup_printf (_("Sector %u (“%s”)"), top->sector, top->id);

  if (field->len > 0)
    /* Translators: "Sector 4 (“x”), field “contact.email”: what is wrong" */
    g_set_error (error, SCT_DATASET_ERROR, code, _("%s, field “%s”: %s"), where, field->str, what);
  else
    /* Translators: "The programme: what is wrong" */
    g_set_error (error, SCT_DATASET_ERROR, code, _("%s: %s"), where, what);
}

/* Sets @error and is FALSE, for `return fail (…);`, seen by the static
 * analyser as fail_at() is. */
#define fail(...) (set_failure (__VA_ARGS__), FALSE)

static char *
shorten (const char *text)
{
  return g_utf8_substring (text, 0, MIN (g_utf8_strlen (text, -1), 64));
}

static gboolean
check_fields (JsonObject          *object,
              const char * const  *allowed,
              const Place         *place,
              GError             **error)
{
  JsonObjectIter iter;
  const char *name;

  json_object_iter_init_ordered (&iter, object);
  while (json_object_iter_next_ordered (&iter, &name, NULL))
    {
      if (!g_strv_contains (allowed, name))
        {
          g_autofree char *shown = shorten (name);

          return fail (error, SCT_DATASET_ERROR_UNKNOWN_FIELD, place, NULL,
                       _("unknown field “%s”"), shown);
        }
    }

  return TRUE;
}

typedef enum {
  REQUIRED,
  OPTIONAL,   /* may be absent */
  NULLABLE,   /* must be there, may be null */
} Presence;

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      /* Also what JSON Schema's \s adds to GLib's white space: control
       * characters, which show nothing either. */
      if (!g_unichar_isspace (c) && !g_unichar_iscntrl (c))
        return FALSE;
    }

  return TRUE;
}

/* Checks a text of the file: not blank, at most @max_length characters. */
static gboolean
check_text (const char   *text,
            guint         max_length,
            const Place  *place,
            const char   *member,
            GError      **error)
{
  if (is_blank (text))
    return fail (error, SCT_DATASET_ERROR_EMPTY_VALUE, place, member, _("must not be empty"));

  /* Bytes are never fewer than characters. */
  if (strlen (text) > max_length && g_utf8_strlen (text, -1) > max_length)
    return fail (error, SCT_DATASET_ERROR_TOO_LONG, place, member,
                 dngettext (GETTEXT_PACKAGE, "is longer than %u character",
                            "is longer than %u characters", max_length),
                 max_length);

  return TRUE;
}

static gboolean
read_text (JsonObject   *object,
           const char   *member,
           Presence      presence,
           guint         max_length,
           const Place  *place,
           const char  **out,
           GError      **error)
{
  JsonNode *node = json_object_get_member (object, member);

  *out = NULL;

  if (node == NULL)
    {
      if (presence != OPTIONAL)
        return fail (error, SCT_DATASET_ERROR_MISSING_FIELD, place, member, _("the field is missing"));
      return TRUE;
    }

  if (JSON_NODE_HOLDS_NULL (node) && presence == NULLABLE)
    return TRUE;

  if (json_node_get_value_type (node) != G_TYPE_STRING)
    return fail (error, SCT_DATASET_ERROR_TYPE, place, member, _("must be a text"));

  if (!check_text (json_node_get_string (node), max_length, place, member, error))
    return FALSE;

  *out = json_node_get_string (node);
  return TRUE;
}

static gboolean
read_array (JsonObject   *object,
            const char   *member,
            const Place  *place,
            JsonArray   **out,
            GError      **error)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL)
    return fail (error, SCT_DATASET_ERROR_MISSING_FIELD, place, member, _("the field is missing"));

  if (!JSON_NODE_HOLDS_ARRAY (node))
    return fail (error, SCT_DATASET_ERROR_TYPE, place, member, _("must be a list"));

  *out = json_node_get_array (node);

  if (json_array_get_length (*out) == 0)
    return fail (error, SCT_DATASET_ERROR_EMPTY_VALUE, place, member, _("must not be empty"));

  return TRUE;
}

static gboolean
read_object (JsonObject   *object,
             const char   *member,
             const Place  *place,
             JsonObject  **out,
             GError      **error)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL)
    return fail (error, SCT_DATASET_ERROR_MISSING_FIELD, place, member, _("the field is missing"));

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return fail (error, SCT_DATASET_ERROR_TYPE, place, member, _("must be an object"));

  *out = json_node_get_object (node);
  return TRUE;
}

/* Reads element @index of @array as an object; @place names the element. */
static gboolean
element_object (JsonArray    *array,
                guint         index,
                const Place  *place,
                JsonObject  **out,
                GError      **error)
{
  JsonNode *node = json_array_get_element (array, index);

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return fail (error, SCT_DATASET_ERROR_TYPE, place, NULL, _("must be an object"));

  *out = json_node_get_object (node);
  return TRUE;
}

static gboolean
is_valid_id (const char *id)
{
  gboolean after_dash = TRUE;

  if (strlen (id) > MAX_ID_LENGTH)
    return FALSE;

  for (const char *p = id; *p != '\0'; p++)
    {
      if (g_ascii_islower (*p) || g_ascii_isdigit (*p))
        after_dash = FALSE;
      else if (*p == '-' && !after_dash)
        after_dash = TRUE;
      else
        return FALSE;
    }

  return !after_dash;
}

static gboolean
read_id (JsonObject   *object,
         const Place  *place,
         const char  **out,
         GError      **error)
{
  if (!read_text (object, "id", REQUIRED, MAX_TEXT_LENGTH, place, out, error))
    return FALSE;

  if (!is_valid_id (*out))
    return fail (error, SCT_DATASET_ERROR_INVALID_ID, place, "id",
                 dngettext (GETTEXT_PACKAGE,
                            "an id is made of at most %d lowercase letter, digit and single dash",
                            "an id is made of at most %d lowercase letters, digits and single dashes",
                            MAX_ID_LENGTH),
                 MAX_ID_LENGTH);

  return TRUE;
}

/* The practical subset of RFC 5321 that mail clients accept: a dot-atom
 * local part, and a domain of at least two labels. */
static gboolean
is_valid_email (const char *email)
{
  const char *at = strrchr (email, '@');
  const char *domain;
  const char *label;
  guint n_labels = 0;

  if (at == NULL || at == email || strlen (email) > MAX_EMAIL_LENGTH)
    return FALSE;

  if (email[0] == '.' || at[-1] == '.')
    return FALSE;

  for (const char *p = email; p < at; p++)
    {
      if (!g_ascii_isalnum (*p) && strchr ("!#$%&'*+/=?^_`{|}~.-", *p) == NULL)
        return FALSE;
      if (p[0] == '.' && p[1] == '.')
        return FALSE;
    }

  domain = at + 1;
  label = domain;
  for (const char *p = domain;; p++)
    {
      if (*p == '.' || *p == '\0')
        {
          gsize length = p - label;

          if (length == 0 || length > 63 || label[0] == '-' || p[-1] == '-')
            return FALSE;
          n_labels++;

          if (*p == '\0')
            break;
          label = p + 1;
        }
      else if (!g_ascii_isalnum (*p) && *p != '-')
        {
          return FALSE;
        }
    }

  return n_labels >= 2;
}

static gboolean
read_email (JsonObject   *object,
            const char   *member,
            const Place  *place,
            const char  **out,
            GError      **error)
{
  if (!read_text (object, member, REQUIRED, MAX_EMAIL_LENGTH, place, out, error))
    return FALSE;

  if (!is_valid_email (*out))
    return fail (error, SCT_DATASET_ERROR_EMAIL, place, member,
                 _("“%s” is not a valid email address"), *out);

  return TRUE;
}

/* Building the model */

static gboolean
check_format_version (JsonObject  *root,
                      GError     **error)
{
  JsonNode *node = json_object_get_member (root, "format_version");
  Place place = { .where = _("The dataset") };

  if (node == NULL)
    return fail (error, SCT_DATASET_ERROR_MISSING_FIELD, &place, "format_version",
                 _("the field is missing"));

  /* json-glib reads 1.0 and 1e400 as doubles. */
  if (json_node_get_value_type (node) != G_TYPE_INT64)
    return fail (error, SCT_DATASET_ERROR_TYPE, &place, "format_version",
                 _("must be a whole number"));

  /* A number beyond gint64 saturates, and is still not the version. */
  if (json_node_get_int (node) != FORMAT_VERSION)
    return fail (error, SCT_DATASET_ERROR_VERSION, &place, "format_version",
                 _("version %lld is not supported; this version of Secteurs reads version %d"),
                 (long long) json_node_get_int (node), FORMAT_VERSION);

  return TRUE;
}

static gboolean
load_programme (SctDataset  *dataset,
                JsonObject  *root,
                GError     **error)
{
  static const char * const fields[] = { "title", "introduction", "information", NULL };
  static const char * const information_fields[] = {
    "heading", "name", "street", "locality", "postal_code", "phone", "toll_free", "email", NULL
  };
  SctProgrammeText text = { NULL };
  JsonObject *programme;
  JsonObject *information;
  Place top = { .where = _("The dataset") };
  Place place = { .where = _("The programme") };
  Place info = { .parent = &place, .field = "information", .index = NO_INDEX };

  if (!read_object (root, "programme", &top, &programme, error))
    return FALSE;

  if (!check_fields (programme, fields, &place, error) ||
      !read_text (programme, "title", REQUIRED, MAX_TEXT_LENGTH, &place, &text.title, error) ||
      !read_text (programme, "introduction", REQUIRED, MAX_PARAGRAPH_LENGTH, &place,
                  &text.introduction, error) ||
      !read_object (programme, "information", &place, &information, error))
    return FALSE;

  if (!check_fields (information, information_fields, &info, error) ||
      !read_text (information, "heading", REQUIRED, MAX_TEXT_LENGTH, &info,
                  &text.information_heading, error) ||
      !read_text (information, "name", REQUIRED, MAX_TEXT_LENGTH, &info, &text.office, error) ||
      !read_text (information, "street", REQUIRED, MAX_TEXT_LENGTH, &info, &text.street, error) ||
      !read_text (information, "locality", REQUIRED, MAX_TEXT_LENGTH, &info,
                  &text.locality, error) ||
      !read_text (information, "postal_code", REQUIRED, MAX_TEXT_LENGTH, &info,
                  &text.postal_code, error) ||
      !read_text (information, "phone", REQUIRED, MAX_TEXT_LENGTH, &info, &text.phone, error) ||
      !read_text (information, "toll_free", REQUIRED, MAX_TEXT_LENGTH, &info,
                  &text.toll_free, error) ||
      !read_email (information, "email", &info, &text.email, error))
    return FALSE;

  dataset->programme = sct_programme_new (&text);
  return TRUE;
}

static gboolean
load_issues (SctDataset  *dataset,
             JsonObject  *root,
             GError     **error)
{
  static const char * const fields[] = { "id", "label", NULL };
  JsonArray *issues;
  Place top = { .where = _("The dataset") };

  if (!read_array (root, "issues", &top, &issues, error))
    return FALSE;

  /* Filters keep a sector's issues as the bits of one integer. */
  if (json_array_get_length (issues) > SCT_SECTOR_MAX_ISSUES)
    return fail (error, SCT_DATASET_ERROR_TOO_LONG, &top, "issues",
                 dngettext (GETTEXT_PACKAGE, "has more than %d entry", "has more than %d entries",
                            SCT_SECTOR_MAX_ISSUES),
                 SCT_SECTOR_MAX_ISSUES);

  for (guint i = 0; i < json_array_get_length (issues); i++)
    {
      g_autoptr(SctIssue) issue = NULL;
      JsonObject *object;
      const char *id, *label;
      char where[64];
      Place place = { .where = where };

      /* Translators: an entry of the dataset's list of issues */
      g_snprintf (where, sizeof where, _("Issue %u"), i + 1);

      if (!element_object (issues, i, &place, &object, error) ||
          !check_fields (object, fields, &place, error) ||
          !read_id (object, &place, &id, error) ||
          !read_text (object, "label", REQUIRED, MAX_TEXT_LENGTH, &place, &label, error))
        return FALSE;

      if (g_hash_table_contains (dataset->issues_by_id, id))
        return fail (error, SCT_DATASET_ERROR_DUPLICATE_ID, &place, "id",
                     _("the id “%s” is already used by another issue"), id);

      issue = sct_issue_new (id, label, i);
      g_list_store_append (dataset->issues, issue);
      g_hash_table_insert (dataset->issues_by_id, (char *) sct_issue_get_id (issue), issue);
    }

  return TRUE;
}

static gboolean
load_organisations (SctDataset  *dataset,
                    JsonObject  *root,
                    GError     **error)
{
  static const char * const fields[] = { "id", "name", "acronym", NULL };
  JsonArray *organisations;
  Place top = { .where = _("The dataset") };

  if (!read_array (root, "organisations", &top, &organisations, error))
    return FALSE;

  for (guint i = 0; i < json_array_get_length (organisations); i++)
    {
      g_autoptr(SctOrganisation) organisation = NULL;
      JsonObject *object;
      const char *id, *name, *acronym;
      char where[64];
      Place place = { .where = where };

      /* Translators: an entry of the dataset's list of organisations */
      g_snprintf (where, sizeof where, _("Organisation %u"), i + 1);

      if (!element_object (organisations, i, &place, &object, error) ||
          !check_fields (object, fields, &place, error) ||
          !read_id (object, &place, &id, error) ||
          !read_text (object, "name", REQUIRED, MAX_TEXT_LENGTH, &place, &name, error) ||
          !read_text (object, "acronym", OPTIONAL, MAX_TEXT_LENGTH, &place, &acronym, error))
        return FALSE;

      if (g_hash_table_contains (dataset->organisations_by_id, id))
        return fail (error, SCT_DATASET_ERROR_DUPLICATE_ID, &place, "id",
                     _("the id “%s” is already used by another organisation"), id);

      organisation = sct_organisation_new (id, name, acronym);
      g_list_store_append (dataset->organisations, organisation);
      g_hash_table_insert (dataset->organisations_by_id,
                           (char *) sct_organisation_get_id (organisation), organisation);
    }

  return TRUE;
}

/* Reads { "issue" or "organisation": id, "text": words } into what the id
 * names and the words. */
static gboolean
read_mention (SctDataset   *dataset,
              JsonObject   *object,
              const char   *member,
              const Place  *place,
              gpointer     *target,
              const char  **text,
              GError      **error)
{
  gboolean is_issue = g_str_equal (member, "issue");
  GHashTable *index = is_issue ? dataset->issues_by_id : dataset->organisations_by_id;
  const char * const fields[] = { member, "text", NULL };
  const char *id;

  if (!check_fields (object, fields, place, error) ||
      !read_text (object, member, REQUIRED, MAX_TEXT_LENGTH, place, &id, error))
    return FALSE;

  *target = g_hash_table_lookup (index, id);
  if (*target == NULL)
    {
      g_autofree char *shown = shorten (id);

      return fail (error, SCT_DATASET_ERROR_REFERENCE, place, member,
                   /* Translators: the second value is “issues” or
                    * “organisations”, the name of a list in the data file */
                   _("“%s” is not in the list “%s”"),
                   shown, is_issue ? "issues" : "organisations");
    }

  return read_text (object, "text", REQUIRED, MAX_TEXT_LENGTH, place, text, error);
}

static gboolean
load_sector_issues (SctDataset   *dataset,
                    SctSector    *sector,
                    JsonObject   *object,
                    const Place  *place,
                    GError      **error)
{
  JsonArray *issues;

  if (!read_array (object, "issues", place, &issues, error))
    return FALSE;

  for (guint i = 0; i < json_array_get_length (issues); i++)
    {
      Place here = { .parent = place, .field = "issues", .index = i };
      JsonObject *entry;
      SctIssue *issue;
      const char *text;

      if (!element_object (issues, i, &here, &entry, error) ||
          !read_mention (dataset, entry, "issue", &here, (gpointer *) &issue, &text, error))
        return FALSE;

      sct_sector_add_issue (sector, issue, text);
    }

  return TRUE;
}

/* Adds the block { "type": "list", "items": texts } to @sector. */
static gboolean
load_list (SctSector    *sector,
           JsonObject   *block,
           const Place  *place,
           GError      **error)
{
  static const char * const fields[] = { "type", "items", NULL };
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  JsonArray *items;

  if (!check_fields (block, fields, place, error) ||
      !read_array (block, "items", place, &items, error))
    return FALSE;

  for (guint i = 0; i < json_array_get_length (items); i++)
    {
      JsonNode *node = json_array_get_element (items, i);
      Place here = { .parent = place, .field = "items", .index = i };

      if (json_node_get_value_type (node) != G_TYPE_STRING)
        return fail (error, SCT_DATASET_ERROR_TYPE, &here, NULL, _("must be a text"));
      if (!check_text (json_node_get_string (node), MAX_TEXT_LENGTH, &here, NULL, error))
        return FALSE;

      g_strv_builder_add (builder, json_node_get_string (node));
    }

  sct_sector_add_block (sector, NULL, g_strv_builder_end (builder));
  return TRUE;
}

static gboolean
load_description (SctSector    *sector,
                  JsonObject   *object,
                  const Place  *place,
                  GError      **error)
{
  static const char * const paragraph_fields[] = { "type", "text", NULL };
  JsonArray *blocks;

  if (!read_array (object, "description", place, &blocks, error))
    return FALSE;

  for (guint i = 0; i < json_array_get_length (blocks); i++)
    {
      Place here = { .parent = place, .field = "description", .index = i };
      JsonObject *block;
      const char *type;

      if (!element_object (blocks, i, &here, &block, error) ||
          !read_text (block, "type", REQUIRED, MAX_TEXT_LENGTH, &here, &type, error))
        return FALSE;

      if (g_str_equal (type, "paragraph"))
        {
          const char *text;

          if (!check_fields (block, paragraph_fields, &here, error) ||
              !read_text (block, "text", REQUIRED, MAX_PARAGRAPH_LENGTH, &here, &text, error))
            return FALSE;

          sct_sector_add_block (sector, text, NULL);
        }
      else if (g_str_equal (type, "list"))
        {
          if (!load_list (sector, block, &here, error))
            return FALSE;
        }
      else
        {
          return fail (error, SCT_DATASET_ERROR_TYPE, &here, "type",
                       _("must be “paragraph” or “list”"));
        }
    }

  return TRUE;
}

static gboolean
load_partner_group (SctDataset   *dataset,
                    SctSector    *sector,
                    JsonObject   *entry,
                    const Place  *place,
                    GError      **error)
{
  static const char * const fields[] = { "group", "members", "etc", NULL };
  JsonNode *etc_node = json_object_get_member (entry, "etc");
  JsonArray *members;
  const char *heading;

  if (!check_fields (entry, fields, place, error) ||
      !read_text (entry, "group", REQUIRED, MAX_TEXT_LENGTH, place, &heading, error) ||
      !read_array (entry, "members", place, &members, error))
    return FALSE;

  if (etc_node != NULL && json_node_get_value_type (etc_node) != G_TYPE_BOOLEAN)
    return fail (error, SCT_DATASET_ERROR_TYPE, place, "etc", _("must be true or false"));

  sct_sector_begin_partner_group (sector, heading,
                                  etc_node != NULL && json_node_get_boolean (etc_node));

  for (guint i = 0; i < json_array_get_length (members); i++)
    {
      Place here = { .parent = place, .field = "members", .index = i };
      SctOrganisation *organisation;
      JsonObject *member;
      const char *text;

      if (!element_object (members, i, &here, &member, error) ||
          !read_mention (dataset, member, "organisation", &here, (gpointer *) &organisation, &text,
                         error))
        return FALSE;

      sct_sector_add_partner (sector, organisation, text);
    }

  return TRUE;
}

static gboolean
load_partners (SctDataset   *dataset,
               SctSector    *sector,
               JsonObject   *object,
               const Place  *place,
               GError      **error)
{
  JsonArray *partners;
  gboolean in_bare_group = FALSE;

  if (!read_array (object, "partners", place, &partners, error))
    return FALSE;

  for (guint i = 0; i < json_array_get_length (partners); i++)
    {
      Place here = { .parent = place, .field = "partners", .index = i };
      JsonObject *entry;

      if (!element_object (partners, i, &here, &entry, error))
        return FALSE;

      if (json_object_has_member (entry, "group"))
        {
          if (!load_partner_group (dataset, sector, entry, &here, error))
            return FALSE;
          in_bare_group = FALSE;
        }
      else
        {
          SctOrganisation *organisation;
          const char *text;

          if (!read_mention (dataset, entry, "organisation", &here, (gpointer *) &organisation,
                             &text, error))
            return FALSE;

          /* Consecutive partners without a heading share one group. */
          if (!in_bare_group)
            sct_sector_begin_partner_group (sector, NULL, FALSE);
          in_bare_group = TRUE;

          sct_sector_add_partner (sector, organisation, text);
        }
    }

  return TRUE;
}

/* Builds the sector that element @element of @array describes, the next
 * of the file's list. */
static gboolean
load_sector (SctDataset  *dataset,
             JsonArray   *array,
             guint        element,
             GError     **error)
{
  static const char * const fields[] = {
    "id", "title", "project", "issues", "description", "lead", "partners", "contact", NULL
  };
  static const char * const contact_fields[] = { "name", "email", NULL };
  g_autoptr(SctSector) sector = NULL;
  SctOrganisation *lead;
  JsonObject *object, *lead_object, *contact;
  const char *id, *title, *project, *lead_text, *name, *email;
  guint index = g_list_model_get_n_items (G_LIST_MODEL (dataset->sectors));
  Place place = { .sector = index + 1 };
  Place lead_place = { .parent = &place, .field = "lead", .index = NO_INDEX };
  Place contact_place = { .parent = &place, .field = "contact", .index = NO_INDEX };

  if (!element_object (array, element, &place, &object, error) ||
      !read_id (object, &place, &id, error))
    return FALSE;

  place.id = id;

  if (g_hash_table_contains (dataset->sectors_by_id, id))
    return fail (error, SCT_DATASET_ERROR_DUPLICATE_ID, &place, "id",
                 _("the id “%s” is already used by another sector"), id);

  if (!check_fields (object, fields, &place, error) ||
      !read_text (object, "title", REQUIRED, MAX_TEXT_LENGTH, &place, &title, error) ||
      !read_text (object, "project", NULLABLE, MAX_TEXT_LENGTH, &place, &project, error))
    return FALSE;

  sector = sct_sector_new (G_LIST_MODEL (dataset->issues), G_LIST_MODEL (dataset->organisations),
                           index, id, title, project);

  if (!load_sector_issues (dataset, sector, object, &place, error) ||
      !load_description (sector, object, &place, error) ||
      !read_object (object, "lead", &place, &lead_object, error) ||
      !read_mention (dataset, lead_object, "organisation", &lead_place, (gpointer *) &lead,
                     &lead_text, error))
    return FALSE;
  sct_sector_set_lead (sector, lead, lead_text);

  if (!load_partners (dataset, sector, object, &place, error) ||
      !read_object (object, "contact", &place, &contact, error) ||
      !check_fields (contact, contact_fields, &contact_place, error) ||
      !read_text (contact, "name", REQUIRED, MAX_TEXT_LENGTH, &contact_place, &name, error) ||
      !read_email (contact, "email", &contact_place, &email, error))
    return FALSE;
  sct_sector_set_contact (sector, name, email);

  sct_sector_seal (sector);
  g_list_store_append (dataset->sectors, sector);
  g_hash_table_insert (dataset->sectors_by_id, (char *) sct_sector_get_id (sector), sector);
  return TRUE;
}

/* Folded titles, so that « É » sorts with E whatever the locale. */
static int
compare_titles (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  return strcmp (sct_sector_get_sort_key ((SctSector *) a),
                 sct_sector_get_sort_key ((SctSector *) b));
}

/* The most involved first, then by folded name. */
static int
compare_uses (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  guint n_a = sct_organisation_get_n_sectors ((SctOrganisation *) a);
  guint n_b = sct_organisation_get_n_sectors ((SctOrganisation *) b);

  if (n_a != n_b)
    return n_a > n_b ? -1 : 1;

  return strcmp (sct_organisation_get_sort_key ((SctOrganisation *) a),
                 sct_organisation_get_sort_key ((SctOrganisation *) b));
}

/* Fills @sorted with the items of @model in the order of @compare, here on
 * the loading thread rather than by sorting models on the main thread. The
 * sort is stable: what compares equal stays in the file's order. */
static void
sort_into (GListModel       *model,
           GCompareDataFunc  compare,
           GListStore       *sorted)
{
  guint n_items = g_list_model_get_n_items (model);
  g_autoptr(GPtrArray) items = g_ptr_array_new_full (n_items, g_object_unref);

  for (guint i = 0; i < n_items; i++)
    g_ptr_array_add (items, g_list_model_get_item (model, i));
  g_ptr_array_sort_values_with_data (items, compare, NULL);
  g_list_store_splice (sorted, 0, 0, items->pdata, items->len);
}

/* Parsing */

/* A JsonParser that checks, as it parses, the limits of the format that
 * json-glib does not know, and keeps where it stopped if it fails. Its
 * class handlers rather than signal handlers: json-glib calls them without
 * emitting a signal for each of the million values of a large directory,
 * which took a quarter of the loading time.
 *
 * It also builds each sector as soon as json-glib has read it, and drops
 * its part of the tree: the whole tree of 10 000 sectors took ten times
 * the file's size in memory and half the loading time to build and free.
 * It can once the issues and the organisations are read, which the
 * format's order of fields puts first; a file in another order is read
 * from the whole tree, as the same errors in the same order tell. */
#define SCT_TYPE_CHECKING_PARSER (sct_checking_parser_get_type ())

G_DECLARE_FINAL_TYPE (SctCheckingParser, sct_checking_parser, SCT, CHECKING_PARSER, JsonParser)

struct _SctCheckingParser
{
  JsonParser parent_instance;

  const char *text;
  gsize length;
  guint depth;
  gboolean root_closed;
  /* The members read so far of the open object at each depth. Deeper
   * objects share the last one: by then the nesting error is kept. */
  guint n_members[MAX_DEPTH + 1];
  GError *error;        /* the first limit exceeded */
  gsize error_offset;   /* where json-glib stopped, if it failed */

  SctDataset *dataset;
  JsonObject *root;           /* the top-level object, once it has a member */
  gboolean lists_read;        /* the issues and the organisations */
  gboolean in_sectors;        /* in a top-level list, read sector by sector */
  gboolean sectors_ended;     /* that list has ended; its name comes next */
  gboolean sectors_read;      /* and it was "sectors" */
  GError *later_error;        /* the first of those, reported in its turn */
};

G_DEFINE_FINAL_TYPE (SctCheckingParser, sct_checking_parser, JSON_TYPE_PARSER)

static gsize
skip_whitespace (SctCheckingParser *self,
                 gsize              offset)
{
  while (offset < self->length && strchr (" \t\r\n", self->text[offset]) != NULL)
    offset++;

  return offset;
}

/* Where json-glib is, from its line and column in bytes, counted in
 * strict mode from the first character that is not white space. */
static gsize
parser_offset (SctCheckingParser *self)
{
  const char *text = self->text;
  guint line = json_parser_get_current_line (JSON_PARSER (self));
  guint column = json_parser_get_current_pos (JSON_PARSER (self));
  gsize offset = skip_whitespace (self, 0);

  for (guint i = 1; i < line && offset < self->length; offset++)
    if (text[offset] == '\n')
      i++;

  offset = MIN (offset + (column > 0 ? column - 1 : 0), self->length);

  /* Never in the middle of a character, whatever json-glib counted. */
  while (offset > 0 && offset < self->length && ((guchar) text[offset] & 0xC0) == 0x80)
    offset--;

  return offset;
}

G_GNUC_PRINTF (3, 4)
static void
keep_first_error (SctCheckingParser *self,
                  SctDatasetError    code,
                  const char        *format,
                  ...)
{
  g_autofree char *message = NULL;
  va_list args;

  if (self->error != NULL)
    return;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  set_error_at (&self->error, code, self->text, parser_offset (self), "%s", message);
}

static void
enter (SctCheckingParser *self)
{
  if (++self->depth > MAX_DEPTH)
    keep_first_error (self, SCT_DATASET_ERROR_NESTING,
                      dngettext (GETTEXT_PACKAGE, "the data nests more than %d level deep",
                                 "the data nests more than %d levels deep", MAX_DEPTH),
                      MAX_DEPTH);
}

static void
leave (SctCheckingParser *self)
{
  if (--self->depth == 0)
    self->root_closed = TRUE;
}

static void
sct_checking_parser_object_start (JsonParser *parser)
{
  SctCheckingParser *self = SCT_CHECKING_PARSER (parser);

  enter (self);
  self->n_members[MIN (self->depth, MAX_DEPTH)] = 0;
}

/* json-glib keeps the last of two members of the same name, silently. */
static void
sct_checking_parser_object_member (JsonParser *parser,
                                   JsonObject *object,
                                   const char *name)
{
  SctCheckingParser *self = SCT_CHECKING_PARSER (parser);
  guint *n_members = &self->n_members[MIN (self->depth, MAX_DEPTH)];

  if (json_object_get_size (object) < ++*n_members)
    {
      g_autofree char *shown = shorten (name);

      keep_first_error (self, SCT_DATASET_ERROR_DUPLICATE_KEY,
                        _("the field “%s” appears twice in the same object"), shown);
    }
  else if (*n_members > MAX_MEMBERS)
    {
      keep_first_error (self, SCT_DATASET_ERROR_UNKNOWN_FIELD,
                        dngettext (GETTEXT_PACKAGE, "an object has more than %d field",
                                   "an object has more than %d fields", MAX_MEMBERS),
                        MAX_MEMBERS);
    }

  if (self->depth == 1)
    {
      self->root = object;
      if (self->sectors_ended)
        self->sectors_read = g_str_equal (name, "sectors");
      self->sectors_ended = FALSE;
    }
}

static void
sct_checking_parser_object_end (JsonParser *parser,
                                JsonObject *object)
{
  leave (SCT_CHECKING_PARSER (parser));
}

/* Whether a top-level list that starts now can be read sector by sector:
 * the issues and the organisations it refers to are there and valid. Any
 * other top-level list is an error that the checks of the whole tree
 * report before the sectors. */
static gboolean
can_read_sectors (SctCheckingParser *self)
{
  if (self->root == NULL)
    return FALSE;

  if (!self->lists_read)
    {
      if (!json_object_has_member (self->root, "issues") ||
          !json_object_has_member (self->root, "organisations"))
        return FALSE;

      self->lists_read = TRUE;
      if (load_issues (self->dataset, self->root, &self->later_error))
        load_organisations (self->dataset, self->root, &self->later_error);
    }

  return self->later_error == NULL;
}

static void
sct_checking_parser_array_start (JsonParser *parser)
{
  SctCheckingParser *self = SCT_CHECKING_PARSER (parser);

  enter (self);
  if (self->depth == 2)
    self->in_sectors = can_read_sectors (self);
}

/* json-glib is done with an element once it is in the list. */
static void
sct_checking_parser_array_element (JsonParser *parser,
                                   JsonArray  *array,
                                   int         index)
{
  SctCheckingParser *self = SCT_CHECKING_PARSER (parser);
  guint last = json_array_get_length (array) - 1;

  if (!self->in_sectors || self->depth != 2)
    return;

  /* After the first error, the rest is only parsed, for its syntax. */
  if (self->later_error == NULL)
    load_sector (self->dataset, array, last, &self->later_error);
  json_array_remove_element (array, last);
}

static void
sct_checking_parser_array_end (JsonParser *parser,
                               JsonArray  *array)
{
  SctCheckingParser *self = SCT_CHECKING_PARSER (parser);

  if (self->in_sectors && self->depth == 2)
    {
      self->in_sectors = FALSE;
      self->sectors_ended = TRUE;
    }
  leave (self);
}

/* The scanner is gone once the parser returns. */
static void
sct_checking_parser_error (JsonParser   *parser,
                           const GError *error)
{
  SctCheckingParser *self = SCT_CHECKING_PARSER (parser);

  self->error_offset = parser_offset (self);
}

static void
sct_checking_parser_finalize (GObject *object)
{
  SctCheckingParser *self = SCT_CHECKING_PARSER (object);

  g_clear_error (&self->error);
  g_clear_error (&self->later_error);

  G_OBJECT_CLASS (sct_checking_parser_parent_class)->finalize (object);
}

static void
sct_checking_parser_class_init (SctCheckingParserClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  JsonParserClass *parser_class = JSON_PARSER_CLASS (klass);

  object_class->finalize = sct_checking_parser_finalize;
  parser_class->object_start = sct_checking_parser_object_start;
  parser_class->object_member = sct_checking_parser_object_member;
  parser_class->object_end = sct_checking_parser_object_end;
  parser_class->array_start = sct_checking_parser_array_start;
  parser_class->array_element = sct_checking_parser_array_element;
  parser_class->array_end = sct_checking_parser_array_end;
  parser_class->error = sct_checking_parser_error;
}

static void
sct_checking_parser_init (SctCheckingParser *self)
{
}

/* Says in the user's language what json-glib found wrong. It stops on the
 * last token it read: what is wrong is that token or the next one. Texts,
 * the usual place of mistakes, were checked before. */
static void
explain_syntax_error (SctCheckingParser  *self,
                      const GError       *json_error,
                      GError            **error)
{
  const char *text = self->text;
  gsize last = self->error_offset;
  gsize next = skip_whitespace (self, last < self->length ? (gsize) (g_utf8_next_char (text + last) - text)
                                                          : self->length);
  gboolean after_token = last < self->length && strchr ("{[,:", text[last]) != NULL;
  char found[7] = { 0 };

  /* The text is valid UTF-8: a whole character starts there. */
  if (next < self->length)
    g_unichar_to_utf8 (g_utf8_get_char (text + next), found);

  if (json_error->code == JSON_PARSER_ERROR_INVALID_STRUCTURE || self->root_closed)
    set_error_at (error, SCT_DATASET_ERROR_SYNTAX, text, last,
                  _("more data follows the end of the top-level value"));
  else if (next == self->length)
    set_error_at (error, SCT_DATASET_ERROR_SYNTAX, text, self->length,
                  _("the file ends before the data does"));
  else if (text[next] == '/' && next + 1 < self->length &&
           (text[next + 1] == '/' || text[next + 1] == '*'))
    set_error_at (error, SCT_DATASET_ERROR_SYNTAX, text, next, _("JSON does not allow comments"));
  else if (text[next] == '\'')
    set_error_at (error, SCT_DATASET_ERROR_SYNTAX, text, next,
                  _("texts and field names must be in straight double quotes"));
  else if (json_error->code == JSON_PARSER_ERROR_TRAILING_COMMA)
    set_error_at (error, SCT_DATASET_ERROR_SYNTAX, text, last,
                  text[next] == '}' ? _("a comma must be followed by another field")
                                    : _("a comma must be followed by another value"));
  else if (json_error->code == JSON_PARSER_ERROR_MISSING_COMMA)
    set_error_at (error, SCT_DATASET_ERROR_SYNTAX, text, next,
                  /* Translators: %s is the character found instead */
                  _("“%s” where a comma was expected"), found);
  else if (json_error->code == JSON_PARSER_ERROR_MISSING_COLON)
    set_error_at (error, SCT_DATASET_ERROR_SYNTAX, text, next,
                  /* Translators: %s is the character found instead */
                  _("“%s” where a colon after the field name was expected"), found);
  else
    set_error_at (error, SCT_DATASET_ERROR_SYNTAX, text, after_token ? next : last,
                  _("this is not valid JSON"));
}

/* The issues, the organisations and the sectors, less what @parser has
 * read of them on the way. */
static gboolean
load_lists (SctCheckingParser  *parser,
            JsonObject         *root,
            GError            **error)
{
  SctDataset *dataset = parser->dataset;
  GListModel *sectors = G_LIST_MODEL (dataset->sectors);
  JsonArray *array;
  Place top = { .where = _("The dataset") };

  if (parser->later_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&parser->later_error));
      return FALSE;
    }

  if (!parser->lists_read &&
      (!load_issues (dataset, root, error) || !load_organisations (dataset, root, error)))
    return FALSE;

  /* The sectors it built are gone from the tree; if none, it was empty. */
  if (parser->sectors_read && g_list_model_get_n_items (sectors) > 0)
    return TRUE;

  if (!read_array (root, "sectors", &top, &array, error))
    return FALSE;

  /* Any other top-level list read sector by sector failed a check
   * before this one. */
  g_assert (g_list_model_get_n_items (sectors) == 0);

  for (guint i = 0; i < json_array_get_length (array); i++)
    if (!load_sector (dataset, array, i, error))
      return FALSE;

  return TRUE;
}

static gboolean
is_blank_bytes (const char *data,
                gsize       length)
{
  for (gsize i = 0; i < length; i++)
    if (!g_ascii_isspace (data[i]))
      return FALSE;

  return TRUE;
}

/* Checks a data file whole and builds the model from it, or nothing.
 * Positions in errors count from after the byte-order mark. */
SctDataset *
sct_dataset_new_from_bytes (GBytes  *bytes,
                            GError **error)
{
  static const char * const fields[] = {
    "format_version", "programme", "issues", "organisations", "sectors", NULL
  };
  g_autoptr(SctDataset) self = NULL;
  g_autoptr(SctCheckingParser) parser = NULL;
  g_autoptr(GError) json_error = NULL;
  const char *data;
  gsize length;
  gboolean parsed;
  JsonNode *root;
  JsonObject *object;
  Place place = { .where = _("The dataset") };

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = g_bytes_get_data (bytes, &length);

  if (length > SCT_DATASET_MAX_SIZE)
    {
      g_set_error (error, SCT_DATASET_ERROR, SCT_DATASET_ERROR_TOO_LARGE,
                   dngettext (GETTEXT_PACKAGE, "The file is larger than %d MiB",
                              "The file is larger than %d MiB", SCT_DATASET_MAX_SIZE / (1024 * 1024)),
                   SCT_DATASET_MAX_SIZE / (1024 * 1024));
      return NULL;
    }

  /* Editors on some systems start UTF-8 files with a byte-order mark. */
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      length -= 3;
    }

  if (is_blank_bytes (data, length))
    {
      g_set_error_literal (error, SCT_DATASET_ERROR, SCT_DATASET_ERROR_EMPTY,
                           _("The file is empty"));
      return NULL;
    }

  if (!check_bytes (data, length, error))
    return NULL;

  self = g_object_new (SCT_TYPE_DATASET, NULL);
  parser = g_object_new (SCT_TYPE_CHECKING_PARSER, "strict", TRUE, NULL);
  parser->dataset = self;
  parser->text = data;
  parser->length = length;
  parsed = json_parser_load_from_data (JSON_PARSER (parser), data, length, &json_error);

  /* A limit exceeded comes before wherever json-glib went on to fail. */
  if (parser->error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&parser->error));
      return NULL;
    }

  if (!parsed)
    {
      explain_syntax_error (parser, json_error, error);
      return NULL;
    }

  /* Less the sectors that the parser built on the way. */
  root = json_parser_get_root (JSON_PARSER (parser));

  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error_literal (error, SCT_DATASET_ERROR, SCT_DATASET_ERROR_TYPE,
                           _("The file must hold one JSON object"));
      return NULL;
    }

  object = json_node_get_object (root);

  if (!check_fields (object, fields, &place, error) ||
      !check_format_version (object, error) ||
      !load_programme (self, object, error) ||
      !load_lists (parser, object, error))
    return NULL;

  /* The sidebar's and the organisation chooser's orders. */
  sort_into (G_LIST_MODEL (self->sectors), compare_titles, self->sectors_by_title);
  sort_into (G_LIST_MODEL (self->organisations), compare_uses, self->organisations_by_use);

  return g_steal_pointer (&self);
}
