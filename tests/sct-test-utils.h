/* Copyright 2026 The Secteurs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "sct-window.h"

G_BEGIN_DECLS

void        sct_test_init_ui            (int          *argc,
                                         char       ***argv);
gboolean    sct_test_is_french          (void);
SctDataset *sct_test_load_bundled       (void);
SctWindow  *sct_test_window_new         (int           width,
                                         int           height);
void        sct_test_window_free        (SctWindow    *window);
void        sct_test_wait               (guint         milliseconds);
void        sct_test_wait_until_idle    (void);
void        sct_test_press_keys         (SctWindow    *window,
                                         const char   *keys);
void        sct_test_type_text          (SctWindow    *window,
                                         const char   *text);
GtkWidget  *sct_test_focus              (SctWindow    *window);
gboolean    sct_test_focus_is_in        (SctWindow    *window,
                                         GtkWidget    *widget);
void        sct_test_activate           (GtkWidget    *widget);
void        sct_test_type_search        (GtkWidget    *entry,
                                         const char   *text);
GtkWidget  *sct_test_find_by_id         (GtkWidget    *root,
                                         const char   *id);
GtkWidget  *sct_test_find_label         (GtkWidget    *root,
                                         const char   *text);
GtkWidget  *sct_test_find_issue_chip    (SctWindow    *window,
                                         const char   *issue_id);
GPtrArray  *sct_test_find_all           (GtkWidget    *root,
                                         GType         type);
GtkWidget  *sct_test_find_first         (GtkWidget    *root,
                                         GType         type);
GtkWidget  *sct_test_find_status_page   (SctWindow    *window,
                                         const char   *name);
GtkWidget  *sct_test_open_organisation_chooser (SctWindow *window);
SctSector  *sct_test_shown_sector       (SctWindow    *window);
GStrv       sct_test_listed_sector_ids  (SctWindow    *window);
void        sct_test_assert_listed      (SctWindow    *window,
                                         const char   *ids_in_title_order);
const char *sct_test_label_text         (SctWindow    *window,
                                         const char   *id);
char       *sct_test_read_clipboard     (GtkWidget    *widget);
void        sct_test_store_result_cb    (GObject      *source,
                                         GAsyncResult *result,
                                         gpointer      user_data);
GtkWindow  *sct_test_find_print_dialog  (SctWindow    *window);
void        sct_test_close_print_dialog (SctWindow    *window);

G_END_DECLS
