/* Copyright 2026 The Secteurs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "sct-issue.h"
#include "sct-organisation.h"
#include "sct-programme.h"
#include "sct-sector.h"

G_BEGIN_DECLS

#define SCT_DATASET_ERROR (sct_dataset_error_quark ())

/* Why a dataset was refused; every message also names the place. */
typedef enum {
  SCT_DATASET_ERROR_READ,
  SCT_DATASET_ERROR_TOO_LARGE,
  SCT_DATASET_ERROR_EMPTY,
  SCT_DATASET_ERROR_ENCODING,
  SCT_DATASET_ERROR_NESTING,
  SCT_DATASET_ERROR_DUPLICATE_KEY,
  SCT_DATASET_ERROR_SYNTAX,
  SCT_DATASET_ERROR_VERSION,
  SCT_DATASET_ERROR_TYPE,
  SCT_DATASET_ERROR_MISSING_FIELD,
  SCT_DATASET_ERROR_UNKNOWN_FIELD,
  SCT_DATASET_ERROR_EMPTY_VALUE,
  SCT_DATASET_ERROR_TOO_LONG,
  SCT_DATASET_ERROR_INVALID_ID,
  SCT_DATASET_ERROR_DUPLICATE_ID,
  SCT_DATASET_ERROR_REFERENCE,
  SCT_DATASET_ERROR_EMAIL,
} SctDatasetError;

GQuark sct_dataset_error_quark (void);

/* Larger files are refused before they are read. */
#define SCT_DATASET_MAX_SIZE (256 * 1024 * 1024)

#define SCT_TYPE_DATASET (sct_dataset_get_type ())

G_DECLARE_FINAL_TYPE (SctDataset, sct_dataset, SCT, DATASET, GObject)

SctDataset      *sct_dataset_new_from_bytes           (GBytes      *bytes,
                                                       GError     **error);
SctDataset      *sct_dataset_new_from_file            (GFile       *file,
                                                       GError     **error);
void             sct_dataset_load_file_async          (GFile               *file,
                                                       GCancellable        *cancellable,
                                                       GAsyncReadyCallback  callback,
                                                       gpointer             user_data);
SctDataset      *sct_dataset_load_file_finish         (GAsyncResult        *result,
                                                       GError             **error);
SctDataset      *sct_dataset_new_from_resource        (const char  *path,
                                                       GError     **error);
SctProgramme    *sct_dataset_get_programme            (SctDataset  *self);
GListModel      *sct_dataset_get_sectors              (SctDataset  *self);
GListModel      *sct_dataset_get_sectors_by_title     (SctDataset  *self);
GListModel      *sct_dataset_get_issues               (SctDataset  *self);
GListModel      *sct_dataset_get_organisations_by_use (SctDataset  *self);
SctSector       *sct_dataset_lookup_sector            (SctDataset  *self,
                                                       const char  *id);
SctIssue        *sct_dataset_lookup_issue             (SctDataset  *self,
                                                       const char  *id);
SctOrganisation *sct_dataset_lookup_organisation      (SctDataset  *self,
                                                       const char  *id);

G_END_DECLS
