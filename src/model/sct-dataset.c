/* Copyright 2026 The Secteurs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#ifdef __linux__
#include <sys/resource.h>
#endif

#include "sct-dataset.h"
#include "sct-json.h"
#include "sct-model-private.h"
#include "sct-parallel.h"
#include "sct-sector-list.h"
#include "sct-text.h"

#define FORMAT_VERSION 1
#define MAX_ID_LENGTH 64
#define MAX_EMAIL_LENGTH 254
#define MAX_TEXT_LENGTH 4096
#define MAX_PARAGRAPH_LENGTH 16384

/* The sectors, issues and organisations of one data file. Loading checks
 * everything and builds the whole model, or fails and builds nothing. */
struct _SctDataset
{
  GObject parent_instance;

  SctProgramme *programme;
  SctSectorList *sectors;
  SctSectorList *sectors_by_title;
  GListStore *issues;
  GListStore *organisations;
  GListStore *organisations_by_use;
  GHashTable *sectors_by_id;
  GHashTable *issues_by_id;
  GHashTable *organisations_by_id;
};

G_DEFINE_FINAL_TYPE (SctDataset, sct_dataset, G_TYPE_OBJECT)

G_DEFINE_QUARK (sct-dataset-error-quark, sct_dataset_error)

static void
sct_dataset_dispose (GObject *object)
{
  SctDataset *self = SCT_DATASET (object);

  g_clear_pointer (&self->sectors_by_id, g_hash_table_unref);
  g_clear_pointer (&self->issues_by_id, g_hash_table_unref);
  g_clear_pointer (&self->organisations_by_id, g_hash_table_unref);
  g_clear_object (&self->programme);
  g_clear_object (&self->sectors);
  g_clear_object (&self->sectors_by_title);
  g_clear_object (&self->issues);
  g_clear_object (&self->organisations);
  g_clear_object (&self->organisations_by_use);

  G_OBJECT_CLASS (sct_dataset_parent_class)->dispose (object);
}

static void
sct_dataset_class_init (SctDatasetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sct_dataset_dispose;
}

static void
sct_dataset_init (SctDataset *self)
{
  {
    g_autoptr(GPtrArray) none = g_ptr_array_new ();

    self->sectors = sct_sector_list_new (none);
    self->sectors_by_title = sct_sector_list_new (none);
  }
  self->issues = g_list_store_new (SCT_TYPE_ISSUE);
  self->organisations = g_list_store_new (SCT_TYPE_ORGANISATION);
  self->organisations_by_use = g_list_store_new (SCT_TYPE_ORGANISATION);
  /* The ids are owned by the objects the stores keep alive. */
  self->sectors_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->issues_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->organisations_by_id = g_hash_table_new (g_str_hash, g_str_equal);
}

#define NO_INDEX G_MAXUINT

/* Where in the file a check is: "Sector 4 (“reprise-collective”)" and the
 * path of field names such as "partners[2].members[0]". Kept in parts and
 * put into words only when a check fails, so that loading formats nothing
 * for the many checks that pass. */
typedef struct {
  char where[64];      /* unless @sector is set */
  guint sector;        /* the sector's number, from 1 */
  const char *id;      /* the sector's id, once read */
  const char *field;   /* such as "lead" or "partners" */
  guint index;         /* in @field, or NO_INDEX */
  const char *subfield;
  guint subindex;
} Place;

static char *
place_describe_field (const Place *place,
                      const char  *member)
{
  GString *path = g_string_new (place->field);

  if (place->field != NULL && place->index != NO_INDEX)
    g_string_append_printf (path, "[%u]", place->index);
  if (place->subfield != NULL)
    g_string_append_printf (path, ".%s[%u]", place->subfield, place->subindex);
  if (member != NULL)
    g_string_append_printf (path, "%s%s", path->len > 0 ? "." : "", member);

  return g_string_free_and_steal (path);
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
  g_autofree char *field = place_describe_field (place, member);
  g_autofree char *where = NULL;
  va_list args;

  va_start (args, format);
  what = g_strdup_vprintf (format, args);
  va_end (args);

  if (place->sector == 0)
    where = g_strdup (place->where);
  else if (place->id == NULL)
    /* Translators: the number of a sector in the data file */
    where = g_strdup_printf (_("Sector %u"), place->sector);
  else
    /* Translators: the number and the id of a sector in the data file */
    where = g_strdup_printf (_("Sector %u (“%s”)"), place->sector, place->id);

  if (field[0] != '\0')
    /* Translators: "Sector 4 (“x”), field “contact.email”: what is wrong" */
    g_set_error (error, SCT_DATASET_ERROR, code, _("%s, field “%s”: %s"), where, field, what);
  else
    /* Translators: "The programme: what is wrong" */
    g_set_error (error, SCT_DATASET_ERROR, code, _("%s: %s"), where, what);
}

/* Sets @error and is FALSE, for `return fail (…);`. A macro, so that the
 * static analyser (scan-build), which does not follow variadic functions,
 * sees that a failed check returns FALSE and leaves its output unset. */
#define fail(...) (set_failure (__VA_ARGS__), FALSE)

static void
place_init (Place      *place,
            const char *where)
{
  *place = (Place) { .index = NO_INDEX };
  g_strlcpy (place->where, where, sizeof place->where);
}

static void
place_init_sector (Place *place,
                   guint  number)
{
  *place = (Place) { .sector = number, .index = NO_INDEX };
}

/* Names a field of the object being checked, or with @index an element of
 * it; NULL goes back to the object itself. */
static void
place_set_field (Place      *place,
                 const char *field,
                 guint       index)
{
  place->field = field;
  place->index = index;
  place->subfield = NULL;
}

static void
place_set_subfield (Place      *place,
                    const char *subfield,
                    guint       subindex)
{
  place->subfield = subfield;
  place->subindex = subindex;
}

static gboolean
check_fields (const SctJsonNode   *object,
              const char * const  *allowed,
              const Place         *place,
              GError             **error)
{
  for (guint i = 0; i < object->n_members; i++)
    {
      const char *name = object->members[i].key;

      if (!g_strv_contains (allowed, name))
        {
          g_autofree char *shown = g_utf8_substring (name, 0, MIN (g_utf8_strlen (name, -1), 64));

          return fail (error, SCT_DATASET_ERROR_UNKNOWN_FIELD, place, NULL,
                       _("unknown field “%s”"), shown);
        }
    }

  return TRUE;
}

typedef enum {
  REQUIRED,
  OPTIONAL,
  NULLABLE,
} Presence;

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
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

static gboolean
read_text (const SctJsonNode  *object,
           const char         *member,
           Presence            presence,
           guint               max_length,
           const Place        *place,
           const char        **out,
           GError            **error)
{
  const SctJsonNode *node = sct_json_object_get (object, member);

  *out = NULL;

  if (node == NULL)
    {
      if (presence == REQUIRED)
        return fail (error, SCT_DATASET_ERROR_MISSING_FIELD, place, member, _("the field is missing"));
      return TRUE;
    }

  if (node->kind == SCT_JSON_NULL && presence == NULLABLE)
    return TRUE;

  if (node->kind != SCT_JSON_STRING)
    return fail (error, SCT_DATASET_ERROR_TYPE, place, member, _("must be a text"));

  if (is_blank (node->string))
    return fail (error, SCT_DATASET_ERROR_EMPTY_VALUE, place, member, _("must not be empty"));

  /* Bytes are never fewer than characters. */
  if (node->length > max_length && g_utf8_strlen (node->string, node->length) > max_length)
    return fail (error, SCT_DATASET_ERROR_TOO_LONG, place, member,
                 _("is longer than %u characters"), max_length);

  *out = node->string;
  return TRUE;
}

static gboolean
read_array (const SctJsonNode  *object,
            const char         *member,
            const Place        *place,
            const SctJsonNode **out,
            GError            **error)
{
  const SctJsonNode *node = sct_json_object_get (object, member);

  if (node == NULL)
    return fail (error, SCT_DATASET_ERROR_MISSING_FIELD, place, member, _("the field is missing"));

  if (node->kind != SCT_JSON_ARRAY)
    return fail (error, SCT_DATASET_ERROR_TYPE, place, member, _("must be a list"));

  *out = node;

  if (node->n_members == 0)
    return fail (error, SCT_DATASET_ERROR_EMPTY_VALUE, place, member, _("must not be empty"));

  return TRUE;
}

static gboolean
read_object (const SctJsonNode  *object,
             const char         *member,
             const Place        *place,
             const SctJsonNode **out,
             GError            **error)
{
  const SctJsonNode *node = sct_json_object_get (object, member);

  if (node == NULL)
    return fail (error, SCT_DATASET_ERROR_MISSING_FIELD, place, member, _("the field is missing"));

  if (node->kind != SCT_JSON_OBJECT)
    return fail (error, SCT_DATASET_ERROR_TYPE, place, member, _("must be an object"));

  *out = node;
  return TRUE;
}

/* Reads element @index of @array as an object; @place names the element. */
static gboolean
element_object (const SctJsonNode  *array,
                guint               index,
                const Place        *place,
                const SctJsonNode **out,
                GError            **error)
{
  const SctJsonNode *node = &array->members[index];

  if (node->kind != SCT_JSON_OBJECT)
    return fail (error, SCT_DATASET_ERROR_TYPE, place, NULL, _("must be an object"));

  *out = node;
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
read_id (const SctJsonNode  *object,
         const Place        *place,
         const char        **out,
         GError            **error)
{
  if (!read_text (object, "id", REQUIRED, MAX_TEXT_LENGTH, place, out, error))
    return FALSE;

  if (!is_valid_id (*out))
    return fail (error, SCT_DATASET_ERROR_INVALID_ID, place, "id",
                 _("an id is made of at most %d lowercase letters, digits and single dashes"),
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
read_email (const SctJsonNode  *object,
            const char         *member,
            const Place        *place,
            const char        **out,
            GError            **error)
{
  if (!read_text (object, member, REQUIRED, MAX_EMAIL_LENGTH, place, out, error))
    return FALSE;

  if (!is_valid_email (*out))
    return fail (error, SCT_DATASET_ERROR_EMAIL, place, member,
                 _("“%s” is not a valid email address"), *out);

  return TRUE;
}

static gboolean
load_programme (SctDataset         *self,
                const SctJsonNode  *root,
                GError            **error)
{
  static const char * const fields[] = { "title", "introduction", "information", NULL };
  static const char * const information_fields[] = {
    "heading", "name", "street", "locality", "postal_code", "phone", "toll_free", "email", NULL
  };
  SctProgrammeText text = { NULL };
  const SctJsonNode *programme;
  const SctJsonNode *information;
  Place place;

  place_init (&place, _("The dataset"));
  if (!read_object (root, "programme", &place, &programme, error))
    return FALSE;

  place_init (&place, _("The programme"));
  if (!check_fields (programme, fields, &place, error) ||
      !read_text (programme, "title", REQUIRED, MAX_TEXT_LENGTH, &place, &text.title, error) ||
      !read_text (programme, "introduction", REQUIRED, MAX_PARAGRAPH_LENGTH, &place,
                  &text.introduction, error) ||
      !read_object (programme, "information", &place, &information, error))
    return FALSE;

  place_set_field (&place, "information", NO_INDEX);
  if (!check_fields (information, information_fields, &place, error) ||
      !read_text (information, "heading", REQUIRED, MAX_TEXT_LENGTH, &place,
                  &text.information_heading, error) ||
      !read_text (information, "name", REQUIRED, MAX_TEXT_LENGTH, &place, &text.office, error) ||
      !read_text (information, "street", REQUIRED, MAX_TEXT_LENGTH, &place, &text.street, error) ||
      !read_text (information, "locality", REQUIRED, MAX_TEXT_LENGTH, &place,
                  &text.locality, error) ||
      !read_text (information, "postal_code", REQUIRED, MAX_TEXT_LENGTH, &place,
                  &text.postal_code, error) ||
      !read_text (information, "phone", REQUIRED, MAX_TEXT_LENGTH, &place, &text.phone, error) ||
      !read_text (information, "toll_free", REQUIRED, MAX_TEXT_LENGTH, &place,
                  &text.toll_free, error) ||
      !read_email (information, "email", &place, &text.email, error))
    return FALSE;

  self->programme = sct_programme_new (&text);
  return TRUE;
}

static gboolean
load_issues (SctDataset         *self,
             const SctJsonNode  *root,
             GError            **error)
{
  static const char * const fields[] = { "id", "label", NULL };
  const SctJsonNode *issues;
  Place place;

  place_init (&place, _("The dataset"));
  if (!read_array (root, "issues", &place, &issues, error))
    return FALSE;

  /* Filters keep a sector's issues as the bits of one integer. */
  if (issues->n_members > SCT_SECTOR_MAX_ISSUES)
    return fail (error, SCT_DATASET_ERROR_TOO_LONG, &place, "issues",
                 _("has more than %d entries"), SCT_SECTOR_MAX_ISSUES);

  for (guint i = 0; i < issues->n_members; i++)
    {
      g_autoptr(SctIssue) issue = NULL;
      const SctJsonNode *object;
      const char *id, *label;
      char where[64];

      /* Translators: an entry of the dataset's list of issues */
      g_snprintf (where, sizeof where, _("Issue %u"), i + 1);
      place_init (&place, where);

      if (!element_object (issues, i, &place, &object, error) ||
          !check_fields (object, fields, &place, error) ||
          !read_id (object, &place, &id, error) ||
          !read_text (object, "label", REQUIRED, MAX_TEXT_LENGTH, &place, &label, error))
        return FALSE;

      if (g_hash_table_contains (self->issues_by_id, id))
        return fail (error, SCT_DATASET_ERROR_DUPLICATE_ID, &place, "id",
                     _("the id “%s” is already used by another issue"), id);

      issue = sct_issue_new (id, label, i);
      g_list_store_append (self->issues, issue);
      g_hash_table_insert (self->issues_by_id, (char *) sct_issue_get_id (issue), issue);
    }

  return TRUE;
}

static gboolean
load_organisations (SctDataset         *self,
                    const SctJsonNode  *root,
                    GError            **error)
{
  static const char * const fields[] = { "id", "name", "acronym", NULL };
  const SctJsonNode *organisations;
  Place place;

  place_init (&place, _("The dataset"));
  if (!read_array (root, "organisations", &place, &organisations, error))
    return FALSE;

  for (guint i = 0; i < organisations->n_members; i++)
    {
      g_autoptr(SctOrganisation) organisation = NULL;
      const SctJsonNode *object;
      const char *id, *name, *acronym;
      char where[64];

      /* Translators: an entry of the dataset's list of organisations */
      g_snprintf (where, sizeof where, _("Organisation %u"), i + 1);
      place_init (&place, where);

      if (!element_object (organisations, i, &place, &object, error) ||
          !check_fields (object, fields, &place, error) ||
          !read_id (object, &place, &id, error) ||
          !read_text (object, "name", REQUIRED, MAX_TEXT_LENGTH, &place, &name, error) ||
          !read_text (object, "acronym", OPTIONAL, MAX_TEXT_LENGTH, &place, &acronym, error))
        return FALSE;

      if (g_hash_table_contains (self->organisations_by_id, id))
        return fail (error, SCT_DATASET_ERROR_DUPLICATE_ID, &place, "id",
                     _("the id “%s” is already used by another organisation"), id);

      organisation = sct_organisation_new (id, name, acronym);
      g_list_store_append (self->organisations, organisation);
      g_hash_table_insert (self->organisations_by_id,
                           (char *) sct_organisation_get_id (organisation), organisation);
    }

  return TRUE;
}

static gboolean
read_reference (GHashTable         *index,
                const SctJsonNode  *object,
                const char         *member,
                const char         *index_name,
                const Place        *place,
                gpointer           *out,
                GError            **error)
{
  const char *id;

  if (!read_text (object, member, REQUIRED, MAX_TEXT_LENGTH, place, &id, error))
    return FALSE;

  *out = g_hash_table_lookup (index, id);
  if (*out == NULL)
    {
      g_autofree char *shown = g_utf8_substring (id, 0, MIN (g_utf8_strlen (id, -1), 64));

      return fail (error, SCT_DATASET_ERROR_REFERENCE, place, member,
                   /* Translators: the second value is “issues” or
                    * “organisations”, the name of a list in the data file */
                   _("“%s” is not in the list “%s”"), shown, index_name);
    }

  return TRUE;
}

/* Reads { "organisation": id, "text": words } into its organisation and words. */
static gboolean
read_mention (SctDataset         *self,
              const SctJsonNode  *object,
              const Place        *place,
              SctOrganisation   **organisation,
              const char        **text,
              GError            **error)
{
  static const char * const fields[] = { "organisation", "text", NULL };

  return check_fields (object, fields, place, error) &&
         read_reference (self->organisations_by_id, object, "organisation", "organisations",
                         place, (gpointer *) organisation, error) &&
         read_text (object, "text", REQUIRED, MAX_TEXT_LENGTH, place, text, error);
}

static gboolean
load_sector_issues (SctDataset         *self,
                    SctSector          *sector,
                    const SctJsonNode  *object,
                    Place              *place,
                    GError            **error)
{
  static const char * const fields[] = { "issue", "text", NULL };
  const SctJsonNode *issues;

  if (!read_array (object, "issues", place, &issues, error))
    return FALSE;

  for (guint i = 0; i < issues->n_members; i++)
    {
      const SctJsonNode *entry;
      SctIssue *issue;
      const char *text;

      place_set_field (place, "issues", i);
      if (!element_object (issues, i, place, &entry, error) ||
          !check_fields (entry, fields, place, error) ||
          !read_reference (self->issues_by_id, entry, "issue", "issues", place,
                           (gpointer *) &issue, error) ||
          !read_text (entry, "text", REQUIRED, MAX_TEXT_LENGTH, place, &text, error))
        return FALSE;

      sct_sector_add_issue (sector, issue, text);
    }

  place_set_field (place, NULL, NO_INDEX);
  return TRUE;
}

static gboolean
load_list_items (const SctJsonNode  *block,
                 Place              *place,
                 GStrv              *out,
                 GError            **error)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  const SctJsonNode *items;

  if (!read_array (block, "items", place, &items, error))
    return FALSE;

  for (guint i = 0; i < items->n_members; i++)
    {
      const SctJsonNode *node = &items->members[i];
      const char *item;

      place_set_subfield (place, "items", i);

      if (node->kind != SCT_JSON_STRING)
        return fail (error, SCT_DATASET_ERROR_TYPE, place, NULL, _("must be a text"));

      item = node->string;
      if (is_blank (item))
        return fail (error, SCT_DATASET_ERROR_EMPTY_VALUE, place, NULL, _("must not be empty"));
      if (node->length > MAX_TEXT_LENGTH && g_utf8_strlen (item, node->length) > MAX_TEXT_LENGTH)
        return fail (error, SCT_DATASET_ERROR_TOO_LONG, place, NULL,
                     _("is longer than %u characters"), MAX_TEXT_LENGTH);

      g_strv_builder_add (builder, item);
    }

  *out = g_strv_builder_end (builder);
  return TRUE;
}

static gboolean
load_description (SctSector          *sector,
                  const SctJsonNode  *object,
                  Place              *place,
                  GError            **error)
{
  static const char * const paragraph_fields[] = { "type", "text", NULL };
  static const char * const list_fields[] = { "type", "items", NULL };
  const SctJsonNode *blocks;

  if (!read_array (object, "description", place, &blocks, error))
    return FALSE;

  for (guint i = 0; i < blocks->n_members; i++)
    {
      const SctJsonNode *block;
      const char *type;

      place_set_field (place, "description", i);
      if (!element_object (blocks, i, place, &block, error) ||
          !read_text (block, "type", REQUIRED, MAX_TEXT_LENGTH, place, &type, error))
        return FALSE;

      if (g_str_equal (type, "paragraph"))
        {
          const char *text;

          if (!check_fields (block, paragraph_fields, place, error) ||
              !read_text (block, "text", REQUIRED, MAX_PARAGRAPH_LENGTH, place, &text, error))
            return FALSE;

          sct_sector_add_paragraph (sector, text);
        }
      else if (g_str_equal (type, "list"))
        {
          GStrv items = NULL;

          if (!check_fields (block, list_fields, place, error) ||
              !load_list_items (block, place, &items, error))
            return FALSE;

          sct_sector_add_list (sector, items);
        }
      else
        {
          return fail (error, SCT_DATASET_ERROR_TYPE, place, "type",
                       _("must be “paragraph” or “list”"));
        }
    }

  place_set_field (place, NULL, NO_INDEX);
  return TRUE;
}

static gboolean
load_partner_group (SctDataset         *self,
                    SctSector          *sector,
                    const SctJsonNode  *entry,
                    Place              *place,
                    GError            **error)
{
  static const char * const fields[] = { "group", "members", "etc", NULL };
  const SctJsonNode *etc_node = sct_json_object_get (entry, "etc");
  const SctJsonNode *members;
  const char *heading;

  if (!check_fields (entry, fields, place, error) ||
      !read_text (entry, "group", REQUIRED, MAX_TEXT_LENGTH, place, &heading, error) ||
      !read_array (entry, "members", place, &members, error))
    return FALSE;

  if (etc_node != NULL && etc_node->kind != SCT_JSON_BOOLEAN)
    return fail (error, SCT_DATASET_ERROR_TYPE, place, "etc", _("must be true or false"));

  sct_sector_begin_partner_group (sector, heading,
                                  etc_node != NULL && etc_node->boolean);

  for (guint i = 0; i < members->n_members; i++)
    {
      SctOrganisation *organisation;
      const SctJsonNode *member;
      const char *text;

      place_set_subfield (place, "members", i);
      if (!element_object (members, i, place, &member, error) ||
          !read_mention (self, member, place, &organisation, &text, error))
        return FALSE;

      sct_sector_add_partner (sector, organisation, text);
    }

  return TRUE;
}

static gboolean
load_partners (SctDataset         *self,
               SctSector          *sector,
               const SctJsonNode  *object,
               Place              *place,
               GError            **error)
{
  const SctJsonNode *partners;
  gboolean in_bare_group = FALSE;

  if (!read_array (object, "partners", place, &partners, error))
    return FALSE;

  for (guint i = 0; i < partners->n_members; i++)
    {
      const SctJsonNode *entry;

      place_set_field (place, "partners", i);
      if (!element_object (partners, i, place, &entry, error))
        return FALSE;

      if (sct_json_object_get (entry, "group") != NULL)
        {
          if (!load_partner_group (self, sector, entry, place, error))
            return FALSE;
          in_bare_group = FALSE;
        }
      else
        {
          SctOrganisation *organisation;
          const char *text;

          if (!read_mention (self, entry, place, &organisation, &text, error))
            return FALSE;

          /* Consecutive partners without a heading share one group. */
          if (!in_bare_group)
            sct_sector_begin_partner_group (sector, NULL, FALSE);
          in_bare_group = TRUE;

          sct_sector_add_partner (sector, organisation, text);
        }
    }

  place_set_field (place, NULL, NO_INDEX);
  return TRUE;
}

static SctSector *
load_sector (SctDataset         *self,
             const SctJsonNode  *sectors,
             guint               index,
             GError            **error)
{
  static const char * const fields[] = {
    "id", "title", "project", "issues", "description", "lead", "partners", "contact", NULL
  };
  static const char * const contact_fields[] = { "name", "email", NULL };
  g_autoptr(SctSector) sector = NULL;
  SctOrganisation *lead;
  const SctJsonNode *object, *lead_object, *contact;
  const char *id, *title, *project, *lead_text, *name, *email;
  Place place;

  place_init_sector (&place, index + 1);

  if (!element_object (sectors, index, &place, &object, error) ||
      !read_id (object, &place, &id, error))
    return NULL;

  place.id = id;

  if (!check_fields (object, fields, &place, error) ||
      !read_text (object, "title", REQUIRED, MAX_TEXT_LENGTH, &place, &title, error) ||
      !read_text (object, "project", NULLABLE, MAX_TEXT_LENGTH, &place, &project, error))
    return NULL;

  sector = sct_sector_new (G_LIST_MODEL (self->issues), G_LIST_MODEL (self->organisations),
                           index, id, title, project);

  if (!load_sector_issues (self, sector, object, &place, error) ||
      !load_description (sector, object, &place, error) ||
      !read_object (object, "lead", &place, &lead_object, error))
    return NULL;

  place_set_field (&place, "lead", NO_INDEX);
  if (!read_mention (self, lead_object, &place, &lead, &lead_text, error))
    return NULL;
  sct_sector_set_lead (sector, lead, lead_text);
  place_set_field (&place, NULL, NO_INDEX);

  if (!load_partners (self, sector, object, &place, error) ||
      !read_object (object, "contact", &place, &contact, error))
    return NULL;

  place_set_field (&place, "contact", NO_INDEX);
  if (!check_fields (contact, contact_fields, &place, error) ||
      !read_text (contact, "name", REQUIRED, MAX_TEXT_LENGTH, &place, &name, error) ||
      !read_email (contact, "email", &place, &email, error))
    return NULL;
  sct_sector_set_contact (sector, name, email);

  return g_steal_pointer (&sector);
}

/* A sector as the sidebar's order sees it, side by side with the others
 * rather than behind a pointer each. */
typedef struct {
  const char *sort_key;
  guint index;
  SctSector *sector;
} TitleKey;

/* Folded titles, so that « É » sorts with E whatever the locale; the file's
 * order among equal titles. */
static int
compare_title_keys (gconstpointer a,
                    gconstpointer b,
                    gpointer      user_data)
{
  const TitleKey *key_a = a;
  const TitleKey *key_b = b;
  int order = strcmp (key_a->sort_key, key_b->sort_key);

  if (order != 0)
    return order;

  return (key_a->index > key_b->index) - (key_a->index < key_b->index);
}

/* Merges the runs that the loader's threads sorted, each in its own
 * range of @titles; @run_ends holds where each run that starts ends. */
static GPtrArray *
merge_title_runs (const TitleKey *titles,
                  const guint    *run_ends,
                  guint           n_titles)
{
  GPtrArray *sorted = g_ptr_array_new_full (n_titles, g_object_unref);
  guint heads[SCT_PARALLEL_MAX_THREADS];
  guint ends[SCT_PARALLEL_MAX_THREADS];
  guint n_runs = 0;

  for (guint start = 0; start < n_titles; start = run_ends[start])
    {
      /* Every range was built, so every run was recorded. */
      g_assert (run_ends[start] > start && n_runs < SCT_PARALLEL_MAX_THREADS);
      heads[n_runs] = start;
      ends[n_runs] = run_ends[start];
      n_runs++;
    }

  for (guint i = 0; i < n_titles; i++)
    {
      guint first = n_runs;

      for (guint run = 0; run < n_runs; run++)
        if (heads[run] < ends[run] &&
            (first == n_runs ||
             compare_title_keys (&titles[heads[run]], &titles[heads[first]], NULL) < 0))
          first = run;

      g_assert (first < n_runs);
      g_ptr_array_add (sorted, g_object_ref (titles[heads[first]++].sector));
    }

  return sorted;
}

typedef struct {
  guint n_sectors;
  char *sort_key;
  guint index;
  SctOrganisation *organisation;
} UseKey;

/* The most involved first, then by folded name, then in the file's order. */
static int
compare_use_keys (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  const UseKey *key_a = a;
  const UseKey *key_b = b;
  int order;

  if (key_a->n_sectors != key_b->n_sectors)
    return key_a->n_sectors > key_b->n_sectors ? -1 : 1;

  order = strcmp (key_a->sort_key, key_b->sort_key);
  if (order != 0)
    return order;

  return (key_a->index > key_b->index) - (key_a->index < key_b->index);
}

static void
sort_organisations_by_use (SctDataset *self)
{
  GListModel *organisations = G_LIST_MODEL (self->organisations);
  guint n_organisations = g_list_model_get_n_items (organisations);
  g_autofree UseKey *keys = g_new (UseKey, n_organisations);
  g_autofree gpointer *sorted = g_new (gpointer, n_organisations);

  for (guint i = 0; i < n_organisations; i++)
    {
      /* The store keeps it alive. */
      SctOrganisation *organisation = g_list_model_get_item (organisations, i);

      g_object_unref (organisation);
      keys[i] = (UseKey) {
        .n_sectors = sct_organisation_get_n_sectors (organisation),
        .sort_key = sct_text_fold (sct_organisation_get_name (organisation)),
        .index = i,
        .organisation = organisation,
      };
    }

  g_sort_array (keys, n_organisations, sizeof (UseKey), compare_use_keys, NULL);

  for (guint i = 0; i < n_organisations; i++)
    {
      sorted[i] = keys[i].organisation;
      g_free (keys[i].sort_key);
    }
  g_list_store_splice (self->organisations_by_use, 0, 0, sorted, n_organisations);
}

/* Sectors are built on several threads, each from its own range; the
 * error kept is the one of the first sector in the file, as if they had
 * been built in order. */
typedef struct {
  SctDataset *self;
  const SctJsonNode *sectors;
  SctSector **built;
  /* Each thread's sectors sorted by title, in the thread's range. */
  TitleKey *titles;
  guint *run_ends;
  GMutex lock;
  int error_index;  /* atomic: threads stop at it */
  GError *error;
} SectorBuild;

/* Below this many sectors a thread costs more than it saves. */
#define MIN_SECTORS_PER_THREAD 512

/* Sectors after a failed one are never built. */
static void
unref_sector (gpointer sector)
{
  if (sector != NULL)
    g_object_unref (sector);
}

static void
keep_first_error (SectorBuild *build,
                  guint        index,
                  GError      *error)
{
  g_mutex_lock (&build->lock);
  if (index < (guint) g_atomic_int_get (&build->error_index))
    {
      g_clear_error (&build->error);
      build->error = error;
      g_atomic_int_set (&build->error_index, index);
    }
  else
    {
      g_error_free (error);
    }
  g_mutex_unlock (&build->lock);
}

static void
build_sector_range (guint    start,
                    guint    end,
                    gpointer user_data)
{
  SectorBuild *build = user_data;

  for (guint i = start; i < end && i < (guint) g_atomic_int_get (&build->error_index); i++)
    {
      GError *error = NULL;

      build->built[i] = load_sector (build->self, build->sectors, i, &error);
      if (build->built[i] == NULL)
        {
          keep_first_error (build, i, error);
          return;
        }

      sct_sector_seal (build->built[i]);
    }

  if (start == end || build->built[end - 1] == NULL)
    return;

  /* Sorted here, on every core, then merged: the sidebar's order is made
   * once, by the loader, rather than by the list at every change. */
  for (guint i = start; i < end; i++)
    build->titles[i] = (TitleKey) {
      .sort_key = sct_sector_get_sort_key (build->built[i]),
      .index = i,
      .sector = build->built[i],
    };
  g_sort_array (build->titles + start, end - start, sizeof (TitleKey), compare_title_keys, NULL);
  build->run_ends[start] = end;
}

/* Checks that each sector is an object with a valid id no other sector
 * has, in order: what building a sector checks first. Returns the number
 * of sectors that pass, with @error set for the next one if any. */
static guint
check_sector_ids (const SctJsonNode  *sectors,
                  GError            **error)
{
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < sectors->n_members; i++)
    {
      const SctJsonNode *object;
      const char *id;
      Place place;

      place_init_sector (&place, i + 1);
      if (!element_object (sectors, i, &place, &object, error) ||
          !read_id (object, &place, &id, error))
        return i;

      place.id = id;
      if (!g_hash_table_add (ids, (char *) id))
        {
          set_failure (error, SCT_DATASET_ERROR_DUPLICATE_ID, &place, "id",
                       _("the id “%s” is already used by another sector"), id);
          return i;
        }
    }

  return sectors->n_members;
}

static gboolean
load_sectors (SctDataset         *self,
              const SctJsonNode  *root,
              GError            **error)
{
  g_autoptr(GPtrArray) loaded = g_ptr_array_new_with_free_func (unref_sector);
  g_autoptr(GError) id_error = NULL;
  g_autofree TitleKey *titles = NULL;
  g_autofree guint *run_ends = NULL;
  g_autoptr(GPtrArray) by_title = NULL;
  const SctJsonNode *sectors;
  SectorBuild build = { 0 };
  guint n_valid_ids;
  Place place;

  place_init (&place, _("The dataset"));
  if (!read_array (root, "sectors", &place, &sectors, error))
    return FALSE;

  n_valid_ids = check_sector_ids (sectors, &id_error);

  g_ptr_array_set_size (loaded, n_valid_ids);
  titles = g_new0 (TitleKey, n_valid_ids);
  run_ends = g_new0 (guint, n_valid_ids);
  build = (SectorBuild) {
    .self = self,
    .sectors = sectors,
    .built = (SctSector **) loaded->pdata,
    .titles = titles,
    .run_ends = run_ends,
    .error_index = n_valid_ids,
  };
  g_mutex_init (&build.lock);
  sct_parallel_for (n_valid_ids, MIN_SECTORS_PER_THREAD, build_sector_range, &build);
  g_mutex_clear (&build.lock);

  if (build.error != NULL)
    {
      g_propagate_error (error, build.error);
      return FALSE;
    }

  if (id_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&id_error));
      return FALSE;
    }

  /* Only a wholly valid file counts sectors on its issues and organisations. */
  for (guint i = 0; i < loaded->len; i++)
    {
      SctSector *sector = g_ptr_array_index (loaded, i);

      g_hash_table_insert (self->sectors_by_id, (char *) sct_sector_get_id (sector), sector);
      sct_sector_count (sector);
    }

  by_title = merge_title_runs (titles, run_ends, loaded->len);
  g_clear_object (&self->sectors);
  self->sectors = sct_sector_list_new (loaded);
  g_clear_object (&self->sectors_by_title);
  self->sectors_by_title = sct_sector_list_new (by_title);
  sort_organisations_by_use (self);

  return TRUE;
}

static gboolean
check_format_version (const SctJsonNode  *root,
                      GError            **error)
{
  const SctJsonNode *node = sct_json_object_get (root, "format_version");
  Place place;

  place_init (&place, _("The dataset"));

  if (node == NULL)
    return fail (error, SCT_DATASET_ERROR_MISSING_FIELD, &place, "format_version",
                 _("the field is missing"));

  if (node->kind != SCT_JSON_NUMBER || !node->is_integer)
    return fail (error, SCT_DATASET_ERROR_TYPE, &place, "format_version",
                 _("must be a whole number"));

  if (node->integer != FORMAT_VERSION)
    return fail (error, SCT_DATASET_ERROR_VERSION, &place, "format_version",
                 _("version %lld is not supported; this version of Secteurs reads version %d"),
                 (long long) node->integer, FORMAT_VERSION);

  return TRUE;
}

/* Checks @text whole and builds the model from it. Takes @text, a
 * NUL-terminated copy of a file that parsing changes in place, so that the
 * largest files are not copied once more. */
static SctDataset *
dataset_new_from_text (char    *text,
                       gsize    length,
                       GError **error)
{
  static const char * const fields[] = {
    "format_version", "programme", "issues", "organisations", "sectors", NULL
  };
  g_autofree char *owned_text = text;
  g_autoptr(SctDataset) self = NULL;
  g_autoptr(SctJsonDocument) document = NULL;
  const SctJsonNode *root;
  gsize bom_length;
  Place place;

  if (length > SCT_DATASET_MAX_SIZE)
    {
      g_set_error (error, SCT_DATASET_ERROR, SCT_DATASET_ERROR_TOO_LARGE,
                   _("The file is larger than %d MiB"), SCT_DATASET_MAX_SIZE / (1024 * 1024));
      return NULL;
    }

  bom_length = length >= 3 && memcmp (text, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
  if (is_blank_bytes (text + bom_length, length - bom_length))
    {
      g_set_error_literal (error, SCT_DATASET_ERROR, SCT_DATASET_ERROR_EMPTY,
                           _("The file is empty"));
      return NULL;
    }

  document = sct_json_document_parse (g_steal_pointer (&owned_text), length, error);
  if (document == NULL)
    return NULL;

  root = sct_json_document_get_root (document);
  if (root->kind != SCT_JSON_OBJECT)
    {
      g_set_error_literal (error, SCT_DATASET_ERROR, SCT_DATASET_ERROR_TYPE,
                           _("The file must hold one JSON object"));
      return NULL;
    }

  self = g_object_new (SCT_TYPE_DATASET, NULL);
  place_init (&place, _("The dataset"));

  if (!check_fields (root, fields, &place, error) ||
      !check_format_version (root, error) ||
      !load_programme (self, root, error) ||
      !load_issues (self, root, error) ||
      !load_organisations (self, root, error) ||
      !load_sectors (self, root, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * sct_dataset_new_from_bytes:
 * @bytes: the data file's contents
 * @error: where to say what is wrong
 *
 * Checks @bytes whole and builds the model from it.
 *
 * Returns: (transfer full) (nullable): the dataset, or %NULL with @error set
 *   in %SCT_DATASET_ERROR
 */
SctDataset *
sct_dataset_new_from_bytes (GBytes  *bytes,
                            GError **error)
{
  const char *data;
  gsize length;
  char *text;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = g_bytes_get_data (bytes, &length);

  if (length > SCT_DATASET_MAX_SIZE)
    {
      g_set_error (error, SCT_DATASET_ERROR, SCT_DATASET_ERROR_TOO_LARGE,
                   _("The file is larger than %d MiB"), SCT_DATASET_MAX_SIZE / (1024 * 1024));
      return NULL;
    }

  text = g_malloc (length + 1);
  memcpy (text, data, length);
  text[length] = '\0';

  return dataset_new_from_text (text, length, error);
}

/**
 * sct_dataset_new_from_file:
 * @file: a data file
 * @error: where to say what is wrong
 *
 * Returns: (transfer full) (nullable): the dataset, or %NULL with @error set
 *   in %SCT_DATASET_ERROR
 */
SctDataset *
sct_dataset_new_from_file (GFile   *file,
                           GError **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) read_error = NULL;
  g_autofree char *name = NULL;
  char *text = NULL;
  gsize length = 0;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  name = g_file_get_parse_name (file);

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                            G_FILE_QUERY_INFO_NONE, NULL, &read_error);
  if (info != NULL && g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      g_set_error (error, SCT_DATASET_ERROR, SCT_DATASET_ERROR_READ,
                   _("Could not read “%s”: it is not a regular file"), name);
      return NULL;
    }

  if (info != NULL && g_file_info_get_size (info) > SCT_DATASET_MAX_SIZE)
    {
      g_set_error (error, SCT_DATASET_ERROR, SCT_DATASET_ERROR_TOO_LARGE,
                   _("The file is larger than %d MiB"), SCT_DATASET_MAX_SIZE / (1024 * 1024));
      return NULL;
    }

  /* The contents come with a NUL after them, as the parser wants. */
  if (info == NULL || !g_file_load_contents (file, NULL, &text, &length, NULL, &read_error))
    {
      g_set_error (error, SCT_DATASET_ERROR, SCT_DATASET_ERROR_READ,
                   _("Could not read “%s”: %s"), name, read_error->message);
      return NULL;
    }

  return dataset_new_from_text (text, length, error);
}

/* Tags the tasks of sct_dataset_load_file_async(). Not the function itself,
 * as usual: ISO C has no conversion from a function to a gpointer
 * (-Wpedantic, warning_level=3). */
static char load_file_tag;

/* Puts the calling thread, and those it starts, behind the window's, so
 * that its spinner turns and input is handled while they work. On Linux
 * only, where the priority is a thread's own; elsewhere, and when the
 * system says no, they work at the usual priority. */
static void
yield_to_main_thread (void)
{
#ifdef __linux__
  setpriority (PRIO_PROCESS, 0, 10);
#endif
}

/* Its own thread rather than GTask's pool: it lowers its priority. */
static gpointer
load_file_thread (gpointer data)
{
  g_autoptr(GTask) task = data;
  g_autoptr(GError) error = NULL;
  SctDataset *dataset;

  yield_to_main_thread ();

  dataset = sct_dataset_new_from_file (g_task_get_task_data (task), &error);

#ifdef __GLIBC__
  /* The parsed JSON was several times the model's size; glibc would keep
   * that memory from the rest of the system. */
  malloc_trim (0);
#endif

  if (dataset == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, dataset, g_object_unref);

  return NULL;
}

/**
 * sct_dataset_load_file_async:
 * @file: a data file
 * @cancellable: (nullable): a #GCancellable
 * @callback: called with the result
 * @user_data: for @callback
 *
 * Loads @file like sct_dataset_new_from_file(), on a worker thread: a
 * directory of many thousand sectors takes longer than a frame.
 */
void
sct_dataset_load_file_async (GFile               *file,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  GThread *thread;

  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, &load_file_tag);
  g_task_set_static_name (task, "sct_dataset_load_file_async");
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);

  thread = g_thread_try_new ("sct-loader", load_file_thread, g_object_ref (task), &error);
  if (thread == NULL)
    {
      /* The reference given to the thread that did not start */
      g_object_unref (task);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  g_thread_unref (thread);
}

static gpointer
unref_thread (gpointer data)
{
  yield_to_main_thread ();
  g_object_unref (data);
  return NULL;
}

/**
 * sct_dataset_unref_in_background:
 * @dataset: (transfer full): a dataset nothing else uses any more
 *
 * Drops @dataset on a worker thread: freeing a directory of a hundred
 * thousand sectors takes the main thread half a second.
 */
void
sct_dataset_unref_in_background (SctDataset *dataset)
{
  GThread *thread;

  g_return_if_fail (SCT_IS_DATASET (dataset));

  thread = g_thread_try_new ("sct-unref", unref_thread, dataset, NULL);
  if (thread == NULL)
    g_object_unref (dataset);
  else
    g_thread_unref (thread);
}

/**
 * sct_dataset_load_file_finish:
 * @result: the result given to the callback
 * @error: where to say what is wrong
 *
 * Returns: (transfer full) (nullable): the dataset, or %NULL with @error set
 */
SctDataset *
sct_dataset_load_file_finish (GAsyncResult  *result,
                              GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == &load_file_tag, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * sct_dataset_new_from_resource:
 * @path: a resource path, such as the bundled dataset's
 * @error: where to say what is wrong
 *
 * Returns: (transfer full) (nullable): the dataset, or %NULL with @error set
 */
SctDataset *
sct_dataset_new_from_resource (const char  *path,
                               GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) read_error = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, &read_error);
  if (bytes == NULL)
    {
      g_set_error (error, SCT_DATASET_ERROR, SCT_DATASET_ERROR_READ,
                   _("Could not read “%s”: %s"), path, read_error->message);
      return NULL;
    }

  return sct_dataset_new_from_bytes (bytes, error);
}

SctProgramme *
sct_dataset_get_programme (SctDataset *self)
{
  g_return_val_if_fail (SCT_IS_DATASET (self), NULL);

  return self->programme;
}

/**
 * sct_dataset_get_sectors:
 *
 * Returns: (transfer none): the sectors, in the file's order
 */
GListModel *
sct_dataset_get_sectors (SctDataset *self)
{
  g_return_val_if_fail (SCT_IS_DATASET (self), NULL);

  return G_LIST_MODEL (self->sectors);
}

/**
 * sct_dataset_get_sectors_by_title:
 *
 * Returns: (transfer none): the sectors, by folded title
 */
GListModel *
sct_dataset_get_sectors_by_title (SctDataset *self)
{
  g_return_val_if_fail (SCT_IS_DATASET (self), NULL);

  return G_LIST_MODEL (self->sectors_by_title);
}

/**
 * sct_dataset_get_issues:
 *
 * Returns: (transfer none): the distinct issues, in the file's order
 */
GListModel *
sct_dataset_get_issues (SctDataset *self)
{
  g_return_val_if_fail (SCT_IS_DATASET (self), NULL);

  return G_LIST_MODEL (self->issues);
}

/**
 * sct_dataset_get_organisations:
 *
 * Returns: (transfer none): the organisation index, in the file's order
 */
GListModel *
sct_dataset_get_organisations (SctDataset *self)
{
  g_return_val_if_fail (SCT_IS_DATASET (self), NULL);

  return G_LIST_MODEL (self->organisations);
}

/**
 * sct_dataset_get_organisations_by_use:
 *
 * Sorted once, at load, so that no list has to sort thousands of
 * organisations on the main thread.
 *
 * Returns: (transfer none): the organisations, those with the most sectors
 *   first, then by name with accents and case ignored
 */
GListModel *
sct_dataset_get_organisations_by_use (SctDataset *self)
{
  g_return_val_if_fail (SCT_IS_DATASET (self), NULL);

  return G_LIST_MODEL (self->organisations_by_use);
}

/**
 * sct_dataset_lookup_sector:
 *
 * Returns: (transfer none) (nullable): the sector with that id
 */
SctSector *
sct_dataset_lookup_sector (SctDataset *self,
                           const char *id)
{
  g_return_val_if_fail (SCT_IS_DATASET (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (self->sectors_by_id, id);
}

/**
 * sct_dataset_lookup_issue:
 *
 * Returns: (transfer none) (nullable): the issue with that id
 */
SctIssue *
sct_dataset_lookup_issue (SctDataset *self,
                          const char *id)
{
  g_return_val_if_fail (SCT_IS_DATASET (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (self->issues_by_id, id);
}

/**
 * sct_dataset_lookup_organisation:
 *
 * Returns: (transfer none) (nullable): the organisation with that id
 */
SctOrganisation *
sct_dataset_lookup_organisation (SctDataset *self,
                                 const char *id)
{
  g_return_val_if_fail (SCT_IS_DATASET (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (self->organisations_by_id, id);
}
