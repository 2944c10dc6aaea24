/* Copyright 2026 The Secteurs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sct-sector-page.h"
#include "sct-sidebar.h"
#include "sct-welcome-page.h"
#include "sct-window.h"

G_BEGIN_DECLS

/* The main window: the sidebar's list, narrowed by the query, beside the
 * sector chosen. sct-window.c wires the dataset's models to the views and
 * navigates; sct-window-actions.c holds the win.* actions. */
struct _SctWindow
{
  AdwApplicationWindow parent_instance;

  GSettings *settings;
  SctDataset *dataset;
  SctQuery *query;

  AdwToastOverlay *toast_overlay;
  GtkStack *main_stack;
  AdwNavigationSplitView *split_view;
  SctSidebar *sidebar;
  AdwNavigationPage *content_page;
  GtkMenuButton *sector_menu_button;
  GMenuModel *sector_menu;
  GtkStack *content_stack;
  SctWelcomePage *welcome_page;
  SctSectorPage *sector_page;

  /* The last file exported, which its toast offers to open. */
  GFile *exported_file;
};

void        _sct_window_class_actions_init (GtkWidgetClass *widget_class);
void        _sct_window_update_actions     (SctWindow      *self);
void        _sct_window_show_toast         (SctWindow      *self,
                                            const char     *title);

G_END_DECLS
