/* Copyright 2026 The Secteurs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "sct-query.h"
#include "sct-text.h"

/* What the user asks of the sectors: the issues selected and how they
 * combine, the words searched for, and an organisation to look at. It knows
 * nothing of the widgets that show the answer. */
struct _SctQuery
{
  GObject parent_instance;

  SctMatchMode match_mode;
  char *search_text;
  char *folded_search;
  GStrv terms;
  SctOrganisation *organisation;
  GPtrArray *active_issues;
  guint64 active_mask;      /* the active issues as sct_sector_get_issue_mask() bits */

  /* The sectors set, as an array by sct_sector_get_index(), and whether
   * each matches the search and the organisation: the list's filter and
   * then the chips' counts ask after each change, and a search reads all
   * of a sector's text: at 10 000 sectors, a keystroke took the model 15 ms
   * of CPU when both asked afresh, 6.5 ms with this. */
  GListModel *sectors;
  GPtrArray *sector_array;
  GByteArray *text_matches; /* TextMatch */

  /* What each issue's chip would give, by issue position: every chip asks
   * after each change, so one pass over the sectors answers them all. */
  guint counts[SCT_SECTOR_MAX_ISSUES];
  gboolean counts_valid;
};

typedef enum {
  TEXT_MATCH_UNKNOWN,
  TEXT_MATCH_YES,
  TEXT_MATCH_NO,
} TextMatch;

G_DEFINE_FINAL_TYPE (SctQuery, sct_query, G_TYPE_OBJECT)

G_DEFINE_ENUM_TYPE (SctMatchMode, sct_match_mode,
  G_DEFINE_ENUM_VALUE (SCT_MATCH_ANY, "any"),
  G_DEFINE_ENUM_VALUE (SCT_MATCH_ALL, "all"))

G_DEFINE_ENUM_TYPE (SctQueryChange, sct_query_change,
  G_DEFINE_ENUM_VALUE (SCT_QUERY_CHANGE_DIFFERENT, "different"),
  G_DEFINE_ENUM_VALUE (SCT_QUERY_CHANGE_LESS_STRICT, "less-strict"),
  G_DEFINE_ENUM_VALUE (SCT_QUERY_CHANGE_MORE_STRICT, "more-strict"))

/* The match mode is a property for the settings and the toggle group to
 * bind to; the rest of the query is read after ::changed. */
enum {
  PROP_0,
  PROP_MATCH_MODE,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
emit_changed (SctQuery       *self,
              SctQueryChange  change)
{
  self->counts_valid = FALSE;
  g_signal_emit (self, signals[CHANGED], 0, change);
}

/* Forgets what a change of the search or the organisation may have made
 * wrong: a stricter query can only drop matches, a looser one add some. */
static void
forget_text_matches (SctQuery       *self,
                     SctQueryChange  change)
{
  guint8 *states = self->text_matches->data;

  for (guint i = 0; i < self->text_matches->len; i++)
    if (change == SCT_QUERY_CHANGE_DIFFERENT ||
        (change == SCT_QUERY_CHANGE_MORE_STRICT && states[i] == TEXT_MATCH_YES) ||
        (change == SCT_QUERY_CHANGE_LESS_STRICT && states[i] == TEXT_MATCH_NO))
      states[i] = TEXT_MATCH_UNKNOWN;
}

static void
sct_query_dispose (GObject *object)
{
  SctQuery *self = SCT_QUERY (object);

  g_clear_object (&self->organisation);
  g_clear_pointer (&self->active_issues, g_ptr_array_unref);
  g_clear_object (&self->sectors);
  g_clear_pointer (&self->sector_array, g_ptr_array_unref);

  G_OBJECT_CLASS (sct_query_parent_class)->dispose (object);
}

static void
sct_query_finalize (GObject *object)
{
  SctQuery *self = SCT_QUERY (object);

  g_clear_pointer (&self->search_text, g_free);
  g_clear_pointer (&self->folded_search, g_free);
  g_clear_pointer (&self->terms, g_strfreev);
  g_clear_pointer (&self->text_matches, g_byte_array_unref);

  G_OBJECT_CLASS (sct_query_parent_class)->finalize (object);
}

static void
sct_query_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  SctQuery *self = SCT_QUERY (object);

  switch (prop_id)
    {
    case PROP_MATCH_MODE:
      g_value_set_enum (value, self->match_mode);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sct_query_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  SctQuery *self = SCT_QUERY (object);

  switch (prop_id)
    {
    case PROP_MATCH_MODE:
      sct_query_set_match_mode (self, g_value_get_enum (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sct_query_class_init (SctQueryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sct_query_dispose;
  object_class->finalize = sct_query_finalize;
  object_class->get_property = sct_query_get_property;
  object_class->set_property = sct_query_set_property;

  properties[PROP_MATCH_MODE] =
    g_param_spec_enum ("match-mode", NULL, NULL,
                       SCT_TYPE_MATCH_MODE, SCT_MATCH_ANY,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* After any change that can change which sectors match. */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, SCT_TYPE_QUERY_CHANGE);
}

static void
sct_query_init (SctQuery *self)
{
  self->search_text = g_strdup ("");
  self->folded_search = g_strdup ("");
  self->terms = g_new0 (char *, 1);
  self->active_issues = g_ptr_array_new_with_free_func (g_object_unref);
  self->sector_array = g_ptr_array_new_with_free_func (g_object_unref);
  self->text_matches = g_byte_array_new ();
}

SctMatchMode
sct_query_get_match_mode (SctQuery *self)
{
  g_return_val_if_fail (SCT_IS_QUERY (self), SCT_MATCH_ANY);

  return self->match_mode;
}

void
sct_query_set_match_mode (SctQuery     *self,
                          SctMatchMode  mode)
{
  g_return_if_fail (SCT_IS_QUERY (self));
  g_return_if_fail (mode == SCT_MATCH_ANY || mode == SCT_MATCH_ALL);

  if (self->match_mode == mode)
    return;

  self->match_mode = mode;
  /* The counts differ between modes even where the results do not. */
  self->counts_valid = FALSE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MATCH_MODE]);

  /* With fewer than two issues selected, both modes list the same sectors. */
  if (self->active_issues->len >= 2)
    emit_changed (self, mode == SCT_MATCH_ALL ? SCT_QUERY_CHANGE_MORE_STRICT
                                              : SCT_QUERY_CHANGE_LESS_STRICT);
}

const char *
sct_query_get_search_text (SctQuery *self)
{
  g_return_val_if_fail (SCT_IS_QUERY (self), NULL);

  return self->search_text;
}

void
sct_query_set_search_text (SctQuery   *self,
                           const char *text)
{
  g_autofree char *old_folded = NULL;
  SctQueryChange change = SCT_QUERY_CHANGE_DIFFERENT;

  g_return_if_fail (SCT_IS_QUERY (self));

  if (text == NULL)
    text = "";

  if (!g_set_str (&self->search_text, text))
    return;

  old_folded = g_steal_pointer (&self->folded_search);
  self->folded_search = sct_text_fold (text);
  g_strfreev (self->terms);
  self->terms = sct_text_split_terms (text);

  if (g_str_equal (old_folded, self->folded_search))
    return;

  /* Typing on keeps every earlier term, lengthened or not, and perhaps adds
   * some: what matched before is the most that can match now. */
  if (g_str_has_prefix (self->folded_search, old_folded))
    change = SCT_QUERY_CHANGE_MORE_STRICT;
  else if (g_str_has_prefix (old_folded, self->folded_search))
    change = SCT_QUERY_CHANGE_LESS_STRICT;

  forget_text_matches (self, change);
  emit_changed (self, change);
}

/* The organisation sectors must involve, or NULL. */
SctOrganisation *
sct_query_get_organisation (SctQuery *self)
{
  g_return_val_if_fail (SCT_IS_QUERY (self), NULL);

  return self->organisation;
}

void
sct_query_set_organisation (SctQuery        *self,
                            SctOrganisation *organisation)
{
  SctQueryChange change = SCT_QUERY_CHANGE_DIFFERENT;

  g_return_if_fail (SCT_IS_QUERY (self));
  g_return_if_fail (organisation == NULL || SCT_IS_ORGANISATION (organisation));

  if (self->organisation == organisation)
    return;

  if (self->organisation == NULL)
    change = SCT_QUERY_CHANGE_MORE_STRICT;
  else if (organisation == NULL)
    change = SCT_QUERY_CHANGE_LESS_STRICT;

  g_set_object (&self->organisation, organisation);
  forget_text_matches (self, change);
  emit_changed (self, change);
}

gboolean
sct_query_get_issue_active (SctQuery *self,
                            SctIssue *issue)
{
  g_return_val_if_fail (SCT_IS_QUERY (self), FALSE);
  g_return_val_if_fail (SCT_IS_ISSUE (issue), FALSE);

  return g_ptr_array_find (self->active_issues, issue, NULL);
}

void
sct_query_set_issue_active (SctQuery *self,
                            SctIssue *issue,
                            gboolean  active)
{
  guint64 bit;
  gboolean widens;
  guint index;

  g_return_if_fail (SCT_IS_QUERY (self));
  g_return_if_fail (SCT_IS_ISSUE (issue));

  if (g_ptr_array_find (self->active_issues, issue, &index) == !!active)
    return;

  bit = G_GUINT64_CONSTANT (1) << sct_issue_get_position (issue);
  if (active)
    {
      /* After the active issues that come before it in the issue list,
       * one per bit of the mask below its own. */
      g_ptr_array_insert (self->active_issues, __builtin_popcountll (self->active_mask & (bit - 1)),
                          g_object_ref (issue));
      self->active_mask |= bit;
      /* The first issue narrows everything down; more widen an "any" match. */
      widens = self->match_mode == SCT_MATCH_ANY && self->active_issues->len > 1;
    }
  else
    {
      g_ptr_array_remove_index (self->active_issues, index);
      self->active_mask &= ~bit;
      widens = self->match_mode == SCT_MATCH_ALL || self->active_issues->len == 0;
    }

  emit_changed (self, widens ? SCT_QUERY_CHANGE_LESS_STRICT : SCT_QUERY_CHANGE_MORE_STRICT);
}

/* In the order of the issue list. */
GPtrArray *
sct_query_get_active_issues (SctQuery *self)
{
  g_return_val_if_fail (SCT_IS_QUERY (self), NULL);

  return self->active_issues;
}

/* Whether the query lets every sector through. */
gboolean
sct_query_is_empty (SctQuery *self)
{
  g_return_val_if_fail (SCT_IS_QUERY (self), TRUE);

  return self->active_issues->len == 0 && self->terms[0] == NULL && self->organisation == NULL;
}

/* Keeps the match mode, a preference rather than part of one question. */
void
sct_query_clear (SctQuery *self)
{
  g_return_if_fail (SCT_IS_QUERY (self));

  if (sct_query_is_empty (self) && self->search_text[0] == '\0')
    return;

  g_ptr_array_set_size (self->active_issues, 0);
  self->active_mask = 0;
  g_clear_object (&self->organisation);
  g_set_str (&self->search_text, "");
  g_set_str (&self->folded_search, "");
  g_strfreev (self->terms);
  self->terms = g_new0 (char *, 1);
  forget_text_matches (self, SCT_QUERY_CHANGE_LESS_STRICT);

  emit_changed (self, SCT_QUERY_CHANGE_LESS_STRICT);
}

static gboolean
test_text_and_organisation (SctQuery  *self,
                            SctSector *sector)
{
  if (self->organisation != NULL && !sct_sector_involves (sector, self->organisation))
    return FALSE;

  return sct_text_contains_terms (sct_sector_get_search_key (sector),
                                  (const char * const *) self->terms);
}

static gboolean
matches_text_and_organisation (SctQuery  *self,
                               SctSector *sector)
{
  guint index = sct_sector_get_index (sector);
  guint8 *state;

  /* A sector of another list than the one set is asked afresh. */
  if (index >= self->sector_array->len || self->sector_array->pdata[index] != sector)
    return test_text_and_organisation (self, sector);

  state = &self->text_matches->data[index];
  if (*state == TEXT_MATCH_UNKNOWN)
    *state = test_text_and_organisation (self, sector) ? TEXT_MATCH_YES : TEXT_MATCH_NO;

  return *state == TEXT_MATCH_YES;
}

/* Whether @issues, sct_sector_get_issue_mask() bits, match the active
 * issues. */
static gboolean
matches_issues (SctQuery *self,
                guint64   issues)
{
  if (self->active_mask == 0)
    return TRUE;

  if (self->match_mode == SCT_MATCH_ANY)
    return (issues & self->active_mask) != 0;

  return (issues & self->active_mask) == self->active_mask;
}

gboolean
sct_query_matches (SctQuery  *self,
                   SctSector *sector)
{
  g_return_val_if_fail (SCT_IS_QUERY (self), FALSE);
  g_return_val_if_fail (SCT_IS_SECTOR (sector), FALSE);

  return matches_issues (self, sct_sector_get_issue_mask (sector)) &&
         matches_text_and_organisation (self, sector);
}

/* The sectors that sct_query_count_with_issue() counts, which must not
 * change (NULL lets go of them): the query keeps what it learns of each
 * between changes. Other sectors can still be asked about. */
void
sct_query_set_sectors (SctQuery   *self,
                       GListModel *sectors)
{
  guint n_sectors;

  g_return_if_fail (SCT_IS_QUERY (self));
  g_return_if_fail (sectors == NULL || G_IS_LIST_MODEL (sectors));

  if (!g_set_object (&self->sectors, sectors))
    return;

  n_sectors = sectors != NULL ? g_list_model_get_n_items (sectors) : 0;
  g_ptr_array_set_size (self->sector_array, 0);
  for (guint i = 0; i < n_sectors; i++)
    g_ptr_array_add (self->sector_array, g_list_model_get_item (sectors, i));

  g_byte_array_set_size (self->text_matches, n_sectors);
  forget_text_matches (self, SCT_QUERY_CHANGE_DIFFERENT);
  self->counts_valid = FALSE;
}

static void
count_issues (SctQuery *self)
{
  memset (self->counts, 0, sizeof self->counts);

  for (guint i = 0; i < self->sector_array->len; i++)
    {
      SctSector *sector = g_ptr_array_index (self->sector_array, i);
      guint64 issues = sct_sector_get_issue_mask (sector);

      /* In "all" mode, a chip adds to what is listed: only sectors listed
       * now can remain. */
      if (self->match_mode == SCT_MATCH_ALL && !matches_issues (self, issues))
        continue;

      if (!matches_text_and_organisation (self, sector))
        continue;

      for (; issues != 0; issues &= issues - 1)
        self->counts[__builtin_ctzll (issues)]++;
    }

  self->counts_valid = TRUE;
}

/* Counts what selecting @issue would give: in "any" mode, the sectors that
 * list @issue; in "all" mode, the sectors that would remain with @issue
 * added to the selection. The search and the organisation apply in both.
 * The counts of all issues are computed together, once per change. */
guint
sct_query_count_with_issue (SctQuery   *self,
                            GListModel *sectors,
                            SctIssue   *issue)
{
  guint position;

  g_return_val_if_fail (SCT_IS_QUERY (self), 0);
  g_return_val_if_fail (G_IS_LIST_MODEL (sectors), 0);
  g_return_val_if_fail (SCT_IS_ISSUE (issue), 0);

  sct_query_set_sectors (self, sectors);
  if (!self->counts_valid)
    count_issues (self);

  position = sct_issue_get_position (issue);
  return position < SCT_SECTOR_MAX_ISSUES ? self->counts[position] : 0;
}
