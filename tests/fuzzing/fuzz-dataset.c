/* Copyright 2026 The Secteurs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The dataset loader on arbitrary bytes: it must refuse them with one of
 * its own errors, or build a model that the query and the exports can use,
 * without a crash, a leak, a warning or undefined behaviour.
 */

#include <string.h>

#include "fuzz-target.h"
#include "sct-dataset.h"
#include "sct-export.h"
#include "sct-query.h"

/* Longer messages would not fit an error page; every message quotes at
 * most a few short values of the file. */
#define MAX_MESSAGE_LENGTH 1024

static void
check_error (const GError *error)
{
  g_assert_true (error->domain == SCT_DATASET_ERROR);
  g_assert_cmpint (error->code, >=, SCT_DATASET_ERROR_READ);
  g_assert_cmpint (error->code, <=, SCT_DATASET_ERROR_EMAIL);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  g_assert_cmpuint (strlen (error->message), <=, MAX_MESSAGE_LENGTH);
}

/* What the window and the exports do with a dataset. */
static void
use_dataset (SctDataset *dataset)
{
  static const SctCsvHeadings headings = { "T", "I", "L", "P", "C", "E" };
  GListModel *sectors = sct_dataset_get_sectors (dataset);
  GListModel *issues = sct_dataset_get_issues (dataset);
  g_autoptr(SctQuery) query = g_object_new (SCT_TYPE_QUERY, NULL);
  g_autoptr(GBytes) csv = NULL;
  g_autoptr(GBytes) vcard = NULL;
  g_autofree char *recipients = NULL;
  g_autofree char *mailto = NULL;
  guint n_contacts;

  g_assert_cmpuint (g_list_model_get_n_items (sectors), >, 0);

  for (guint i = 0; i < g_list_model_get_n_items (sectors); i++)
    {
      g_autoptr(SctSector) sector = g_list_model_get_item (sectors, i);

      g_assert_true (sct_dataset_lookup_sector (dataset, sct_sector_get_id (sector)) == sector);
      g_assert_true (sct_query_matches (query, sector));
      g_assert_true (g_utf8_validate (sct_sector_get_search_key (sector), -1, NULL));
    }

  for (guint i = 0; i < g_list_model_get_n_items (issues); i++)
    {
      g_autoptr(SctIssue) issue = g_list_model_get_item (issues, i);

      sct_query_set_issue_active (query, issue, TRUE);
      sct_query_count_with_issue (query, sectors, issue);
    }

  sct_query_set_match_mode (query, SCT_MATCH_ALL);
  sct_query_set_search_text (query, "économie sociale");
  for (guint i = 0; i < g_list_model_get_n_items (sectors); i++)
    {
      g_autoptr(SctSector) sector = g_list_model_get_item (sectors, i);

      sct_query_matches (query, sector);
    }

  recipients = sct_export_recipients (sectors, &n_contacts);
  g_assert_cmpuint (n_contacts, >, 0);
  g_assert_true (strchr (recipients, '@') != NULL);
  mailto = sct_export_mailto (sectors);
  g_assert_true (g_str_has_prefix (mailto, "mailto:"));
  csv = sct_export_csv (sectors, &headings);
  vcard = sct_export_vcard (sectors, "Sectors: ");
  g_assert_true (g_utf8_validate (g_bytes_get_data (csv, NULL), g_bytes_get_size (csv), NULL));
  g_assert_true (g_utf8_validate (g_bytes_get_data (vcard, NULL), g_bytes_get_size (vcard), NULL));
}

int
LLVMFuzzerTestOneInput (const unsigned char *data,
                        size_t               size)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  SctDataset *dataset;

  fuzz_init_once ();

  bytes = g_bytes_new_static (data, size);
  dataset = sct_dataset_new_from_bytes (bytes, &error);

  if (dataset == NULL)
    {
      g_assert_nonnull (error);
      check_error (error);
      return 0;
    }

  g_assert_no_error (error);
  use_dataset (dataset);
  g_assert_finalize_object (dataset);

  return 0;
}
