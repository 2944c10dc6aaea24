/* Copyright 2026 The Secteurs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "sct-sector.h"
#include "sct-model-private.h"
#include "sct-text.h"

/* One strategic sector of the programme. Sectors are built by the dataset
 * loader, then sealed: from then on they never change. */
struct _SctSector
{
  GObject parent_instance;

  /* The dataset's issues and organisations: holding the two lists keeps
   * alive every issue and organisation the sector points to. */
  GListModel *issue_index;
  GListModel *organisation_index;

  guint index;
  char *id;
  char *title;
  char *project;
  char *sort_key;
  char *search_key;

  GPtrArray *issues;        /* SctIssue */
  guint64 issue_mask;       /* bit N: the issue at position N */
  GPtrArray *issue_texts;   /* char *, the sector's own wording; NULL-terminated */
  GPtrArray *blocks;        /* SctTextBlock */
  SctMention *lead;
  GPtrArray *partner_groups; /* SctPartnerGroup */
  GPtrArray *organisations;  /* SctOrganisation: the lead and every partner, once */

  char *contact_name;
  char *contact_email;
};

G_DEFINE_FINAL_TYPE (SctSector, sct_sector, G_TYPE_OBJECT)

static void
text_block_free (SctTextBlock *block)
{
  g_free (block->text);
  g_strfreev (block->items);
  g_free (block);
}

static void
mention_free (SctMention *mention)
{
  g_free (mention->text);
  g_free (mention);
}

static SctMention *
mention_new (SctOrganisation *organisation,
             const char      *text)
{
  SctMention *mention = g_new0 (SctMention, 1);

  mention->organisation = organisation;
  mention->text = g_strdup (text);

  return mention;
}

static void
partner_group_free (SctPartnerGroup *group)
{
  g_free (group->heading);
  g_ptr_array_unref (group->members);
  g_free (group);
}

static void
sct_sector_dispose (GObject *object)
{
  SctSector *self = SCT_SECTOR (object);

  g_clear_pointer (&self->issues, g_ptr_array_unref);
  g_clear_pointer (&self->lead, mention_free);
  g_clear_pointer (&self->partner_groups, g_ptr_array_unref);
  g_clear_pointer (&self->organisations, g_ptr_array_unref);
  g_clear_object (&self->issue_index);
  g_clear_object (&self->organisation_index);

  G_OBJECT_CLASS (sct_sector_parent_class)->dispose (object);
}

static void
sct_sector_finalize (GObject *object)
{
  SctSector *self = SCT_SECTOR (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->project, g_free);
  g_clear_pointer (&self->sort_key, g_free);
  g_clear_pointer (&self->search_key, g_free);
  g_clear_pointer (&self->issue_texts, g_ptr_array_unref);
  g_clear_pointer (&self->blocks, g_ptr_array_unref);
  g_clear_pointer (&self->contact_name, g_free);
  g_clear_pointer (&self->contact_email, g_free);

  G_OBJECT_CLASS (sct_sector_parent_class)->finalize (object);
}

static void
sct_sector_class_init (SctSectorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sct_sector_dispose;
  object_class->finalize = sct_sector_finalize;
}

static void
sct_sector_init (SctSector *self)
{
  self->issues = g_ptr_array_new ();
  /* Room reserved, so that even an empty array has its NULL. */
  self->issue_texts = g_ptr_array_new_null_terminated (1, g_free, TRUE);
  self->blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) text_block_free);
  self->partner_groups = g_ptr_array_new_with_free_func ((GDestroyNotify) partner_group_free);
  self->organisations = g_ptr_array_new ();
}

/* @issues and @organisations hold every issue and organisation the sector
 * will name. */
SctSector *
sct_sector_new (GListModel *issues,
                GListModel *organisations,
                guint       index,
                const char *id,
                const char *title,
                const char *project)
{
  SctSector *self = g_object_new (SCT_TYPE_SECTOR, NULL);

  self->issue_index = g_object_ref (issues);
  self->organisation_index = g_object_ref (organisations);
  self->index = index;
  self->id = g_strdup (id);
  self->title = g_strdup (title);
  self->project = g_strdup (project);
  self->sort_key = sct_text_fold (title);

  return self;
}

void
sct_sector_add_issue (SctSector  *self,
                      SctIssue   *issue,
                      const char *text)
{
  guint64 bit;

  g_assert (sct_issue_get_position (issue) < SCT_SECTOR_MAX_ISSUES);

  bit = G_GUINT64_CONSTANT (1) << sct_issue_get_position (issue);
  g_ptr_array_add (self->issues, issue);
  g_ptr_array_add (self->issue_texts, g_strdup (text));
  /* Two wordings of one issue count once. */
  if ((self->issue_mask & bit) == 0)
    sct_issue_count_sector (issue);
  self->issue_mask |= bit;
}

/* A paragraph of @text, or a list that takes @items. */
void
sct_sector_add_block (SctSector  *self,
                      const char *text,
                      GStrv       items)
{
  SctTextBlock *block = g_new0 (SctTextBlock, 1);

  block->text = g_strdup (text);
  block->items = items;
  g_ptr_array_add (self->blocks, block);
}

void
sct_sector_set_lead (SctSector       *self,
                     SctOrganisation *organisation,
                     const char      *text)
{
  g_clear_pointer (&self->lead, mention_free);
  self->lead = mention_new (organisation, text);
}

/* Starts a group that the following sct_sector_add_partner() calls fill. */
void
sct_sector_begin_partner_group (SctSector  *self,
                                const char *heading,
                                gboolean    etc)
{
  SctPartnerGroup *group = g_new0 (SctPartnerGroup, 1);

  group->heading = g_strdup (heading);
  group->members = g_ptr_array_new_with_free_func ((GDestroyNotify) mention_free);
  group->etc = etc;
  g_ptr_array_add (self->partner_groups, group);
}

void
sct_sector_add_partner (SctSector       *self,
                        SctOrganisation *organisation,
                        const char      *text)
{
  SctPartnerGroup *group;

  g_assert (self->partner_groups->len > 0);

  group = g_ptr_array_index (self->partner_groups, self->partner_groups->len - 1);
  g_ptr_array_add (group->members, mention_new (organisation, text));
}

void
sct_sector_set_contact (SctSector  *self,
                        const char *name,
                        const char *email)
{
  g_set_str (&self->contact_name, name);
  g_set_str (&self->contact_email, email);
}

/* A separator no search term contains keeps terms from matching across
 * two fields. */
static void
append_searchable (GString    *haystack,
                   const char *text)
{
  if (text == NULL)
    return;

  sct_text_fold_append (haystack, text);
  g_string_append_c (haystack, '\n');
}

/* A lead or partner is found by the sector's words for it and by its
 * organisation's name and acronym, and involves and counts that
 * organisation once. */
static void
index_mention (SctSector        *self,
               GString          *haystack,
               const SctMention *mention)
{
  append_searchable (haystack, mention->text);
  g_string_append (haystack, sct_organisation_get_search_key (mention->organisation));
  g_string_append_c (haystack, '\n');

  if (!g_ptr_array_find (self->organisations, mention->organisation, NULL))
    {
      g_ptr_array_add (self->organisations, mention->organisation);
      sct_organisation_count_sector (mention->organisation);
    }
}

/* Indexes what the loader added: the folded text that search matches and
 * the organisations involved. */
void
sct_sector_seal (SctSector *self)
{
  g_autoptr(GString) haystack = g_string_sized_new (4096);
  gsize length;

  append_searchable (haystack, self->title);
  append_searchable (haystack, self->project);

  /* Each wording starts with its issue's label: the label adds nothing. */
  for (guint i = 0; i < self->issue_texts->len; i++)
    append_searchable (haystack, g_ptr_array_index (self->issue_texts, i));

  for (guint i = 0; i < self->blocks->len; i++)
    {
      SctTextBlock *block = g_ptr_array_index (self->blocks, i);

      append_searchable (haystack, block->text);
      for (guint j = 0; block->items != NULL && block->items[j] != NULL; j++)
        append_searchable (haystack, block->items[j]);
    }

  if (self->lead != NULL)
    index_mention (self, haystack, self->lead);

  for (guint i = 0; i < self->partner_groups->len; i++)
    {
      SctPartnerGroup *group = g_ptr_array_index (self->partner_groups, i);

      append_searchable (haystack, group->heading);
      for (guint j = 0; j < group->members->len; j++)
        index_mention (self, haystack, g_ptr_array_index (group->members, j));
    }

  append_searchable (haystack, self->contact_name);
  append_searchable (haystack, self->contact_email);
  length = haystack->len;

  g_free (self->search_key);
  /* Handed over rather than copied, its spare room given back. */
  self->search_key = g_realloc (g_string_free_and_steal (g_steal_pointer (&haystack)),
                                length + 1);
}

/* The sector's position in its dataset's file. */
guint
sct_sector_get_index (SctSector *self)
{
  g_return_val_if_fail (SCT_IS_SECTOR (self), 0);

  return self->index;
}

const char *
sct_sector_get_id (SctSector *self)
{
  g_return_val_if_fail (SCT_IS_SECTOR (self), NULL);

  return self->id;
}

const char *
sct_sector_get_title (SctSector *self)
{
  g_return_val_if_fail (SCT_IS_SECTOR (self), NULL);

  return self->title;
}

/* The project's own name, or NULL where the source gives none. */
const char *
sct_sector_get_project (SctSector *self)
{
  g_return_val_if_fail (SCT_IS_SECTOR (self), NULL);

  return self->project;
}

/* The folded title, so that « Économie » sorts with E in any locale. */
const char *
sct_sector_get_sort_key (SctSector *self)
{
  g_return_val_if_fail (SCT_IS_SECTOR (self), NULL);

  return self->sort_key;
}

/* Every text of the sector, folded with sct_text_fold(). */
const char *
sct_sector_get_search_key (SctSector *self)
{
  g_return_val_if_fail (SCT_IS_SECTOR (self), NULL);

  return self->search_key;
}

GPtrArray *
sct_sector_get_issues (SctSector *self)
{
  g_return_val_if_fail (SCT_IS_SECTOR (self), NULL);

  return self->issues;
}

/* The issues as this sector words them, in the order of its issues. */
const char * const *
sct_sector_get_issue_texts (SctSector *self)
{
  g_return_val_if_fail (SCT_IS_SECTOR (self), NULL);

  return (const char * const *) self->issue_texts->pdata;
}

/* Bit N: the issue at position N, so that filters compare integers. */
guint64
sct_sector_get_issue_mask (SctSector *self)
{
  g_return_val_if_fail (SCT_IS_SECTOR (self), 0);

  return self->issue_mask;
}

GPtrArray *
sct_sector_get_blocks (SctSector *self)
{
  g_return_val_if_fail (SCT_IS_SECTOR (self), NULL);

  return self->blocks;
}

const SctMention *
sct_sector_get_lead (SctSector *self)
{
  g_return_val_if_fail (SCT_IS_SECTOR (self), NULL);

  return self->lead;
}

GPtrArray *
sct_sector_get_partner_groups (SctSector *self)
{
  g_return_val_if_fail (SCT_IS_SECTOR (self), NULL);

  return self->partner_groups;
}

/* Whether @organisation leads the sector or is one of its partners. */
gboolean
sct_sector_involves (SctSector       *self,
                     SctOrganisation *organisation)
{
  g_return_val_if_fail (SCT_IS_SECTOR (self), FALSE);

  return g_ptr_array_find (self->organisations, organisation, NULL);
}

const char *
sct_sector_get_contact_name (SctSector *self)
{
  g_return_val_if_fail (SCT_IS_SECTOR (self), NULL);

  return self->contact_name;
}

const char *
sct_sector_get_contact_email (SctSector *self)
{
  g_return_val_if_fail (SCT_IS_SECTOR (self), NULL);

  return self->contact_email;
}
