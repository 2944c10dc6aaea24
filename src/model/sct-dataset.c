/* Copyright 2026 The Secteurs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sct-dataset.h"
#include "sct-model-private.h"

/* The sectors, issues and organisations of one data file, and the orders
 * the window shows them in. Loading (sct_dataset_new_from_bytes(), in
 * sct-dataset-loader.c) checks the whole file and builds the whole model,
 * or fails and builds nothing. */
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
  g_clear_object (&self->issues);
  g_clear_object (&self->organisations);
  g_clear_object (&self->sectors_by_title);
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
  self->issues = g_list_store_new (SCT_TYPE_ISSUE);
  self->organisations = g_list_store_new (SCT_TYPE_ORGANISATION);
  self->sectors = g_list_store_new (SCT_TYPE_SECTOR);
  self->issues_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->organisations_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->sectors_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->sectors_by_title = g_list_store_new (SCT_TYPE_SECTOR);
  self->organisations_by_use = g_list_store_new (SCT_TYPE_ORGANISATION);
}

SctDataset *
sct_dataset_new_from_file (GFile   *file,
                           GError **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) read_error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  name = g_file_get_parse_name (file);

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                            G_FILE_QUERY_INFO_NONE, NULL, &read_error);
  if (info != NULL && g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    g_set_error (error, SCT_DATASET_ERROR, SCT_DATASET_ERROR_READ,
                 _("Could not read “%s”: it is not a regular file"), name);
  else if (info != NULL && g_file_info_get_size (info) > SCT_DATASET_MAX_SIZE)
    g_set_error (error, SCT_DATASET_ERROR, SCT_DATASET_ERROR_TOO_LARGE,
                 dngettext (GETTEXT_PACKAGE, "The file is larger than %d MiB",
                            "The file is larger than %d MiB", SCT_DATASET_MAX_SIZE / (1024 * 1024)),
                 SCT_DATASET_MAX_SIZE / (1024 * 1024));
  else if (info != NULL)
    bytes = g_file_load_bytes (file, NULL, NULL, &read_error);

  if (read_error != NULL)
    g_set_error (error, SCT_DATASET_ERROR, SCT_DATASET_ERROR_READ,
                 _("Could not read “%s”: %s"), name, read_error->message);

  return bytes != NULL ? sct_dataset_new_from_bytes (bytes, error) : NULL;
}

/* Tags the tasks of sct_dataset_load_file_async(). Not the function itself,
 * as usual: ISO C has no conversion from a function to a gpointer
 * (-Wpedantic, warning_level=3). */
static char load_file_tag;

static void
load_file_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  g_autoptr(GError) error = NULL;
  SctDataset *dataset = sct_dataset_new_from_file (task_data, &error);

  if (dataset == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, dataset, g_object_unref);
}

/* On a worker thread: a file of many thousand sectors takes longer to load
 * than a frame. */
void
sct_dataset_load_file_async (GFile               *file,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, &load_file_tag);
  g_task_set_static_name (task, "sct_dataset_load_file_async");
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, load_file_thread);
}

SctDataset *
sct_dataset_load_file_finish (GAsyncResult  *result,
                              GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == &load_file_tag, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

SctDataset *
sct_dataset_new_from_resource (const char  *path,
                               GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) read_error = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, &read_error);
  if (bytes != NULL)
    return sct_dataset_new_from_bytes (bytes, error);

  g_set_error (error, SCT_DATASET_ERROR, SCT_DATASET_ERROR_READ,
               _("Could not read “%s”: %s"), path, read_error->message);
  return NULL;
}

SctProgramme *
sct_dataset_get_programme (SctDataset *self)
{
  g_return_val_if_fail (SCT_IS_DATASET (self), NULL);

  return self->programme;
}

/* The sectors and the issues are in the file's order. */
GListModel *
sct_dataset_get_sectors (SctDataset *self)
{
  g_return_val_if_fail (SCT_IS_DATASET (self), NULL);

  return G_LIST_MODEL (self->sectors);
}

GListModel *
sct_dataset_get_sectors_by_title (SctDataset *self)
{
  g_return_val_if_fail (SCT_IS_DATASET (self), NULL);

  return G_LIST_MODEL (self->sectors_by_title);
}

GListModel *
sct_dataset_get_issues (SctDataset *self)
{
  g_return_val_if_fail (SCT_IS_DATASET (self), NULL);

  return G_LIST_MODEL (self->issues);
}

GListModel *
sct_dataset_get_organisations_by_use (SctDataset *self)
{
  g_return_val_if_fail (SCT_IS_DATASET (self), NULL);

  return G_LIST_MODEL (self->organisations_by_use);
}

/* The lookups return NULL for an id the file does not have. */
SctSector *
sct_dataset_lookup_sector (SctDataset *self,
                           const char *id)
{
  g_return_val_if_fail (SCT_IS_DATASET (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (self->sectors_by_id, id);
}

SctIssue *
sct_dataset_lookup_issue (SctDataset *self,
                          const char *id)
{
  g_return_val_if_fail (SCT_IS_DATASET (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (self->issues_by_id, id);
}

SctOrganisation *
sct_dataset_lookup_organisation (SctDataset *self,
                                 const char *id)
{
  g_return_val_if_fail (SCT_IS_DATASET (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (self->organisations_by_id, id);
}
