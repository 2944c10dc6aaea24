/* Copyright 2026 The Secteurs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The query on the bundled dataset: which sectors match, what the chips
 * count, and how each change is announced.
 */

#include <locale.h>

#include "model-test-utils.h"
#include "sct-query.h"

typedef struct {
  SctDataset *dataset;
  SctQuery *query;
  GArray *changes; /* SctQueryChange, as emitted */
} Fixture;

static void
changed_cb (SctQuery       *query,
            SctQueryChange  change,
            Fixture        *fixture)
{
  g_array_append_val (fixture->changes, change);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "sectors.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  fixture->dataset = sct_dataset_new_from_file (file, &error);
  g_assert_no_error (error);
  fixture->query = g_object_new (SCT_TYPE_QUERY, NULL);
  fixture->changes = g_array_new (FALSE, FALSE, sizeof (SctQueryChange));
  g_signal_connect (fixture->query, "changed", G_CALLBACK (changed_cb), fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_finalize_object (fixture->query);
  g_assert_finalize_object (fixture->dataset);
  g_array_unref (fixture->changes);
}

static SctIssue *
issue (Fixture    *fixture,
       const char *id)
{
  SctIssue *found = sct_dataset_lookup_issue (fixture->dataset, id);

  g_assert_nonnull (found);
  return found;
}

static void
set_issue (Fixture    *fixture,
           const char *id,
           gboolean    active)
{
  sct_query_set_issue_active (fixture->query, issue (fixture, id), active);
}

/* The ids of the matching sectors, in the dataset's order. */
static char *
matching (Fixture *fixture)
{
  GListModel *sectors = sct_dataset_get_sectors (fixture->dataset);
  g_autoptr(GString) ids = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (sectors); i++)
    {
      g_autoptr(SctSector) sector = g_list_model_get_item (sectors, i);

      if (!sct_query_matches (fixture->query, sector))
        continue;
      if (ids->len > 0)
        g_string_append_c (ids, ' ');
      g_string_append (ids, sct_sector_get_id (sector));
    }

  return g_string_free_and_steal (g_steal_pointer (&ids));
}

static void
assert_matching (Fixture    *fixture,
                 const char *expected)
{
  g_autofree char *ids = matching (fixture);

  g_assert_cmpstr (ids, ==, expected);
}

static guint
count_with (Fixture    *fixture,
            const char *id)
{
  return sct_query_count_with_issue (fixture->query,
                                     sct_dataset_get_sectors (fixture->dataset),
                                     issue (fixture, id));
}

/* Asserts the changes emitted since the last call, then forgets them. */
static void
assert_changes (Fixture              *fixture,
                guint                 n_changes,
                const SctQueryChange *expected)
{
  g_assert_cmpuint (fixture->changes->len, ==, n_changes);
  for (guint i = 0; i < n_changes; i++)
    g_assert_cmpint (g_array_index (fixture->changes, SctQueryChange, i), ==, expected[i]);

  g_array_set_size (fixture->changes, 0);
}

static void
assert_one_change (Fixture        *fixture,
                   SctQueryChange  expected)
{
  assert_changes (fixture, 1, &expected);
}

static void
assert_no_change (Fixture *fixture)
{
  assert_changes (fixture, 0, NULL);
}

#define ALL_SECTORS \
  "insertion-emploi numerique-collectif reprise-collective poles-logistiques-alimentation " \
  "production-agricole tourisme-loisirs services-aines matieres-residuelles " \
  "personnes-handicapees autonomie-alimentaire-premieres-nations immobilier-collectif " \
  "amenagement-territoire"

static void
test_empty (Fixture       *fixture,
            gconstpointer  data)
{
  g_assert_true (sct_query_is_empty (fixture->query));
  g_assert_cmpint (sct_query_get_match_mode (fixture->query), ==, SCT_MATCH_ANY);
  g_assert_cmpstr (sct_query_get_search_text (fixture->query), ==, "");
  g_assert_null (sct_query_get_organisation (fixture->query));
  g_assert_cmpuint (sct_query_get_active_issues (fixture->query)->len, ==, 0);
  assert_matching (fixture, ALL_SECTORS);

  /* Blank search text asks nothing. */
  sct_query_set_search_text (fixture->query, " \t\u00A0");
  g_assert_true (sct_query_is_empty (fixture->query));
  assert_matching (fixture, ALL_SECTORS);
}

static void
test_any_and_all (Fixture       *fixture,
                  gconstpointer  data)
{
  SctIssue *food = issue (fixture, "autonomie-alimentaire");

  set_issue (fixture, "autonomie-alimentaire", TRUE);
  g_assert_false (sct_query_is_empty (fixture->query));
  g_assert_true (sct_query_get_issue_active (fixture->query, food));
  assert_matching (fixture, "poles-logistiques-alimentation production-agricole "
                            "autonomie-alimentaire-premieres-nations");

  /* "Any": the union. */
  set_issue (fixture, "developpement-economique-regional", TRUE);
  g_assert_cmpuint (sct_query_get_active_issues (fixture->query)->len, ==, 2);
  assert_matching (fixture, "numerique-collectif reprise-collective poles-logistiques-alimentation "
                            "production-agricole autonomie-alimentaire-premieres-nations "
                            "amenagement-territoire");

  /* "All": the intersection. */
  sct_query_set_match_mode (fixture->query, SCT_MATCH_ALL);
  assert_matching (fixture, "poles-logistiques-alimentation production-agricole");

  set_issue (fixture, "immobilier-abordable", TRUE);
  assert_matching (fixture, "");

  set_issue (fixture, "immobilier-abordable", FALSE);
  set_issue (fixture, "autonomie-alimentaire", FALSE);
  g_assert_false (sct_query_get_issue_active (fixture->query, food));
  assert_matching (fixture, "numerique-collectif reprise-collective poles-logistiques-alimentation "
                            "production-agricole amenagement-territoire");
}

static void
test_counts (Fixture       *fixture,
             gconstpointer  data)
{
  /* "Any" counts the sectors that list the issue, whatever else is chosen. */
  g_assert_cmpuint (count_with (fixture, "autonomie-alimentaire"), ==, 3);
  g_assert_cmpuint (count_with (fixture, "developpement-economique-regional"), ==, 5);
  g_assert_cmpuint (count_with (fixture, "vitalite-collectivites"), ==, 4);
  set_issue (fixture, "autonomie-alimentaire", TRUE);
  g_assert_cmpuint (count_with (fixture, "developpement-economique-regional"), ==, 5);
  g_assert_cmpuint (count_with (fixture, "immobilier-abordable"), ==, 1);

  /* "All" counts what adding the issue would leave. */
  sct_query_set_match_mode (fixture->query, SCT_MATCH_ALL);
  g_assert_cmpuint (count_with (fixture, "autonomie-alimentaire"), ==, 3);
  g_assert_cmpuint (count_with (fixture, "developpement-economique-regional"), ==, 2);
  g_assert_cmpuint (count_with (fixture, "demarrage-reprise-entreprise"), ==, 1);
  g_assert_cmpuint (count_with (fixture, "economie-circulaire-environnement"), ==, 1);
  g_assert_cmpuint (count_with (fixture, "immobilier-abordable"), ==, 0);

  /* The search and the organisation count in both modes. */
  sct_query_set_search_text (fixture->query, "coopérative");
  g_assert_cmpuint (count_with (fixture, "developpement-economique-regional"), ==, 2);
  g_assert_cmpuint (count_with (fixture, "autonomie-alimentaire"), ==, 2);
  sct_query_set_match_mode (fixture->query, SCT_MATCH_ANY);
  g_assert_cmpuint (count_with (fixture, "autonomie-alimentaire"), ==, 2);
  g_assert_cmpuint (count_with (fixture, "vitalite-collectivites"), ==, 4);

  sct_query_set_organisation (fixture->query,
                              sct_dataset_lookup_organisation (fixture->dataset, "chantier"));
  g_assert_cmpuint (count_with (fixture, "vitalite-collectivites"), ==, 2);
  g_assert_cmpuint (count_with (fixture, "developpement-economique-regional"), ==, 3);
}

static void
test_organisation (Fixture       *fixture,
                   gconstpointer  data)
{
  SctOrganisation *chantier = sct_dataset_lookup_organisation (fixture->dataset, "chantier");

  sct_query_set_organisation (fixture->query, chantier);
  g_assert_true (sct_query_get_organisation (fixture->query) == chantier);
  g_assert_false (sct_query_is_empty (fixture->query));
  assert_matching (fixture, "insertion-emploi poles-logistiques-alimentation production-agricole "
                            "services-aines matieres-residuelles personnes-handicapees "
                            "amenagement-territoire");

  set_issue (fixture, "autonomie-alimentaire", TRUE);
  assert_matching (fixture, "poles-logistiques-alimentation production-agricole");

  sct_query_set_search_text (fixture->query, "aînés");
  assert_matching (fixture, "");
  set_issue (fixture, "autonomie-alimentaire", FALSE);
  assert_matching (fixture, "services-aines");

  sct_query_set_organisation (fixture->query, NULL);
  assert_matching (fixture, "tourisme-loisirs services-aines "
                            "autonomie-alimentaire-premieres-nations immobilier-collectif");
}

static void
test_search (Fixture       *fixture,
             gconstpointer  data)
{
  static const char * const spellings[][2] = {
    /* Accents, case and ligatures never matter. */
    { "économie", ALL_SECTORS },
    { "ECONOMIE", ALL_SECTORS },
    { "oeuvre", "insertion-emploi production-agricole tourisme-loisirs services-aines "
                "immobilier-collectif amenagement-territoire" },
    { "ŒUVRE", "insertion-emploi production-agricole tourisme-loisirs services-aines "
               "immobilier-collectif amenagement-territoire" },
    { "œuvre", "insertion-emploi production-agricole tourisme-loisirs services-aines "
               "immobilier-collectif amenagement-territoire" },
    /* Nor which apostrophe. */
    { "main-d'oeuvre", "insertion-emploi tourisme-loisirs" },
    { "MAIN-D’ŒUVRE", "insertion-emploi tourisme-loisirs" },
    { "numérique", "numerique-collectif" },
    { "ＮＵＭＥＲＩＱＵＥ", "numerique-collectif" },
    /* Every word must match, anywhere in the sector. */
    { "autochtone tourisme", "tourisme-loisirs" },
    { "  tourisme   AUTOCHTONE ", "tourisme-loisirs" },
    { "autochtone numérique", "" },
    { "coopérative laval", "production-agricole" },
    { "premières nations", "autonomie-alimentaire-premieres-nations" },
    /* Organisations by their acronym, and contacts by their email. */
    { "cqcm", "numerique-collectif reprise-collective poles-logistiques-alimentation "
              "production-agricole services-aines matieres-residuelles" },
    { "larpent.ca", "amenagement-territoire" },
    { "zzz", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (spellings); i++)
    {
      g_test_message ("Search “%s”", spellings[i][0]);
      sct_query_set_search_text (fixture->query, spellings[i][0]);
      g_assert_cmpstr (sct_query_get_search_text (fixture->query), ==, spellings[i][0]);
      assert_matching (fixture, spellings[i][1]);
    }
}

static void
test_clear (Fixture       *fixture,
            gconstpointer  data)
{
  sct_query_set_match_mode (fixture->query, SCT_MATCH_ALL);
  set_issue (fixture, "autonomie-alimentaire", TRUE);
  set_issue (fixture, "developpement-economique-regional", TRUE);
  sct_query_set_search_text (fixture->query, "coop");
  sct_query_set_organisation (fixture->query,
                              sct_dataset_lookup_organisation (fixture->dataset, "cqcm"));
  g_array_set_size (fixture->changes, 0);

  sct_query_clear (fixture->query);
  assert_one_change (fixture, SCT_QUERY_CHANGE_LESS_STRICT);
  g_assert_true (sct_query_is_empty (fixture->query));
  g_assert_cmpuint (sct_query_get_active_issues (fixture->query)->len, ==, 0);
  g_assert_cmpstr (sct_query_get_search_text (fixture->query), ==, "");
  g_assert_null (sct_query_get_organisation (fixture->query));
  assert_matching (fixture, ALL_SECTORS);

  /* The match mode is a preference, not part of the question. */
  g_assert_cmpint (sct_query_get_match_mode (fixture->query), ==, SCT_MATCH_ALL);

  /* Clearing nothing changes nothing. */
  sct_query_clear (fixture->query);
  assert_no_change (fixture);
}

static void
test_change_issues (Fixture       *fixture,
                    gconstpointer  data)
{
  /* The first issue narrows everything down. */
  set_issue (fixture, "autonomie-alimentaire", TRUE);
  assert_one_change (fixture, SCT_QUERY_CHANGE_MORE_STRICT);

  /* More widen an "any" match. */
  set_issue (fixture, "developpement-economique-regional", TRUE);
  assert_one_change (fixture, SCT_QUERY_CHANGE_LESS_STRICT);
  set_issue (fixture, "vitalite-collectivites", TRUE);
  assert_one_change (fixture, SCT_QUERY_CHANGE_LESS_STRICT);

  /* Setting what is already set is no change. */
  set_issue (fixture, "vitalite-collectivites", TRUE);
  set_issue (fixture, "immobilier-abordable", FALSE);
  assert_no_change (fixture);

  /* Fewer narrow an "any" match, until there are none. */
  set_issue (fixture, "vitalite-collectivites", FALSE);
  assert_one_change (fixture, SCT_QUERY_CHANGE_MORE_STRICT);
  set_issue (fixture, "developpement-economique-regional", FALSE);
  assert_one_change (fixture, SCT_QUERY_CHANGE_MORE_STRICT);
  set_issue (fixture, "autonomie-alimentaire", FALSE);
  assert_one_change (fixture, SCT_QUERY_CHANGE_LESS_STRICT);

  /* In "all" mode, every issue added narrows, every issue removed widens. */
  sct_query_set_match_mode (fixture->query, SCT_MATCH_ALL);
  assert_no_change (fixture);
  set_issue (fixture, "autonomie-alimentaire", TRUE);
  assert_one_change (fixture, SCT_QUERY_CHANGE_MORE_STRICT);
  set_issue (fixture, "developpement-economique-regional", TRUE);
  assert_one_change (fixture, SCT_QUERY_CHANGE_MORE_STRICT);
  set_issue (fixture, "autonomie-alimentaire", FALSE);
  assert_one_change (fixture, SCT_QUERY_CHANGE_LESS_STRICT);
  set_issue (fixture, "developpement-economique-regional", FALSE);
  assert_one_change (fixture, SCT_QUERY_CHANGE_LESS_STRICT);
}

static void
test_change_match_mode (Fixture       *fixture,
                        gconstpointer  data)
{
  /* With fewer than two issues, both modes list the same sectors. */
  sct_query_set_match_mode (fixture->query, SCT_MATCH_ALL);
  sct_query_set_match_mode (fixture->query, SCT_MATCH_ANY);
  assert_no_change (fixture);
  set_issue (fixture, "autonomie-alimentaire", TRUE);
  g_array_set_size (fixture->changes, 0);
  sct_query_set_match_mode (fixture->query, SCT_MATCH_ALL);
  assert_no_change (fixture);
  sct_query_set_match_mode (fixture->query, SCT_MATCH_ANY);
  assert_no_change (fixture);

  set_issue (fixture, "developpement-economique-regional", TRUE);
  g_array_set_size (fixture->changes, 0);
  sct_query_set_match_mode (fixture->query, SCT_MATCH_ALL);
  assert_one_change (fixture, SCT_QUERY_CHANGE_MORE_STRICT);
  sct_query_set_match_mode (fixture->query, SCT_MATCH_ALL);
  assert_no_change (fixture);
  sct_query_set_match_mode (fixture->query, SCT_MATCH_ANY);
  assert_one_change (fixture, SCT_QUERY_CHANGE_LESS_STRICT);
}

static void
test_change_search (Fixture       *fixture,
                    gconstpointer  data)
{
  static const struct {
    const char *text;
    int change; /* -1: no signal */
  } steps[] = {
    { "eco", SCT_QUERY_CHANGE_MORE_STRICT },
    { "econ", SCT_QUERY_CHANGE_MORE_STRICT },
    { "econ soc", SCT_QUERY_CHANGE_MORE_STRICT },
    { "econ so", SCT_QUERY_CHANGE_LESS_STRICT },
    { "econ", SCT_QUERY_CHANGE_LESS_STRICT },
    /* Case and accents fold away: the same search. */
    { "ÉCON", -1 },
    { "ÉCONOMIE", SCT_QUERY_CHANGE_MORE_STRICT },
    { "coop", SCT_QUERY_CHANGE_DIFFERENT },
    { "coop laval", SCT_QUERY_CHANGE_MORE_STRICT },
    { "laval", SCT_QUERY_CHANGE_DIFFERENT },
    { "", SCT_QUERY_CHANGE_LESS_STRICT },
  };

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      g_test_message ("Search “%s”", steps[i].text);
      sct_query_set_search_text (fixture->query, steps[i].text);
      if (steps[i].change < 0)
        assert_no_change (fixture);
      else
        assert_one_change (fixture, steps[i].change);
    }

  /* NULL is the empty search, already set. */
  sct_query_set_search_text (fixture->query, NULL);
  g_assert_cmpstr (sct_query_get_search_text (fixture->query), ==, "");
  assert_no_change (fixture);
}

static void
test_change_organisation (Fixture       *fixture,
                          gconstpointer  data)
{
  SctOrganisation *chantier = sct_dataset_lookup_organisation (fixture->dataset, "chantier");
  SctOrganisation *cqcm = sct_dataset_lookup_organisation (fixture->dataset, "cqcm");

  sct_query_set_organisation (fixture->query, chantier);
  assert_one_change (fixture, SCT_QUERY_CHANGE_MORE_STRICT);
  sct_query_set_organisation (fixture->query, chantier);
  assert_no_change (fixture);
  sct_query_set_organisation (fixture->query, cqcm);
  assert_one_change (fixture, SCT_QUERY_CHANGE_DIFFERENT);
  sct_query_set_organisation (fixture->query, NULL);
  assert_one_change (fixture, SCT_QUERY_CHANGE_LESS_STRICT);
}

/* Asserts that @query, after all its changes, says of every sector and
 * every chip what a new query asked the same question says. */
static void
assert_same_as_fresh (SctQuery   *query,
                      SctDataset *dataset)
{
  GListModel *sectors = sct_dataset_get_sectors (dataset);
  GListModel *issues = sct_dataset_get_issues (dataset);
  g_autoptr(SctQuery) fresh = g_object_new (SCT_TYPE_QUERY, NULL);

  sct_query_set_match_mode (fresh, sct_query_get_match_mode (query));
  sct_query_set_search_text (fresh, sct_query_get_search_text (query));
  sct_query_set_organisation (fresh, sct_query_get_organisation (query));
  for (guint i = 0; i < g_list_model_get_n_items (issues); i++)
    {
      g_autoptr(SctIssue) issue = g_list_model_get_item (issues, i);

      sct_query_set_issue_active (fresh, issue, sct_query_get_issue_active (query, issue));
    }

  for (guint i = 0; i < g_list_model_get_n_items (sectors); i++)
    {
      g_autoptr(SctSector) sector = g_list_model_get_item (sectors, i);

      if (sct_query_matches (query, sector) != sct_query_matches (fresh, sector))
        g_error ("After searching “%s”, the query says %s of %s",
                 sct_query_get_search_text (query),
                 sct_query_matches (query, sector) ? "yes" : "no", sct_sector_get_id (sector));
    }

  for (guint i = 0; i < g_list_model_get_n_items (issues); i++)
    {
      g_autoptr(SctIssue) issue = g_list_model_get_item (issues, i);

      g_assert_cmpuint (sct_query_count_with_issue (query, sectors, issue), ==,
                        sct_query_count_with_issue (fresh, sectors, issue));
    }
}

/* The query keeps what each sector gave against the search and tests again
 * only what a change can change, and counts every chip once per change:
 * what it says must never differ from what a query that knows nothing yet
 * says. */
static void
test_remembered_results (Fixture       *fixture,
                         gconstpointer  data)
{
  const char *searches[] = {
    "a", "al", "ali", "alim", "al", "", "économie", "eco", "econ", "main-d'oeuvre", "x", "",
  };
  SctOrganisation *chantier = sct_dataset_lookup_organisation (fixture->dataset, "chantier");
  SctOrganisation *cqcm = sct_dataset_lookup_organisation (fixture->dataset, "cqcm");

  sct_query_set_sectors (fixture->query, sct_dataset_get_sectors (fixture->dataset));

  for (guint i = 0; i < G_N_ELEMENTS (searches); i++)
    {
      sct_query_set_search_text (fixture->query, searches[i]);
      assert_same_as_fresh (fixture->query, fixture->dataset);
    }

  sct_query_set_search_text (fixture->query, "eco");
  sct_query_set_organisation (fixture->query, chantier);
  assert_same_as_fresh (fixture->query, fixture->dataset);
  sct_query_set_organisation (fixture->query, cqcm);
  assert_same_as_fresh (fixture->query, fixture->dataset);
  sct_query_set_search_text (fixture->query, "e");
  assert_same_as_fresh (fixture->query, fixture->dataset);
  sct_query_set_organisation (fixture->query, NULL);
  assert_same_as_fresh (fixture->query, fixture->dataset);

  set_issue (fixture, "autonomie-alimentaire", TRUE);
  set_issue (fixture, "economie-circulaire-environnement", TRUE);
  assert_same_as_fresh (fixture->query, fixture->dataset);
  sct_query_set_match_mode (fixture->query, SCT_MATCH_ALL);
  sct_query_set_search_text (fixture->query, "agricole");
  assert_same_as_fresh (fixture->query, fixture->dataset);

  sct_query_clear (fixture->query);
  assert_same_as_fresh (fixture->query, fixture->dataset);
}

int
main (int   argc,
      char *argv[])
{
  /* Print failures in UTF-8 rather than as question marks. */
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  /* Each test gets a fresh query on its own copy of the bundled dataset. */
#define ADD_TEST(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD_TEST ("/query/empty", test_empty);
  ADD_TEST ("/query/any-and-all", test_any_and_all);
  ADD_TEST ("/query/counts", test_counts);
  ADD_TEST ("/query/organisation", test_organisation);
  ADD_TEST ("/query/search", test_search);
  ADD_TEST ("/query/clear", test_clear);
  ADD_TEST ("/query/change/issues", test_change_issues);
  ADD_TEST ("/query/change/match-mode", test_change_match_mode);
  ADD_TEST ("/query/change/search", test_change_search);
  ADD_TEST ("/query/change/organisation", test_change_organisation);
  ADD_TEST ("/query/remembered-results", test_remembered_results);

#undef ADD_TEST

  return g_test_run ();
}
