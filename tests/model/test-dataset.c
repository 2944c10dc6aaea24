/* Copyright 2026 The Secteurs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The dataset loader: the bundled file read right, and every kind of bad
 * file refused with a message that says where. The small files are under
 * tests/data (made by tests/data/generate.py); the large ones are made here.
 */

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <locale.h>
#include <string.h>
#include <unistd.h>

#include "model-test-utils.h"
#include "sct-text.h"

/* Where most messages about the minimal dataset's only sector start. */
#define SECTOR_1 "Sector 1 (“insertion-emploi”), "

static char *
data_path (const char *directory,
           const char *name)
{
  g_autofree char *basename = g_strconcat (name, ".json", NULL);

  return g_test_build_filename (G_TEST_DIST, "data", directory, basename, NULL);
}

static SctDataset *
load_path (const char  *path,
           GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return sct_dataset_new_from_file (file, error);
}

static SctDataset *
load_good (const char *name)
{
  g_autofree char *path = data_path ("good", name);
  g_autoptr(GError) error = NULL;
  SctDataset *dataset = load_path (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (dataset);

  return dataset;
}

static SctDataset *
load_bundled (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "sectors.json", NULL);
  g_autoptr(GError) error = NULL;
  SctDataset *dataset = load_path (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (dataset);

  return dataset;
}

/* The minimal dataset with the one occurrence of @find replaced. */
static SctDataset *
load_minimal_with (const char  *find,
                   const char  *replace,
                   GError     **error)
{
  g_autoptr(GString) text = model_test_read_minimal ();
  guint n_replaced = g_string_replace (text, find, replace, 0);

  g_assert_cmpuint (n_replaced, ==, 1);

  return model_test_load_string (text->str, text->len, error);
}

/* Like g_assert_error(), and the message names the place. */
static void
assert_refused (GError          *error,
                SctDatasetError  code,
                const char      *part)
{
  g_assert_error (error, SCT_DATASET_ERROR, (int) code);
  if (strstr (error->message, part) == NULL)
    g_test_fail_printf ("“%s” does not contain “%s”", error->message, part);
}

static SctSector *
get_sector (SctDataset *dataset,
            guint       position)
{
  SctSector *sector = g_list_model_get_item (sct_dataset_get_sectors (dataset), position);

  g_assert_nonnull (sector);
  /* The dataset keeps it alive. */
  g_object_unref (sector);

  return sector;
}

static const SctTextBlock *
get_block (SctSector *sector,
           guint      position)
{
  return g_ptr_array_index (sct_sector_get_blocks (sector), position);
}

static const SctPartnerGroup *
get_partner_group (SctSector *sector,
                   guint      position)
{
  return g_ptr_array_index (sct_sector_get_partner_groups (sector), position);
}

static char *
join_ids (GListModel *sectors)
{
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  g_auto(GStrv) strv = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (sectors); i++)
    {
      g_autoptr(SctSector) sector = g_list_model_get_item (sectors, i);

      g_strv_builder_add (ids, sct_sector_get_id (sector));
    }

  strv = g_strv_builder_end (ids);
  return g_strjoinv (" ", strv);
}

/* The bundled dataset */

static void
test_bundled_sectors (void)
{
  SctDataset *dataset = load_bundled ();
  GListModel *sectors = sct_dataset_get_sectors (dataset);
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *joined = join_ids (sectors);

  g_assert_cmpuint (g_list_model_get_n_items (sectors), ==, 12);
  g_assert_true (g_list_model_get_item_type (sectors) == SCT_TYPE_SECTOR);
  g_assert_null (g_list_model_get_item (sectors, 12));
  g_assert_cmpstr (joined, ==,
                   "insertion-emploi numerique-collectif reprise-collective "
                   "poles-logistiques-alimentation production-agricole tourisme-loisirs "
                   "services-aines matieres-residuelles personnes-handicapees "
                   "autonomie-alimentaire-premieres-nations immobilier-collectif "
                   "amenagement-territoire");

  for (guint i = 0; i < 12; i++)
    {
      SctSector *sector = get_sector (dataset, i);
      const SctMention *lead = sct_sector_get_lead (sector);
      const char *email = sct_sector_get_contact_email (sector);

      g_test_message ("Sector %u (%s)", i + 1, sct_sector_get_id (sector));
      g_assert_true (g_hash_table_add (ids, (char *) sct_sector_get_id (sector)));
      g_assert_true (sct_dataset_lookup_sector (dataset, sct_sector_get_id (sector)) == sector);

      g_assert_cmpstr (sct_sector_get_title (sector), !=, "");
      g_assert_nonnull (sct_sector_get_sort_key (sector));
      g_assert_nonnull (sct_sector_get_search_key (sector));
      g_assert_cmpuint (sct_sector_get_issues (sector)->len, >=, 1);
      g_assert_cmpuint (sct_sector_get_blocks (sector)->len, >=, 1);

      g_assert_nonnull (lead);
      g_assert_true (SCT_IS_ORGANISATION (lead->organisation));
      g_assert_cmpstr (lead->text, !=, "");
      g_assert_true (sct_sector_involves (sector, lead->organisation));

      g_assert_cmpuint (sct_sector_get_partner_groups (sector)->len, >=, 1);
      for (guint j = 0; j < sct_sector_get_partner_groups (sector)->len; j++)
        g_assert_cmpuint (get_partner_group (sector, j)->members->len, >=, 1);

      g_assert_cmpstr (sct_sector_get_contact_name (sector), !=, "");
      g_assert_nonnull (strchr (email, '@'));
      g_assert_nonnull (strchr (strchr (email, '@'), '.'));
    }

  g_assert_null (sct_dataset_lookup_sector (dataset, "nope"));
  g_assert_null (sct_dataset_lookup_sector (dataset, ""));

  g_assert_finalize_object (dataset);
}

static void
test_bundled_issues (void)
{
  SctDataset *dataset = load_bundled ();
  GListModel *issues = sct_dataset_get_issues (dataset);
  SctIssue *food = sct_dataset_lookup_issue (dataset, "autonomie-alimentaire");
  SctIssue *regional = sct_dataset_lookup_issue (dataset, "developpement-economique-regional");
  SctSector *services = sct_dataset_lookup_sector (dataset, "services-aines");
  SctIssue *ageing = sct_dataset_lookup_issue (dataset, "vieillissement-population");

  g_assert_cmpuint (g_list_model_get_n_items (issues), ==, 19);
  for (guint i = 0; i < 19; i++)
    {
      g_autoptr(SctIssue) issue = g_list_model_get_item (issues, i);

      g_assert_cmpuint (sct_issue_get_position (issue), ==, i);
      g_assert_cmpuint (sct_issue_get_n_sectors (issue), >=, 1);
      g_assert_true (sct_dataset_lookup_issue (dataset, sct_issue_get_id (issue)) == issue);
    }

  g_assert_nonnull (food);
  g_assert_cmpstr (sct_issue_get_label (food), ==, "Autonomie alimentaire");
  g_assert_cmpuint (sct_issue_get_n_sectors (food), ==, 3);
  g_assert_cmpuint (sct_issue_get_n_sectors (regional), ==, 5);
  g_assert_cmpuint (sct_issue_get_n_sectors (ageing), ==, 2);
  g_assert_null (sct_dataset_lookup_issue (dataset, "Autonomie alimentaire"));

  /* A merged issue: the sector keeps its own wording. */
  g_assert_true (g_ptr_array_index (sct_sector_get_issues (services), 0) == ageing);
  g_assert_true (g_ptr_array_find (sct_sector_get_issues (services), ageing, NULL));
  g_assert_false (g_ptr_array_find (sct_sector_get_issues (services), food, NULL));
  g_assert_cmpstr (sct_sector_get_issue_texts (services)[0], ==,
                   "Vieillissement de la population et services aux aînés");
  g_assert_cmpstr (sct_issue_get_label (ageing), ==, "Vieillissement de la population");

  g_assert_finalize_object (dataset);
}

static void
test_bundled_organisations (void)
{
  static const char * const involved[] = {
    "insertion-emploi", "poles-logistiques-alimentation", "production-agricole",
    "services-aines", "matieres-residuelles", "personnes-handicapees",
    "amenagement-territoire", NULL
  };
  SctDataset *dataset = load_bundled ();
  GListModel *organisations = sct_dataset_get_organisations_by_use (dataset);
  SctOrganisation *chantier = sct_dataset_lookup_organisation (dataset, "chantier");
  SctOrganisation *cqcm = sct_dataset_lookup_organisation (dataset, "cqcm");

  g_assert_cmpuint (g_list_model_get_n_items (organisations), ==, 81);
  for (guint i = 0; i < 81; i++)
    {
      g_autoptr(SctOrganisation) organisation = g_list_model_get_item (organisations, i);

      g_assert_cmpuint (sct_organisation_get_n_sectors (organisation), >=, 1);
    }

  g_assert_nonnull (chantier);
  g_assert_cmpstr (sct_organisation_get_name (chantier), ==, "Chantier de l’économie sociale");
  g_assert_null (sct_organisation_get_acronym (chantier));
  g_assert_cmpstr (sct_organisation_get_short_name (chantier), ==,
                   "Chantier de l’économie sociale");
  g_assert_cmpuint (sct_organisation_get_n_sectors (chantier), ==, 7);

  /* Exactly the sectors it leads or partners. */
  for (guint i = 0; i < 12; i++)
    {
      SctSector *sector = get_sector (dataset, i);

      g_test_message ("Sector %s", sct_sector_get_id (sector));
      g_assert_cmpint (sct_sector_involves (sector, chantier), ==,
                       g_strv_contains (involved, sct_sector_get_id (sector)));
    }

  g_assert_cmpstr (sct_organisation_get_acronym (cqcm), ==, "CQCM");
  g_assert_cmpstr (sct_organisation_get_short_name (cqcm), ==, "CQCM");
  g_assert_cmpuint (sct_organisation_get_n_sectors (cqcm), ==, 6);

  g_assert_finalize_object (dataset);
}

/* The organisation chooser's order, made at load. */
static void
test_bundled_organisations_by_use (void)
{
  SctDataset *dataset = load_bundled ();
  GListModel *by_use = sct_dataset_get_organisations_by_use (dataset);
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  g_autoptr(SctOrganisation) previous = g_list_model_get_item (by_use, 0);

  /* It leads or partners 7 sectors, more than any other. */
  g_assert_cmpstr (sct_organisation_get_id (previous), ==, "chantier");
  g_assert_cmpuint (g_list_model_get_n_items (by_use), ==, 81);
  g_assert_true (g_hash_table_add (seen, previous));
  for (guint i = 1; i < 81; i++)
    {
      g_autoptr(SctOrganisation) organisation = g_list_model_get_item (by_use, i);
      guint n_previous = sct_organisation_get_n_sectors (previous);
      guint n_sectors = sct_organisation_get_n_sectors (organisation);
      g_autofree char *previous_name = sct_text_fold (sct_organisation_get_name (previous));
      g_autofree char *name = sct_text_fold (sct_organisation_get_name (organisation));

      g_test_message ("%s (%u), then %s (%u)", previous_name, n_previous, name, n_sectors);
      g_assert_true (sct_dataset_lookup_organisation (dataset, sct_organisation_get_id (organisation))
                     == organisation);
      g_assert_true (g_hash_table_add (seen, organisation));
      g_assert_cmpuint (n_previous, >=, n_sectors);
      if (n_previous == n_sectors)
        g_assert_cmpstr (previous_name, <=, name);
      g_set_object (&previous, organisation);
    }

  g_clear_object (&previous);
  g_assert_finalize_object (dataset);
}

static void
test_bundled_partner_groups (void)
{
  static const char * const headings[] = {
    "Milieu du tourisme et du loisir", "Milieu autochtone",
    "Milieu du transport et de la reprise collective", "Entreprise d’économie sociale",
  };
  static const guint n_members[] = { 9, 1, 2, 1 };
  SctDataset *dataset = load_bundled ();
  SctSector *insertion = sct_dataset_lookup_sector (dataset, "insertion-emploi");
  SctSector *tourism = sct_dataset_lookup_sector (dataset, "tourisme-loisirs");
  const SctPartnerGroup *bare, *employers;
  const SctMention *member;

  /* Sector 1: four partners without a heading, then a group ending in « etc. ». */
  g_assert_cmpuint (sct_sector_get_partner_groups (insertion)->len, ==, 2);
  bare = get_partner_group (insertion, 0);
  g_assert_null (bare->heading);
  g_assert_cmpuint (bare->members->len, ==, 4);
  g_assert_false (bare->etc);

  employers = get_partner_group (insertion, 1);
  g_assert_cmpstr (employers->heading, ==, "Associations patronales");
  g_assert_cmpuint (employers->members->len, ==, 3);
  g_assert_true (employers->etc);
  member = g_ptr_array_index (employers->members, 0);
  g_assert_cmpstr (member->text, ==, "Fédération des chambres de commerce du Québec (FCCQ)");
  g_assert_true (SCT_IS_ORGANISATION (member->organisation));

  /* Sector 6: four headed groups, none with « etc. ». */
  g_assert_cmpuint (sct_sector_get_partner_groups (tourism)->len, ==, 4);
  for (guint i = 0; i < 4; i++)
    {
      const SctPartnerGroup *group = get_partner_group (tourism, i);

      g_assert_cmpstr (group->heading, ==, headings[i]);
      g_assert_cmpuint (group->members->len, ==, n_members[i]);
      g_assert_false (group->etc);
    }

  g_assert_finalize_object (dataset);
}

static void
test_bundled_projects (void)
{
  SctDataset *dataset = load_bundled ();

  for (guint i = 0; i < 12; i++)
    {
      SctSector *sector = get_sector (dataset, i);

      if (i == 1)
        g_assert_cmpstr (sct_sector_get_project (sector), ==,
                         "Modèles d’affaires numériques collectifs; outiller le Québec "
                         "pour moderniser l’économie de proximité");
      else
        g_assert_null (sct_sector_get_project (sector));
    }

  g_assert_finalize_object (dataset);
}

static void
test_bundled_description (void)
{
  SctDataset *dataset = load_bundled ();
  SctSector *insertion = sct_dataset_lookup_sector (dataset, "insertion-emploi");
  SctSector *tourism = sct_dataset_lookup_sector (dataset, "tourisme-loisirs");
  const SctTextBlock *block;

  /* Sector 1: four paragraphs, then a list of five. */
  g_assert_cmpuint (sct_sector_get_blocks (insertion)->len, ==, 5);
  for (guint i = 0; i < 4; i++)
    {
      block = get_block (insertion, i);
      g_assert_null (block->items);
      g_assert_cmpstr (block->text, !=, "");
      g_assert_null (block->items);
    }
  block = get_block (insertion, 4);
  g_assert_nonnull (block->items);
  g_assert_null (block->text);
  g_assert_cmpuint (g_strv_length (block->items), ==, 5);

  /* Sector 6: a list of five between two paragraphs; the first introduces it. */
  g_assert_cmpuint (sct_sector_get_blocks (tourism)->len, ==, 3);
  block = get_block (tourism, 0);
  g_assert_null (block->items);
  g_assert_true (g_str_has_suffix (block->text, ":"));
  block = get_block (tourism, 1);
  g_assert_nonnull (block->items);
  g_assert_cmpuint (g_strv_length (block->items), ==, 5);
  block = get_block (tourism, 2);
  g_assert_null (block->items);

  g_assert_finalize_object (dataset);
}

static void
test_bundled_programme (void)
{
  SctDataset *dataset = load_bundled ();
  const SctProgrammeText *programme = sct_programme_get_text (sct_dataset_get_programme (dataset));

  g_assert_cmpstr (programme->title, ==,
                   "Secteurs stratégiques d’économie sociale soutenus");
  g_assert_true (g_str_has_prefix (programme->introduction,
                                   "Le Programme de soutien à l’économie sociale appuie"));
  g_assert_cmpstr (programme->information_heading, ==,
                   "Pour plus d’information");
  g_assert_cmpstr (programme->office, ==,
                   "Direction de l’entrepreneuriat collectif – Économie sociale");
  g_assert_cmpstr (programme->street, ==, "710, place D’Youville, 7e étage");
  g_assert_cmpstr (programme->locality, ==, "Québec (Québec)");
  g_assert_cmpstr (programme->postal_code, ==, "G1R 4Y4");
  g_assert_cmpstr (programme->phone, ==, "418 691-5698");
  g_assert_cmpstr (programme->toll_free, ==, "1 866 680-1884");
  g_assert_cmpstr (programme->email, ==,
                   "economie.sociale@economie.gouv.qc.ca");

  g_assert_finalize_object (dataset);
}

static void
test_bundled_lifetime (void)
{
  SctDataset *dataset = load_bundled ();
  SctSector *sector = get_sector (dataset, 0);
  SctIssue *issue = g_ptr_array_index (sct_sector_get_issues (sector), 0);
  SctOrganisation *lead = sct_sector_get_lead (sector)->organisation;

  /* Nothing in the model keeps the dataset's objects alive in a cycle. */
  g_object_add_weak_pointer (G_OBJECT (sector), (gpointer *) &sector);
  g_object_add_weak_pointer (G_OBJECT (issue), (gpointer *) &issue);
  g_object_add_weak_pointer (G_OBJECT (lead), (gpointer *) &lead);

  g_assert_finalize_object (dataset);
  g_assert_null (sector);
  g_assert_null (issue);
  g_assert_null (lead);
}

/* Files that load */

static void
test_good_minimal (void)
{
  SctDataset *dataset = load_good ("minimal");
  const SctProgrammeText *programme = sct_programme_get_text (sct_dataset_get_programme (dataset));
  SctSector *sector = sct_dataset_lookup_sector (dataset, "insertion-emploi");
  SctIssue *issue = sct_dataset_lookup_issue (dataset, "penurie-main-doeuvre");
  SctOrganisation *chantier = sct_dataset_lookup_organisation (dataset, "chantier");
  SctOrganisation *cqcm = sct_dataset_lookup_organisation (dataset, "cqcm");
  const SctPartnerGroup *group;
  const SctTextBlock *block;
  const SctMention *mention;

  g_assert_cmpstr (programme->title, ==, "Programme d’essai");
  g_assert_cmpstr (programme->email, ==, "essais@example.org");

  g_assert_cmpuint (g_list_model_get_n_items (sct_dataset_get_sectors (dataset)), ==, 1);
  g_assert_true (get_sector (dataset, 0) == sector);
  g_assert_cmpstr (sct_sector_get_title (sector), ==, "Insertion en emploi");
  g_assert_null (sct_sector_get_project (sector));
  g_assert_cmpstr (sct_sector_get_sort_key (sector), ==, "insertion en emploi");

  g_assert_cmpuint (sct_sector_get_issues (sector)->len, ==, 1);
  g_assert_true (g_ptr_array_index (sct_sector_get_issues (sector), 0) == issue);
  g_assert_cmpstr (sct_sector_get_issue_texts (sector)[0], ==, "Pénurie de main-d’œuvre");
  g_assert_cmpuint (sct_issue_get_n_sectors (issue), ==, 1);

  g_assert_cmpuint (sct_sector_get_blocks (sector)->len, ==, 2);
  block = get_block (sector, 0);
  g_assert_null (block->items);
  g_assert_cmpstr (block->text, ==, "Le projet vise :");
  block = get_block (sector, 1);
  g_assert_nonnull (block->items);
  g_assert_cmpuint (g_strv_length (block->items), ==, 2);
  g_assert_cmpstr (block->items[0], ==, "l’insertion");
  g_assert_cmpstr (block->items[1], ==, "la formation");

  g_assert_true (sct_sector_get_lead (sector)->organisation == chantier);
  g_assert_cmpstr (sct_sector_get_lead (sector)->text, ==, "Chantier de l’économie sociale");

  g_assert_cmpuint (sct_sector_get_partner_groups (sector)->len, ==, 2);
  group = get_partner_group (sector, 0);
  g_assert_null (group->heading);
  g_assert_false (group->etc);
  g_assert_cmpuint (group->members->len, ==, 1);
  mention = g_ptr_array_index (group->members, 0);
  g_assert_true (mention->organisation == cqcm);
  g_assert_cmpstr (mention->text, ==,
                   "Conseil québécois de la coopération et de la mutualité (CQCM)");
  group = get_partner_group (sector, 1);
  g_assert_cmpstr (group->heading, ==, "Associations patronales");
  g_assert_true (group->etc);

  g_assert_cmpstr (sct_sector_get_contact_name (sector), ==, "Richard Gravel");
  g_assert_cmpstr (sct_sector_get_contact_email (sector), ==, "richard.gravel@example.org");

  /* Leading and partnering the same sector counts it once. */
  g_assert_true (sct_sector_involves (sector, chantier));
  g_assert_true (sct_sector_involves (sector, cqcm));
  g_assert_cmpuint (sct_organisation_get_n_sectors (chantier), ==, 1);
  g_assert_cmpuint (sct_organisation_get_n_sectors (cqcm), ==, 1);

  g_assert_finalize_object (dataset);
}

static void
test_good_same_as_minimal (gconstpointer data)
{
  SctDataset *dataset = load_good (data);
  SctSector *sector = get_sector (dataset, 0);

  g_assert_cmpstr (sct_sector_get_id (sector), ==, "insertion-emploi");
  g_assert_cmpstr (sct_sector_get_title (sector), ==, "Insertion en emploi");
  g_assert_cmpstr (sct_sector_get_contact_email (sector), ==, "richard.gravel@example.org");

  g_assert_finalize_object (dataset);
}

static void
test_good_escapes (void)
{
  SctDataset *dataset = load_good ("escapes");

  g_assert_cmpstr (sct_sector_get_title (get_sector (dataset, 0)), ==,
                   "Économie \xF0\x9F\x98\x80 / \"sociale\"");

  g_assert_finalize_object (dataset);
}

/* What the format allows and the bundled dataset's editorial rules do not:
 * shown as written. */
static void
test_good_not_editorial (void)
{
  SctDataset *dataset = load_good ("straight-apostrophe");

  g_assert_cmpstr (sct_sector_get_title (get_sector (dataset, 0)), ==, "L'insertion en emploi");
  g_assert_finalize_object (dataset);

  dataset = load_good ("surrounding-space");
  g_assert_cmpstr (sct_sector_get_title (get_sector (dataset, 0)), ==,
                   " Insertion en emploi\u00A0");
  g_assert_finalize_object (dataset);

  dataset = load_good ("etc-false");
  g_assert_false (get_partner_group (get_sector (dataset, 0), 1)->etc);
  g_assert_finalize_object (dataset);
}

static void
test_good_markup_names (void)
{
  SctDataset *dataset = load_good ("markup-names");
  SctSector *sector = get_sector (dataset, 0);

  /* Text is data: whatever it looks like, it comes back as it was. */
  g_assert_cmpstr (sct_sector_get_title (sector), ==, "<b>&amp; <a href=\"x\">");
  g_assert_cmpstr (sct_issue_get_label (g_ptr_array_index (sct_sector_get_issues (sector), 0)), ==,
                   "<b>&amp; \x07 \u202E");
  g_assert_cmpstr (sct_organisation_get_name (sct_sector_get_lead (sector)->organisation), ==,
                   "<a href=\"x\">Chantier</a>");
  g_assert_cmpstr (sct_sector_get_lead (sector)->text, ==, "\u202E" "Chantier\x07");
  g_assert_cmpstr (get_partner_group (sector, 1)->heading, ==,
                   "<i>Associations</i> &lt;");
  g_assert_cmpstr (sct_sector_get_contact_name (sector), ==, "Richard \x07<br/>");

  g_assert_finalize_object (dataset);
}

/* Files that are refused */

typedef struct {
  const char *name;
  SctDatasetError code;
  const char *message;
} BadCase;

static const BadCase bad_cases[] = {
  /* Bytes */
  { "empty", SCT_DATASET_ERROR_EMPTY, "The file is empty" },
  { "whitespace-only", SCT_DATASET_ERROR_EMPTY, "The file is empty" },
  { "bom-only", SCT_DATASET_ERROR_EMPTY, "The file is empty" },
  { "unclosed-string", SCT_DATASET_ERROR_SYNTAX,
    "Line 37, column 16: a text is not closed by a quote" },
  { "invalid-utf8", SCT_DATASET_ERROR_ENCODING,
    "Line 37, column 26: the file is not valid UTF-8 text" },
  { "overlong-utf8", SCT_DATASET_ERROR_ENCODING,
    "Line 37, column 26: the file is not valid UTF-8 text" },
  { "cut-utf8", SCT_DATASET_ERROR_ENCODING,
    "Line 37, column 26: the file is not valid UTF-8 text" },
  { "stray-continuation", SCT_DATASET_ERROR_ENCODING,
    "Line 37, column 27: the file is not valid UTF-8 text" },
  { "utf16", SCT_DATASET_ERROR_ENCODING, "Line 1, column 4: the file contains a NUL byte" },
  { "nul-byte", SCT_DATASET_ERROR_ENCODING, "Line 37, column 26: the file contains a NUL byte" },
  { "nul-escape", SCT_DATASET_ERROR_ENCODING,
    "Line 37, column 26: a text contains the NUL character (\\u0000)" },
  { "nesting", SCT_DATASET_ERROR_NESTING,
    "Line 38, column 31: the data nests more than 16 levels deep" },
  { "duplicate-key", SCT_DATASET_ERROR_DUPLICATE_KEY,
    "Line 38, column 29: the field “title” appears twice in the same object" },
  /* The same name, however it is written. */
  { "duplicate-key-escaped", SCT_DATASET_ERROR_DUPLICATE_KEY,
    "Line 38, column 34: the field “title” appears twice in the same object" },
  { "too-many-fields", SCT_DATASET_ERROR_UNKNOWN_FIELD,
    "Line 111, column 17: an object has more than 32 fields" },

  /* JSON syntax */
  { "truncated", SCT_DATASET_ERROR_SYNTAX, "Line 38, column 1: the file ends before the data does" },
  { "comment", SCT_DATASET_ERROR_SYNTAX, "Line 2, column 3: JSON does not allow comments" },
  { "single-quotes", SCT_DATASET_ERROR_SYNTAX,
    "Line 37, column 7: texts and field names must be in straight double quotes" },
  { "trailing-comma", SCT_DATASET_ERROR_SYNTAX,
    "Line 54, column 27: a comma must be followed by another value" },
  { "two-top-level-values", SCT_DATASET_ERROR_SYNTAX,
    "Line 85, column 1: more data follows the end of the top-level value" },
  { "bad-escape", SCT_DATASET_ERROR_SYNTAX,
    "Line 37, column 26: “\\x” is not an escape sequence of JSON" },
  { "lone-surrogate", SCT_DATASET_ERROR_SYNTAX,
    "Line 37, column 26: “\\ud800” is half of a UTF-16 surrogate pair without its other half" },
  { "raw-control-char", SCT_DATASET_ERROR_SYNTAX,
    "Line 37, column 26: a text contains a control character, which JSON writes as an escape" },
  { "wrong-top-level", SCT_DATASET_ERROR_TYPE, "The file must hold one JSON object" },

  /* The top level */
  { "unknown-top-level-field", SCT_DATASET_ERROR_UNKNOWN_FIELD,
    "The dataset: unknown field “comments”" },
  { "missing-format-version", SCT_DATASET_ERROR_MISSING_FIELD,
    "The dataset, field “format_version”: the field is missing" },
  { "format-version-2", SCT_DATASET_ERROR_VERSION,
    "The dataset, field “format_version”: version 2 is not supported" },
  { "format-version-float", SCT_DATASET_ERROR_TYPE,
    "The dataset, field “format_version”: must be a whole number" },
  { "format-version-string", SCT_DATASET_ERROR_TYPE,
    "The dataset, field “format_version”: must be a whole number" },
  { "format-version-1e400", SCT_DATASET_ERROR_TYPE,
    "The dataset, field “format_version”: must be a whole number" },
  /* The number saturates, and is still not 1. */
  { "integer-overflow", SCT_DATASET_ERROR_VERSION,
    "The dataset, field “format_version”: version 9223372036854775807 is not supported" },
  { "missing-programme", SCT_DATASET_ERROR_MISSING_FIELD,
    "The dataset, field “programme”: the field is missing" },
  { "missing-programme-phone", SCT_DATASET_ERROR_MISSING_FIELD,
    "The programme, field “information.phone”: the field is missing" },
  { "bad-email-programme", SCT_DATASET_ERROR_EMAIL,
    "The programme, field “information.email”: “economie.sociale” is not a valid email address" },
  { "empty-issues", SCT_DATASET_ERROR_EMPTY_VALUE,
    "The dataset, field “issues”: must not be empty" },
  { "issues-not-list", SCT_DATASET_ERROR_TYPE, "The dataset, field “issues”: must be a list" },
  { "empty-sectors", SCT_DATASET_ERROR_EMPTY_VALUE,
    "The dataset, field “sectors”: must not be empty" },
  { "sector-not-object", SCT_DATASET_ERROR_TYPE, "Sector 1: must be an object" },

  /* Ids and references */
  { "duplicate-issue-id", SCT_DATASET_ERROR_DUPLICATE_ID,
    "Issue 2, field “id”: the id “penurie-main-doeuvre” is already used by another issue" },
  { "duplicate-organisation-id", SCT_DATASET_ERROR_DUPLICATE_ID,
    "Organisation 3, field “id”: the id “chantier” is already used by another organisation" },
  { "duplicate-sector-id", SCT_DATASET_ERROR_DUPLICATE_ID,
    "Sector 2 (“insertion-emploi”), field “id”: "
    "the id “insertion-emploi” is already used by another sector" },
  { "bad-id-uppercase", SCT_DATASET_ERROR_INVALID_ID,
    "Sector 1, field “id”: an id is made of at most 64 lowercase letters" },
  { "bad-id-double-dash", SCT_DATASET_ERROR_INVALID_ID, "Sector 1, field “id”: an id is made of" },
  { "bad-id-too-long", SCT_DATASET_ERROR_INVALID_ID, "Sector 1, field “id”: an id is made of" },
  { "bad-id-accent", SCT_DATASET_ERROR_INVALID_ID, "Issue 1, field “id”: an id is made of" },
  { "dangling-issue", SCT_DATASET_ERROR_REFERENCE,
    SECTOR_1 "field “issues[0].issue”: “chomage” is not in the list “issues”" },
  { "dangling-lead", SCT_DATASET_ERROR_REFERENCE,
    SECTOR_1 "field “lead.organisation”: “fccq” is not in the list “organisations”" },
  { "dangling-organisation", SCT_DATASET_ERROR_REFERENCE,
    SECTOR_1 "field “partners[1].members[0].organisation”: "
    "“fccq” is not in the list “organisations”" },

  /* Sector fields */
  { "wrong-type-title", SCT_DATASET_ERROR_TYPE, SECTOR_1 "field “title”: must be a text" },
  { "null-title", SCT_DATASET_ERROR_TYPE, SECTOR_1 "field “title”: must be a text" },
  { "empty-title", SCT_DATASET_ERROR_EMPTY_VALUE, SECTOR_1 "field “title”: must not be empty" },
  { "blank-title", SCT_DATASET_ERROR_EMPTY_VALUE, SECTOR_1 "field “title”: must not be empty" },
  { "control-only-title", SCT_DATASET_ERROR_EMPTY_VALUE,
    SECTOR_1 "field “title”: must not be empty" },
  { "empty-project", SCT_DATASET_ERROR_EMPTY_VALUE,
    SECTOR_1 "field “project”: must not be empty" },
  { "missing-project", SCT_DATASET_ERROR_MISSING_FIELD,
    SECTOR_1 "field “project”: the field is missing" },
  { "unknown-field", SCT_DATASET_ERROR_UNKNOWN_FIELD,
    "Sector 1 (“insertion-emploi”): unknown field “colour”" },
  { "unknown-contact-field", SCT_DATASET_ERROR_UNKNOWN_FIELD,
    SECTOR_1 "field “contact”: unknown field “phone”" },
  { "missing-contact", SCT_DATASET_ERROR_MISSING_FIELD,
    SECTOR_1 "field “contact”: the field is missing" },
  { "missing-contact-name", SCT_DATASET_ERROR_MISSING_FIELD,
    SECTOR_1 "field “contact.name”: the field is missing" },
  { "bad-block-type", SCT_DATASET_ERROR_TYPE,
    SECTOR_1 "field “description[1].type”: must be “paragraph” or “list”" },
  { "empty-list-item", SCT_DATASET_ERROR_EMPTY_VALUE,
    SECTOR_1 "field “description[1].items[1]”: must not be empty" },
  { "list-item-not-text", SCT_DATASET_ERROR_TYPE,
    SECTOR_1 "field “description[1].items[0]”: must be a text" },
  { "empty-partners", SCT_DATASET_ERROR_EMPTY_VALUE,
    SECTOR_1 "field “partners”: must not be empty" },
  { "empty-group", SCT_DATASET_ERROR_EMPTY_VALUE,
    SECTOR_1 "field “partners[1].members”: must not be empty" },
  { "etc-not-boolean", SCT_DATASET_ERROR_TYPE,
    SECTOR_1 "field “partners[1].etc”: must be true or false" },

  /* Email addresses */
  { "bad-email-no-at", SCT_DATASET_ERROR_EMAIL,
    SECTOR_1 "field “contact.email”: “richard.gravel” is not a valid email address" },
  { "bad-email-no-domain-dot", SCT_DATASET_ERROR_EMAIL,
    SECTOR_1 "field “contact.email”: “richard@localhost” is not a valid email address" },
  { "bad-email-double-dot", SCT_DATASET_ERROR_EMAIL,
    SECTOR_1 "field “contact.email”: “richard..gravel@example.org” is not a valid email address" },
  { "bad-email-leading-dot", SCT_DATASET_ERROR_EMAIL,
    SECTOR_1 "field “contact.email”: “.richard@example.org” is not a valid email address" },
  { "bad-email-space", SCT_DATASET_ERROR_EMAIL,
    SECTOR_1 "field “contact.email”: “richard gravel@example.org” is not a valid email address" },
  { "bad-email-two-at", SCT_DATASET_ERROR_EMAIL,
    SECTOR_1 "field “contact.email”: “richard@gravel@example.org” is not a valid email address" },
  { "bad-email-dash-label", SCT_DATASET_ERROR_EMAIL,
    SECTOR_1 "field “contact.email”: “richard@-example.org” is not a valid email address" },
  { "bad-email-trailing-dot", SCT_DATASET_ERROR_EMAIL,
    SECTOR_1 "field “contact.email”: “richard@example.org.” is not a valid email address" },
  { "bad-email-accent", SCT_DATASET_ERROR_EMAIL,
    SECTOR_1 "field “contact.email”: “richard@exämple.org” is not a valid email address" },
  { "bad-email-too-long", SCT_DATASET_ERROR_TOO_LONG,
    SECTOR_1 "field “contact.email”: is longer than 254 characters" },
};

static void
test_bad_case (gconstpointer data)
{
  const BadCase *bad = data;
  g_autofree char *path = data_path ("bad", bad->name);
  g_autoptr(GError) error = NULL;
  SctDataset *dataset = load_path (path, &error);

  g_assert_null (dataset);
  assert_refused (error, bad->code, bad->message);
}

/* Large inputs, made in memory */

static void
test_large_string (void)
{
  g_autoptr(GString) letters = g_string_new (NULL);
  g_autofree char *key = NULL;
  g_autofree char *reference = NULL;
  g_autoptr(GError) error = NULL;
  SctDataset *dataset;

  for (guint i = 0; i < 1024 * 1024; i++)
    g_string_append_c (letters, 'a' + i % 26);

  dataset = load_minimal_with ("Insertion en emploi", letters->str, &error);
  g_assert_null (dataset);
  assert_refused (error, SCT_DATASET_ERROR_TOO_LONG,
                  SECTOR_1 "field “title”: is longer than 4096 characters");
  g_clear_error (&error);

  /* Messages that quote the input quote a short part of it. */
  key = g_strdup_printf ("\"%s\": 1, \"title\": \"Insertion en emploi\"", letters->str);
  dataset = load_minimal_with ("\"title\": \"Insertion en emploi\"", key, &error);
  g_assert_null (dataset);
  assert_refused (error, SCT_DATASET_ERROR_UNKNOWN_FIELD,
                  "Sector 1 (“insertion-emploi”): unknown field “abcdefghijklmnopqrstuvwxyzabcd");
  g_assert_cmpuint (strlen (error->message), <, 200);
  g_clear_error (&error);

  /* As long as a reference may be. */
  reference = g_strdup_printf ("\"organisation\": \"%.4096s\"", letters->str);
  dataset = load_minimal_with ("\"organisation\": \"cqcm\"", reference, &error);
  g_assert_null (dataset);
  assert_refused (error, SCT_DATASET_ERROR_REFERENCE,
                  SECTOR_1 "field “partners[0].organisation”: “abcdefghijklmnopqrstuvwxyzabcd");
  g_assert_cmpuint (strlen (error->message), <, 200);
}

/* The sidebar's order: every sector once, by folded title, in the file's
 * order among equal titles. */
static void
assert_sorted_by_title (SctDataset *dataset)
{
  GListModel *sectors = sct_dataset_get_sectors (dataset);
  GListModel *by_title = sct_dataset_get_sectors_by_title (dataset);
  guint n_sectors = g_list_model_get_n_items (sectors);
  g_autoptr(GHashTable) positions = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  SctSector *previous = NULL;

  for (guint i = 0; i < n_sectors; i++)
    {
      g_autoptr(SctSector) sector = g_list_model_get_item (sectors, i);

      g_hash_table_insert (positions, sector, GUINT_TO_POINTER (i));
    }

  g_assert_cmpuint (g_list_model_get_n_items (by_title), ==, n_sectors);
  for (guint i = 0; i < n_sectors; i++)
    {
      /* The dataset keeps it alive. */
      g_autoptr(SctSector) sector = g_list_model_get_item (by_title, i);

      g_assert_true (g_hash_table_add (seen, sector));
      if (previous != NULL)
        {
          int order = strcmp (sct_sector_get_sort_key (previous), sct_sector_get_sort_key (sector));

          if (order == 0)
            order = GPOINTER_TO_INT (g_hash_table_lookup (positions, previous)) -
                    GPOINTER_TO_INT (g_hash_table_lookup (positions, sector));
          if (order > 0)
            g_error ("%s comes before %s", sct_sector_get_id (previous), sct_sector_get_id (sector));
        }
      previous = sector;
    }
}

/* A large directory: every sector loads, in order and counted once; a
 * file with several faults is refused for the first one in the file. */
static void
test_large_directory (void)
{
  const guint n_sectors = 20000;
  g_autoptr(GError) error = NULL;
  g_autoptr(SctDataset) dataset = NULL;
  g_autoptr(GString) valid = model_test_many_sectors (n_sectors, 0, 0);
  g_autoptr(GString) late_duplicate = model_test_many_sectors (n_sectors, 12000, 18000);
  g_autoptr(GString) early_duplicate = model_test_many_sectors (n_sectors, 15000, 5000);
  g_autoptr(GString) two_faults = model_test_many_sectors (n_sectors, 19000, 0);
  g_autoptr(SctSector) last = NULL;
  SctIssue *issue;

  /* Two titles that sort alike, far apart in the file. */
  g_string_replace (valid, "\"title\": \"Secteur 19999\"", "\"title\": \"Égal\"", 1);
  g_string_replace (valid, "\"title\": \"Secteur 5\"", "\"title\": \"egal\"", 1);
  dataset = model_test_load_string (valid->str, valid->len, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (sct_dataset_get_sectors (dataset)), ==, n_sectors);
  last = g_list_model_get_item (sct_dataset_get_sectors (dataset), n_sectors - 1);
  g_assert_cmpstr (sct_sector_get_id (last), ==, "s-20000");
  g_assert_true (sct_dataset_lookup_sector (dataset, "s-20000") == last);
  issue = sct_dataset_lookup_issue (dataset, "penurie-main-doeuvre");
  g_assert_cmpuint (sct_issue_get_n_sectors (issue), ==, n_sectors);
  assert_sorted_by_title (dataset);

  g_assert_null (model_test_load_string (late_duplicate->str, late_duplicate->len, &error));
  assert_refused (error, SCT_DATASET_ERROR_EMAIL,
                  "Sector 12000 (“s-12000”), field “contact.email”: ");
  g_clear_error (&error);

  g_assert_null (model_test_load_string (early_duplicate->str, early_duplicate->len, &error));
  assert_refused (error, SCT_DATASET_ERROR_DUPLICATE_ID,
                  "Sector 5000 (“s-1”), field “id”: the id “s-1” is already used by another sector");
  g_clear_error (&error);

  /* A fault early in the file and one late. */
  g_string_replace (two_faults, "\"id\": \"s-3000\", \"title\": \"Secteur 3000\", ",
                    "\"id\": \"s-3000\", ", 1);
  g_assert_null (model_test_load_string (two_faults->str, two_faults->len, &error));
  assert_refused (error, SCT_DATASET_ERROR_MISSING_FIELD,
                  "Sector 3000 (“s-3000”), field “title”: the field is missing");
}

static void
test_large_many_sectors (void)
{
  g_autoptr(GString) text = model_test_many_sectors (100000, 100000, 0);
  g_autoptr(GError) error = NULL;
  SctDataset *dataset;

  /* The minimal dataset's indexes, then 100 000 small sectors, the last
   * one faulty. */
  dataset = model_test_load_string (text->str, text->len, &error);
  g_assert_null (dataset);
  assert_refused (error, SCT_DATASET_ERROR_EMAIL,
                  "Sector 100000 (“s-100000”), field “contact.email”: "
                  "“n@example” is not a valid email address");
}

/* json-glib counts its positions from the first character that is not
 * white space; the messages count from the start of the file, in
 * characters. */
static void
test_position_after_leading_space (void)
{
  static const char text[] = "\n  \n   [\"é\" 2]";
  g_autoptr(GError) error = NULL;

  g_assert_null (model_test_load_string (text, strlen (text), &error));
  assert_refused (error, SCT_DATASET_ERROR_SYNTAX, "Line 3, column 9: “2” where a comma was expected");
}

static void
test_large_nesting (void)
{
  const guint depth = 100000;
  g_autoptr(GString) text = g_string_new ("{\"format_version\": ");
  g_autoptr(GError) error = NULL;
  SctDataset *dataset;

  for (guint i = 0; i < depth; i++)
    g_string_append_c (text, '[');
  for (guint i = 0; i < depth; i++)
    g_string_append_c (text, ']');
  g_string_append (text, "}\n");

  /* The outer object and 15 more levels pass: the 17th is refused. */
  dataset = model_test_load_string (text->str, text->len, &error);
  g_assert_null (dataset);
  assert_refused (error, SCT_DATASET_ERROR_NESTING,
                  "Line 1, column 35: the data nests more than 16 levels deep");
}

/* The minimal dataset with its top-level fields in the order of @names,
 * and @edit applied to it if not NULL. */
static SctDataset *
load_minimal_in_order (const char * const  *names,
                       void               (*edit) (JsonObject *root),
                       GError             **error)
{
  g_autoptr(GString) minimal = model_test_read_minimal ();
  g_autoptr(JsonNode) root = json_from_string (minimal->str, NULL);
  g_autoptr(JsonObject) reordered = json_object_new ();
  g_autoptr(JsonNode) node = json_node_new (JSON_NODE_OBJECT);
  g_autofree char *text = NULL;

  for (guint i = 0; names[i] != NULL; i++)
    json_object_set_member (reordered, names[i],
                            json_object_dup_member (json_node_get_object (root), names[i]));
  if (edit != NULL)
    edit (reordered);
  json_node_set_object (node, reordered);
  text = json_to_string (node, TRUE);

  return model_test_load_string (text, strlen (text), error);
}

static const char * const field_orders[][6] = {
  { "format_version", "programme", "issues", "organisations", "sectors", NULL },
  { "sectors", "organisations", "issues", "programme", "format_version", NULL },
  { "issues", "sectors", "organisations", "format_version", "programme", NULL },
  { "organisations", "issues", "sectors", "programme", "format_version", NULL },
};

/* JSON objects have no order: the loader reads the sectors as they come
 * when the issues and organisations came first, from the whole tree
 * otherwise, with the same result. */
static void
test_order_any (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (field_orders); i++)
    {
      g_autoptr(GError) error = NULL;
      SctDataset *dataset = load_minimal_in_order (field_orders[i], NULL, &error);
      SctSector *sector;

      g_assert_no_error (error);
      g_assert_nonnull (dataset);
      g_assert_cmpuint (g_list_model_get_n_items (sct_dataset_get_sectors (dataset)), ==, 1);

      sector = get_sector (dataset, 0);
      g_assert_cmpstr (sct_sector_get_id (sector), ==, "insertion-emploi");
      g_assert_cmpstr (sct_organisation_get_id (sct_sector_get_lead (sector)->organisation), ==,
                       "chantier");
      g_assert_cmpuint (sct_sector_get_partner_groups (sector)->len, ==, 2);
      g_assert_cmpuint (sct_issue_get_n_sectors (sct_dataset_lookup_issue (dataset,
                                                                           "penurie-main-doeuvre")),
                        ==, 1);
      g_assert_cmpuint (sct_organisation_get_n_sectors (sct_dataset_lookup_organisation (dataset,
                                                                                         "cqcm")),
                        ==, 1);
      g_assert_finalize_object (dataset);
    }
}

static void
blank_sector_title (JsonObject *root)
{
  JsonArray *sectors = json_object_get_array_member (root, "sectors");

  json_object_set_string_member (json_array_get_object_element (sectors, 0), "title", " ");
}

static void
blank_title_and_phone (JsonObject *root)
{
  JsonObject *programme = json_object_get_object_member (root, "programme");

  blank_sector_title (root);
  json_object_remove_member (json_object_get_object_member (programme, "information"), "phone");
}

static void
blank_title_and_issue (JsonObject *root)
{
  JsonArray *issues = json_object_get_array_member (root, "issues");

  blank_sector_title (root);
  json_object_set_string_member (json_array_get_object_element (issues, 0), "label", "");
}

/* Of two mistakes, the one reported is the same whatever the order of the
 * fields: the checks go from the programme to the sectors. */
static void
test_order_errors (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (field_orders); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_null (load_minimal_in_order (field_orders[i], blank_sector_title, &error));
      assert_refused (error, SCT_DATASET_ERROR_EMPTY_VALUE, SECTOR_1 "field “title”: must not be empty");
      g_clear_error (&error);

      g_assert_null (load_minimal_in_order (field_orders[i], blank_title_and_phone, &error));
      assert_refused (error, SCT_DATASET_ERROR_MISSING_FIELD,
                      "The programme, field “information.phone”: the field is missing");
      g_clear_error (&error);

      g_assert_null (load_minimal_in_order (field_orders[i], blank_title_and_issue, &error));
      assert_refused (error, SCT_DATASET_ERROR_EMPTY_VALUE,
                      "Issue 1, field “label”: must not be empty");
    }
}

static char *
repeat (const char *unit,
        guint       n)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    g_string_append (text, unit);

  return g_string_free_and_steal (text);
}

static void
test_limit_nesting (void)
{
  g_autofree char *opens = repeat ("[", 14);
  g_autofree char *closes = repeat ("]", 14);
  g_autofree char *sixteen = g_strdup_printf ("\"project\": %s%s", opens + 1, closes + 1);
  g_autofree char *seventeen = g_strdup_printf ("\"project\": %s%s", opens, closes);
  g_autoptr(GError) error = NULL;
  SctDataset *dataset;

  /* The project is three levels deep: sixteen levels in all pass the parser
   * and are refused for what they hold. */
  dataset = load_minimal_with ("\"project\": null", sixteen, &error);
  g_assert_null (dataset);
  assert_refused (error, SCT_DATASET_ERROR_TYPE, SECTOR_1 "field “project”: must be a text");
  g_clear_error (&error);

  dataset = load_minimal_with ("\"project\": null", seventeen, &error);
  g_assert_null (dataset);
  assert_refused (error, SCT_DATASET_ERROR_NESTING,
                  "Line 38, column 31: the data nests more than 16 levels deep");
}

/* Filters keep a sector's issues as the bits of one 64-bit integer. */
static void
test_limit_issues (void)
{
  const char *index_start = "\"issues\": [\n    {\n      \"id\": \"penurie-main-doeuvre\",\n";
  g_autoptr(GString) sixty_four = g_string_new ("\"issues\": [");
  g_autoptr(GString) sixty_five = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SctDataset) dataset = NULL;

  /* The minimal dataset's index has one issue: 63 more make 64. */
  for (guint i = 1; i <= 63; i++)
    g_string_append_printf (sixty_four, "{\"id\": \"extra-%u\", \"label\": \"Enjeu %u\"}, ", i, i);
  sixty_five = g_string_new (sixty_four->str);
  g_string_append (sixty_five, "{\"id\": \"extra-64\", \"label\": \"Enjeu 64\"}, ");
  g_string_append (sixty_four, index_start + strlen ("\"issues\": ["));
  g_string_append (sixty_five, index_start + strlen ("\"issues\": ["));

  dataset = load_minimal_with (index_start, sixty_four->str, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (sct_dataset_get_issues (dataset)), ==, 64);

  g_assert_null (load_minimal_with (index_start, sixty_five->str, &error));
  assert_refused (error, SCT_DATASET_ERROR_TOO_LONG,
                  "The dataset, field “issues”: has more than 64 entries");
}

static void
test_limit_text_length (void)
{
  g_autofree char *title_4096 = repeat ("é", 4096);
  g_autofree char *title_4097 = repeat ("é", 4097);
  g_autofree char *paragraph_16384 = repeat ("œ", 16384);
  g_autofree char *paragraph_16385 = repeat ("œ", 16385);
  g_autoptr(GError) error = NULL;
  SctDataset *dataset;

  /* Limits count characters, not bytes. */
  dataset = load_minimal_with ("Insertion en emploi", title_4096, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sct_sector_get_title (get_sector (dataset, 0)), ==, title_4096);
  g_assert_finalize_object (dataset);

  dataset = load_minimal_with ("Insertion en emploi", title_4097, &error);
  g_assert_null (dataset);
  assert_refused (error, SCT_DATASET_ERROR_TOO_LONG,
                  SECTOR_1 "field “title”: is longer than 4096 characters");
  g_clear_error (&error);

  dataset = load_minimal_with ("Le projet vise :", paragraph_16384, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (get_block (get_sector (dataset, 0), 0)->text, ==, paragraph_16384);
  g_assert_finalize_object (dataset);

  dataset = load_minimal_with ("Le projet vise :", paragraph_16385, &error);
  g_assert_null (dataset);
  assert_refused (error, SCT_DATASET_ERROR_TOO_LONG,
                  SECTOR_1 "field “description[0].text”: is longer than 16384 characters");
  g_clear_error (&error);

  /* List items are texts, not paragraphs. */
  dataset = load_minimal_with ("la formation", title_4097, &error);
  g_assert_null (dataset);
  assert_refused (error, SCT_DATASET_ERROR_TOO_LONG,
                  SECTOR_1 "field “description[1].items[1]”: is longer than 4096 characters");
}

/* Files that cannot be read */

static void
test_read_too_large (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *directory = g_dir_make_tmp ("secteurs-XXXXXX", &error);
  g_autofree char *path = NULL;
  SctDataset *dataset;

  g_assert_no_error (error);
  path = g_build_filename (directory, "huge.json", NULL);

  /* A sparse file: refused on its size, before anything is read. */
  g_file_set_contents (path, "{", -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (truncate (path, SCT_DATASET_MAX_SIZE + 1), ==, 0);

  dataset = load_path (path, &error);
  g_assert_null (dataset);
  assert_refused (error, SCT_DATASET_ERROR_TOO_LARGE, "The file is larger than 256 MiB");

  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (directory), ==, 0);
}

static void
test_read_missing (void)
{
  g_autofree char *path = data_path ("bad", "no-such-file");
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = g_strdup_printf ("Could not read “%s”: ", path);
  SctDataset *dataset = load_path (path, &error);

  g_assert_null (dataset);
  assert_refused (error, SCT_DATASET_ERROR_READ, expected);
}

static void
test_read_directory (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "bad", NULL);
  g_autoptr(GError) error = NULL;
  SctDataset *dataset = load_path (path, &error);

  g_assert_null (dataset);
  assert_refused (error, SCT_DATASET_ERROR_READ, "it is not a regular file");
}

static void
test_read_missing_resource (void)
{
  g_autoptr(GError) error = NULL;
  SctDataset *dataset = sct_dataset_new_from_resource ("/no/such/dataset.json", &error);

  g_assert_null (dataset);
  assert_refused (error, SCT_DATASET_ERROR_READ, "Could not read “/no/such/dataset.json”: ");
}

int
main (int   argc,
      char *argv[])
{
  /* Print failures in UTF-8 rather than as question marks. */
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/dataset/bundled/sectors", test_bundled_sectors);
  g_test_add_func ("/dataset/bundled/issues", test_bundled_issues);
  g_test_add_func ("/dataset/bundled/organisations", test_bundled_organisations);
  g_test_add_func ("/dataset/bundled/organisations-by-use", test_bundled_organisations_by_use);
  g_test_add_func ("/dataset/bundled/partner-groups", test_bundled_partner_groups);
  g_test_add_func ("/dataset/bundled/projects", test_bundled_projects);
  g_test_add_func ("/dataset/bundled/description", test_bundled_description);
  g_test_add_func ("/dataset/bundled/programme", test_bundled_programme);
  g_test_add_func ("/dataset/bundled/lifetime", test_bundled_lifetime);

  g_test_add_func ("/dataset/good/minimal", test_good_minimal);
  g_test_add_data_func ("/dataset/good/bom", "bom", test_good_same_as_minimal);
  g_test_add_data_func ("/dataset/good/crlf", "crlf", test_good_same_as_minimal);
  g_test_add_func ("/dataset/good/escapes", test_good_escapes);
  g_test_add_func ("/dataset/good/markup-names", test_good_markup_names);
  g_test_add_func ("/dataset/good/not-editorial", test_good_not_editorial);

  for (guint i = 0; i < G_N_ELEMENTS (bad_cases); i++)
    {
      g_autofree char *test_path = g_strconcat ("/dataset/bad/", bad_cases[i].name, NULL);

      g_test_add_data_func (test_path, &bad_cases[i], test_bad_case);
    }

  g_test_add_func ("/dataset/large/string", test_large_string);
  g_test_add_func ("/dataset/large/many-sectors", test_large_many_sectors);
  g_test_add_func ("/dataset/large/directory", test_large_directory);
  g_test_add_func ("/dataset/large/nesting", test_large_nesting);
  g_test_add_func ("/dataset/syntax/position-after-leading-space", test_position_after_leading_space);
  g_test_add_func ("/dataset/order/any", test_order_any);
  g_test_add_func ("/dataset/order/errors", test_order_errors);
  g_test_add_func ("/dataset/limit/nesting", test_limit_nesting);
  g_test_add_func ("/dataset/limit/text-length", test_limit_text_length);
  g_test_add_func ("/dataset/limit/issues", test_limit_issues);

  g_test_add_func ("/dataset/read/too-large", test_read_too_large);
  g_test_add_func ("/dataset/read/missing", test_read_missing);
  g_test_add_func ("/dataset/read/directory", test_read_directory);
  g_test_add_func ("/dataset/read/missing-resource", test_read_missing_resource);

  return g_test_run ();
}
