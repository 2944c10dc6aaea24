/* Copyright 2026 The Secteurs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Deeper than any valid dataset, far below what would exhaust the stack. */
#define SCT_JSON_MAX_DEPTH 16
/* More members than any object of a valid dataset has. */
#define SCT_JSON_MAX_MEMBERS 32

typedef enum {
  SCT_JSON_NULL,
  SCT_JSON_BOOLEAN,
  SCT_JSON_NUMBER,
  SCT_JSON_STRING,
  SCT_JSON_ARRAY,
  SCT_JSON_OBJECT,
} SctJsonKind;

typedef struct _SctJsonNode SctJsonNode;

/* One value of a parsed document. Everything it points to belongs to the
 * document and lives as long as it. */
struct _SctJsonNode
{
  SctJsonKind kind;
  /* Numbers without a fraction or an exponent: @integer holds them,
   * clamped to the range of gint64. */
  gboolean is_integer;
  /* The member's name, for the values of an object. */
  const char *key;
  union {
    gboolean boolean;
    gint64 integer;
    struct {
      const char *string;   /* UTF-8 without NUL characters */
      gsize length;         /* in bytes */
    };
    struct {
      SctJsonNode *members; /* elements of arrays, values of objects */
      guint n_members;
    };
  };
};

typedef struct _SctJsonDocument SctJsonDocument;

SctJsonDocument   *sct_json_document_parse    (char                    *text,
                                               gsize                    length,
                                               GError                 **error);
const SctJsonNode *sct_json_document_get_root (SctJsonDocument         *self);
void               sct_json_document_free     (SctJsonDocument         *self);

const SctJsonNode *sct_json_object_get        (const SctJsonNode       *object,
                                               const char              *key);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SctJsonDocument, sct_json_document_free)

G_END_DECLS
