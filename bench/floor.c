/* Copyright 2026 The Secteurs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The floor of the start-up benchmark: the least a libadwaita app can do
 * to show what Secteurs shows first, an AdwNavigationSplitView with a
 * 12-row GtkListView, at Secteurs' default size. Secteurs' start-up is
 * judged against this program, launched the same way in the same run.
 */

#include <adwaita.h>
#include <locale.h>

static const char * const titles[] = {
  "Aménagement du territoire",
  "Autonomie alimentaire des Premières Nations",
  "Gestion des matières résiduelles",
  "Immobilier collectif",
  "Insertion en emploi",
  "Modèles d’affaires numériques collectifs",
  "Pôles logistiques en alimentation",
  "Production agricole collective",
  "Reprise collective d’entreprises",
  "Services aux aînés",
  "Services aux personnes handicapées",
  "Tourisme et loisirs",
  NULL
};

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *item,
         gpointer                  user_data)
{
  GtkStringObject *string = gtk_list_item_get_item (item);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)),
                      gtk_string_object_get_string (string));
}

static GtkWidget *
page_new (const char *title,
          GtkWidget  *content)
{
  GtkWidget *toolbar_view = adw_toolbar_view_new ();

  adw_toolbar_view_add_top_bar (ADW_TOOLBAR_VIEW (toolbar_view), adw_header_bar_new ());
  adw_toolbar_view_set_content (ADW_TOOLBAR_VIEW (toolbar_view), content);

  return GTK_WIDGET (adw_navigation_page_new (toolbar_view, title));
}

static void
activate_cb (GApplication *app,
             gpointer      user_data)
{
  GtkStringList *strings = gtk_string_list_new ((const char * const *) titles);
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkSelectionModel *selection;
  GtkWidget *window, *split_view, *list, *scrolled, *status;

  g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), NULL);
  selection = GTK_SELECTION_MODEL (gtk_single_selection_new (G_LIST_MODEL (strings)));
  list = gtk_list_view_new (selection, factory);
  gtk_widget_add_css_class (list, "navigation-sidebar");

  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled),
                                  GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);

  status = adw_status_page_new ();
  adw_status_page_set_title (ADW_STATUS_PAGE (status), "Secteurs");

  split_view = adw_navigation_split_view_new ();
  adw_navigation_split_view_set_sidebar (ADW_NAVIGATION_SPLIT_VIEW (split_view),
                                         ADW_NAVIGATION_PAGE (page_new ("Sectors", scrolled)));
  adw_navigation_split_view_set_content (ADW_NAVIGATION_SPLIT_VIEW (split_view),
                                         ADW_NAVIGATION_PAGE (page_new ("Secteurs", status)));

  window = adw_application_window_new (GTK_APPLICATION (app));
  gtk_window_set_title (GTK_WINDOW (window), "Floor");
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), split_view);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) app = NULL;

  setlocale (LC_ALL, "");

  app = adw_application_new ("io.github.economiesociale.Secteurs.Floor", G_APPLICATION_DEFAULT_FLAGS);
  g_signal_connect (app, "activate", G_CALLBACK (activate_cb), NULL);

  return g_application_run (G_APPLICATION (app), argc, argv);
}
