/* Copyright 2026 The Secteurs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "sct-window-private.h"

G_DEFINE_FINAL_TYPE (SctWindow, sct_window, ADW_TYPE_APPLICATION_WINDOW)

void
_sct_window_show_toast (SctWindow  *self,
                        const char *title)
{
  AdwToast *toast = adw_toast_new (title);

  adw_toast_set_use_markup (toast, FALSE);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
show_selected_sector (SctWindow *self)
{
  SctSector *sector = sct_sidebar_get_selected_sector (self->sidebar);

  /* Built when first needed: the window opens on the welcome page. */
  if (self->sector_page == NULL && sector != NULL)
    {
      self->sector_page = g_object_new (SCT_TYPE_SECTOR_PAGE, NULL);
      gtk_stack_add_named (self->content_stack, GTK_WIDGET (self->sector_page), "sector");
    }

  if (self->sector_page != NULL)
    sct_sector_page_set_sector (self->sector_page, sector);

  gtk_widget_set_visible (GTK_WIDGET (self->sector_menu_button), sector != NULL);
  adw_navigation_page_set_title (self->content_page,
                                 sector != NULL ? sct_sector_get_title (sector) : _("Secteurs"));
  gtk_stack_set_visible_child_name (self->content_stack, sector != NULL ? "sector" : "welcome");

  _sct_window_update_actions (self);
}

static void
selected_sector_changed_cb (SctWindow  *self,
                            GParamSpec *pspec,
                            SctSidebar *sidebar)
{
  show_selected_sector (self);

  /* Filtering only ever clears the selection, so a new sector is one the
   * user (or a deep link) chose: on a narrow window, go to it. */
  if (sct_sidebar_get_selected_sector (sidebar) != NULL)
    adw_navigation_split_view_set_show_content (self->split_view, TRUE);
}

static void
sector_activated_cb (SctWindow  *self,
                     SctSector  *sector,
                     SctSidebar *sidebar)
{
  adw_navigation_split_view_set_show_content (self->split_view, TRUE);
}

static void
show_content_changed_cb (SctWindow              *self,
                         GParamSpec             *pspec,
                         AdwNavigationSplitView *split_view)
{
  /* Back on the list of a narrow window, nothing is chosen any more, so
   * that choosing the same sector again opens it again. */
  if (adw_navigation_split_view_get_collapsed (split_view) &&
      !adw_navigation_split_view_get_show_content (split_view))
    sct_sidebar_unselect (self->sidebar);
}

static void
query_changed_cb (SctWindow      *self,
                  SctQueryChange  change)
{
  _sct_window_update_actions (self);
}

static void
listed_sectors_changed_cb (SctWindow  *self,
                           guint       position,
                           guint       removed,
                           guint       added,
                           GListModel *model)
{
  _sct_window_update_actions (self);
}

static void
create_sector_menu (GtkMenuButton *button,
                    gpointer       user_data)
{
  SctWindow *self = user_data;

  /* As the main menu: built on first use, not at start-up. */
  gtk_menu_button_set_menu_model (button, self->sector_menu);
}

static gboolean
sct_window_close_request (GtkWindow *window)
{
  SctWindow *self = SCT_WINDOW (window);
  int width, height;

  gtk_window_get_default_size (window, &width, &height);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));

  return GTK_WINDOW_CLASS (sct_window_parent_class)->close_request (window);
}

static void
sct_window_dispose (GObject *object)
{
  SctWindow *self = SCT_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SCT_TYPE_WINDOW);
  /* Owned by its stack, which the template took down. */
  self->sector_page = NULL;
  g_clear_object (&self->exported_file);
  g_clear_object (&self->dataset);
  g_clear_object (&self->query);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (sct_window_parent_class)->dispose (object);
}

static void
sct_window_class_init (SctWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = sct_window_dispose;
  window_class->close_request = sct_window_close_request;

  g_type_ensure (SCT_TYPE_SIDEBAR);
  g_type_ensure (SCT_TYPE_WELCOME_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/economiesociale/Secteurs/sct-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SctWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, SctWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, SctWindow, split_view);
  gtk_widget_class_bind_template_child (widget_class, SctWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, SctWindow, content_page);
  gtk_widget_class_bind_template_child (widget_class, SctWindow, sector_menu_button);
  gtk_widget_class_bind_template_child (widget_class, SctWindow, sector_menu);
  gtk_widget_class_bind_template_child (widget_class, SctWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, SctWindow, welcome_page);
  gtk_widget_class_bind_template_callback (widget_class, selected_sector_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, sector_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, show_content_changed_cb);

  _sct_window_class_actions_init (widget_class);
}

static void
sct_window_init (SctWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_menu_button_set_create_popup_func (self->sector_menu_button, create_sector_menu, self, NULL);

  self->query = g_object_new (SCT_TYPE_QUERY, NULL);
  g_signal_connect_object (self->query, "changed",
                           G_CALLBACK (query_changed_cb), self, G_CONNECT_SWAPPED);
  sct_sidebar_set_query (self->sidebar, self->query);
  g_signal_connect_object (sct_sidebar_get_listed_sectors (self->sidebar), "items-changed",
                           G_CALLBACK (listed_sectors_changed_cb), self, G_CONNECT_SWAPPED);

  self->settings = g_settings_new (APP_ID);
  g_settings_bind (self->settings, "match-mode", self->query, "match-mode", G_SETTINGS_BIND_DEFAULT);

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  _sct_window_update_actions (self);
}

SctWindow *
sct_window_new (GtkApplication *application)
{
  return g_object_new (SCT_TYPE_WINDOW, "application", application, NULL);
}

void
sct_window_set_dataset (SctWindow  *self,
                        SctDataset *dataset)
{
  g_return_if_fail (SCT_IS_WINDOW (self));
  g_return_if_fail (SCT_IS_DATASET (dataset));

  g_set_object (&self->dataset, dataset);
  sct_sidebar_set_dataset (self->sidebar, dataset);
  sct_welcome_page_set_programme (self->welcome_page, sct_dataset_get_programme (dataset));
  show_selected_sector (self);

  gtk_stack_set_visible_child_name (self->main_stack, "browser");
}

/* The window's own, or NULL: none set yet, or others loading. */
SctDataset *
sct_window_get_dataset (SctWindow *self)
{
  g_return_val_if_fail (SCT_IS_WINDOW (self), NULL);

  return self->dataset;
}

/* Until sct_window_set_dataset() or sct_window_show_error(). */
void
sct_window_show_loading (SctWindow *self)
{
  g_return_if_fail (SCT_IS_WINDOW (self));

  sct_sidebar_show_loading (self->sidebar);
  sct_welcome_page_set_programme (self->welcome_page, NULL);
  g_clear_object (&self->dataset);
  show_selected_sector (self);

  adw_navigation_split_view_set_show_content (self->split_view, FALSE);
  gtk_stack_set_visible_child_name (self->main_stack, "browser");
}

void
sct_window_show_error (SctWindow    *self,
                       const GError *error)
{
  g_autofree char *description = NULL;
  GtkWidget *toolbar_view;
  AdwStatusPage *page;

  g_return_if_fail (SCT_IS_WINDOW (self));
  g_return_if_fail (error != NULL);

  /* No more sectors to wait for. */
  if (sct_sidebar_get_loading (self->sidebar))
    sct_sidebar_set_dataset (self->sidebar, NULL);

  /* In place of the browser, with a header bar to move and close the
   * window by; built when first needed. */
  toolbar_view = gtk_stack_get_child_by_name (self->main_stack, "error");
  if (toolbar_view == NULL)
    {
      toolbar_view = adw_toolbar_view_new ();
      adw_toolbar_view_add_top_bar (ADW_TOOLBAR_VIEW (toolbar_view), adw_header_bar_new ());
      adw_toolbar_view_set_content (ADW_TOOLBAR_VIEW (toolbar_view), adw_status_page_new ());
      gtk_stack_add_named (self->main_stack, toolbar_view, "error");
    }

  page = ADW_STATUS_PAGE (adw_toolbar_view_get_content (ADW_TOOLBAR_VIEW (toolbar_view)));
  adw_status_page_set_icon_name (page, "dialog-error-symbolic");
  adw_status_page_set_title (page, _("Could Not Load the Sectors"));
  /* Status page descriptions are markup; the message quotes the file. */
  description = g_markup_escape_text (error->message, -1);
  adw_status_page_set_description (page, description);
  gtk_stack_set_visible_child_name (self->main_stack, "error");
}

gboolean
sct_window_get_loading (SctWindow *self)
{
  g_return_val_if_fail (SCT_IS_WINDOW (self), FALSE);

  return sct_sidebar_get_loading (self->sidebar);
}

/* The window's own: what the sectors' list is narrowed by. */
SctQuery *
sct_window_get_query (SctWindow *self)
{
  g_return_val_if_fail (SCT_IS_WINDOW (self), NULL);

  return self->query;
}

/* Clears the filters if they hide the sector; FALSE if no sector has @id. */
gboolean
sct_window_show_sector (SctWindow  *self,
                        const char *id)
{
  SctSector *sector;

  g_return_val_if_fail (SCT_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  if (self->dataset == NULL)
    return FALSE;

  sector = sct_dataset_lookup_sector (self->dataset, id);
  if (sector == NULL)
    {
      g_autoptr(GString) shown = g_string_new (id);
      g_autofree char *message = NULL;

      /* Ids have at most 64 characters (docs/dataset.md): a longer one is
       * quoted cut, or its toast would ask for the whole text's width. */
      if (g_utf8_strlen (id, -1) > 64)
        {
          g_string_truncate (shown, g_utf8_offset_to_pointer (id, 64) - id);
          g_string_append (shown, "…");
        }

      message = g_strdup_printf (_("No sector has the id “%s”"), shown->str);
      _sct_window_show_toast (self, message);
      return FALSE;
    }

  if (!sct_query_matches (self->query, sector))
    sct_query_clear (self->query);

  sct_sidebar_select_sector (self->sidebar, sector);
  adw_navigation_split_view_set_show_content (self->split_view, TRUE);
  return TRUE;
}

/* As if @text had been typed in the search. */
void
sct_window_search (SctWindow  *self,
                   const char *text)
{
  g_return_if_fail (SCT_IS_WINDOW (self));
  g_return_if_fail (text != NULL);

  sct_query_set_search_text (self->query, text);
  adw_navigation_split_view_set_show_content (self->split_view, FALSE);
}
