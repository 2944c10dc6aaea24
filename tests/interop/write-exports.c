/* Copyright 2026 The Secteurs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: write-exports FIXTURE CSV VCF NOTE-PREFIX HEADING…
 *
 * Writes the CSV and vCard exports of a dataset with the exporter itself,
 * for check-interop.py to open in other programs. The note prefix and the
 * six column headings come from the script, which checks what the other
 * programs see against them.
 */

#include "sct-dataset.h"
#include "sct-export.h"

static gboolean
write_bytes (const char  *path,
             GBytes      *bytes,
             GError     **error)
{
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  return g_file_set_contents (path, data, length, error);
}

int
main (int   argc,
      char *argv[])
{
  SctCsvHeadings headings;
  g_autoptr(GFile) fixture = NULL;
  g_autoptr(SctDataset) dataset = NULL;
  g_autoptr(GBytes) csv = NULL;
  g_autoptr(GBytes) vcard = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *sectors;

  if (argc != 11)
    {
      g_printerr ("Usage: %s FIXTURE CSV VCF NOTE-PREFIX TITLE ISSUES LEAD PARTNERS CONTACT EMAIL\n",
                  argv[0]);
      return 2;
    }

  headings = (SctCsvHeadings) {
    .title = argv[5],
    .issues = argv[6],
    .lead = argv[7],
    .partners = argv[8],
    .contact = argv[9],
    .email = argv[10],
  };

  fixture = g_file_new_for_commandline_arg (argv[1]);
  dataset = sct_dataset_new_from_file (fixture, &error);
  if (dataset == NULL)
    {
      g_printerr ("%s: %s\n", argv[1], error->message);
      return 1;
    }

  sectors = sct_dataset_get_sectors (dataset);
  csv = sct_export_csv (sectors, &headings);
  vcard = sct_export_vcard (sectors, argv[4]);

  if (!write_bytes (argv[2], csv, &error) || !write_bytes (argv[3], vcard, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  return 0;
}
