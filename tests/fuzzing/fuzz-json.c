/* Copyright 2026 The Secteurs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The loader's JSON parser against json-glib's, on any input: what ours
 * accepts, json-glib reads to the same values; what json-glib refuses,
 * ours refuses. Ours refuses more on purpose (NUL characters, duplicate or
 * escaped keys, deep nesting, wide objects), and says so with another
 * error than a syntax error.
 */

#include <json-glib/json-glib.h>
#include <string.h>

#include "fuzz-target.h"
#include "sct-dataset-error.h"
#include "sct-json.h"

static void
assert_same (const SctJsonNode *ours,
             JsonNode          *theirs)
{
  switch (ours->kind)
    {
    case SCT_JSON_NULL:
      g_assert_true (JSON_NODE_HOLDS_NULL (theirs));
      break;

    case SCT_JSON_BOOLEAN:
      g_assert_cmpint (json_node_get_value_type (theirs), ==, G_TYPE_BOOLEAN);
      g_assert_cmpint (ours->boolean, ==, json_node_get_boolean (theirs));
      break;

    case SCT_JSON_NUMBER:
      /* json-glib reads integers too large for 64 bits as doubles, or
       * saturates them, depending on its version: only fitting integers
       * are compared. */
      if (ours->is_integer && ours->integer != G_MAXINT64 && ours->integer != G_MININT64)
        {
          g_assert_cmpint (json_node_get_value_type (theirs), ==, G_TYPE_INT64);
          g_assert_cmpint (ours->integer, ==, json_node_get_int (theirs));
        }
      else if (!ours->is_integer)
        {
          g_assert_cmpint (json_node_get_value_type (theirs), ==, G_TYPE_DOUBLE);
        }
      break;

    case SCT_JSON_STRING:
      g_assert_cmpint (json_node_get_value_type (theirs), ==, G_TYPE_STRING);
      g_assert_cmpuint (ours->length, ==, strlen (ours->string));
      g_assert_cmpstr (ours->string, ==, json_node_get_string (theirs));
      break;

    case SCT_JSON_ARRAY:
      g_assert_true (JSON_NODE_HOLDS_ARRAY (theirs));
      g_assert_cmpuint (ours->n_members, ==, json_array_get_length (json_node_get_array (theirs)));
      for (guint i = 0; i < ours->n_members; i++)
        assert_same (&ours->members[i], json_array_get_element (json_node_get_array (theirs), i));
      break;

    case SCT_JSON_OBJECT:
      g_assert_true (JSON_NODE_HOLDS_OBJECT (theirs));
      g_assert_cmpuint (ours->n_members, ==, json_object_get_size (json_node_get_object (theirs)));
      for (guint i = 0; i < ours->n_members; i++)
        {
          JsonNode *member = json_object_get_member (json_node_get_object (theirs),
                                                     ours->members[i].key);

          g_assert_nonnull (member);
          assert_same (&ours->members[i], member);
        }
      break;

    default:
      g_assert_not_reached ();
    }
}

/* What RFC 8259 forbids and json-glib lets through: control characters
 * in strings, and a second byte-order mark. */
static gboolean
json_glib_is_lax_on (const char *json,
                     gsize       length)
{
  if (length >= 3 && memcmp (json, "\xEF\xBB\xBF", 3) == 0)
    return TRUE;

  for (gsize i = 0; i < length; i++)
    if ((guchar) json[i] < 0x20 && json[i] != '\t' && json[i] != '\n' && json[i] != '\r')
      return TRUE;

  return FALSE;
}

int
LLVMFuzzerTestOneInput (const unsigned char *data,
                        size_t               size)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(SctJsonDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  const char *json = (const char *) data;
  gsize json_length = size;
  gboolean theirs_accepts;
  char *text;

  fuzz_init_once ();

  /* Ours skips a byte-order mark, as the dataset loader always did. */
  if (size >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      json += 3;
      json_length -= 3;
    }

  /* json-glib takes an empty document for a document without a value. */
  json_parser_set_strict (parser, TRUE);
  theirs_accepts = json_length > 0 &&
                   json_parser_load_from_data (parser, json, json_length, NULL) &&
                   json_parser_get_root (parser) != NULL;

  text = g_malloc (size + 1);
  memcpy (text, data, size);
  text[size] = '\0';
  document = sct_json_document_parse (text, size, &error);

  if (document != NULL)
    {
      g_assert_true (theirs_accepts);
      assert_same (sct_json_document_get_root (document), json_parser_get_root (parser));
    }
  else if (theirs_accepts)
    {
      g_assert_nonnull (error);
      g_assert_true (error->domain == SCT_DATASET_ERROR);
      if (!json_glib_is_lax_on (json, json_length))
        g_assert_cmpint (error->code, !=, SCT_DATASET_ERROR_SYNTAX);
    }

  return 0;
}
