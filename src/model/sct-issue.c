/* Copyright 2026 The Secteurs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "sct-issue.h"
#include "sct-model-private.h"

/* A targeted issue (« enjeu ciblé ») that sectors share: one filter chip. */
struct _SctIssue
{
  GObject parent_instance;

  char *id;
  char *label;
  guint position;
  guint n_sectors;
};

G_DEFINE_FINAL_TYPE (SctIssue, sct_issue, G_TYPE_OBJECT)

static void
sct_issue_finalize (GObject *object)
{
  SctIssue *self = SCT_ISSUE (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->label, g_free);

  G_OBJECT_CLASS (sct_issue_parent_class)->finalize (object);
}

static void
sct_issue_class_init (SctIssueClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sct_issue_finalize;
}

static void
sct_issue_init (SctIssue *self)
{
}

SctIssue *
sct_issue_new (const char *id,
               const char *label,
               guint       position)
{
  SctIssue *self = g_object_new (SCT_TYPE_ISSUE, NULL);

  self->id = g_strdup (id);
  self->label = g_strdup (label);
  self->position = position;

  return self;
}

void
sct_issue_count_sector (SctIssue *self)
{
  self->n_sectors++;
}

const char *
sct_issue_get_id (SctIssue *self)
{
  g_return_val_if_fail (SCT_IS_ISSUE (self), NULL);

  return self->id;
}

const char *
sct_issue_get_label (SctIssue *self)
{
  g_return_val_if_fail (SCT_IS_ISSUE (self), NULL);

  return self->label;
}

/* The issue's index in the dataset: sectors record their issues by it. */
guint
sct_issue_get_position (SctIssue *self)
{
  g_return_val_if_fail (SCT_IS_ISSUE (self), 0);

  return self->position;
}

guint
sct_issue_get_n_sectors (SctIssue *self)
{
  g_return_val_if_fail (SCT_IS_ISSUE (self), 0);

  return self->n_sectors;
}
