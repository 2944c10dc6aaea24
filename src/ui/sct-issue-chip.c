/* Copyright 2026 The Secteurs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gi18n.h>

#include "sct-issue-chip.h"

/* A toggle for one issue of the query, showing how many sectors selecting
 * it would give. It keeps itself in step with the query. */
struct _SctIssueChip
{
  GtkToggleButton parent_instance;

  SctQuery *query;
  GListModel *sectors;
  SctIssue *issue;
  guint count;

  GtkLabel *name_label;
  GtkLabel *count_label;
};

G_DEFINE_FINAL_TYPE (SctIssueChip, sct_issue_chip, GTK_TYPE_TOGGLE_BUTTON)

static void
update (SctIssueChip *self)
{
  g_autofree char *text = NULL;
  g_autofree char *accessible = NULL;
  gboolean active = sct_query_get_issue_active (self->query, self->issue);
  guint count = sct_query_count_with_issue (self->query, self->sectors, self->issue);

  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self), active);

  /* A chip that would empty the list is of no use, unless it is on. */
  gtk_widget_set_sensitive (GTK_WIDGET (self), active || count > 0);

  /* Dim while off; on the accent colour of an active chip, as written. */
  if (active)
    gtk_widget_remove_css_class (GTK_WIDGET (self->count_label), "dimmed");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->count_label), "dimmed");

  if (count == self->count)
    return;

  self->count = count;
  text = g_strdup_printf ("%u", count);
  gtk_label_set_text (self->count_label, text);

  /* Translators: the name of an issue, then how many sectors it gives */
  accessible = g_strdup_printf (ngettext ("%s, %u sector", "%s, %u sectors", count),
                                sct_issue_get_label (self->issue), count);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
}

static void
query_changed_cb (SctIssueChip   *self,
                  SctQueryChange  change)
{
  update (self);
}

/* With fewer than two issues on, a new mode lists the same sectors, so
 * the query says nothing has changed; but in "all" mode chips count what
 * adding them would leave. */
static void
match_mode_changed_cb (SctIssueChip *self,
                       GParamSpec   *pspec,
                       SctQuery     *query)
{
  update (self);
}

static void
sct_issue_chip_toggled (GtkToggleButton *button)
{
  SctIssueChip *self = SCT_ISSUE_CHIP (button);

  sct_query_set_issue_active (self->query, self->issue, gtk_toggle_button_get_active (button));
}

static gboolean
query_tooltip_cb (SctIssueChip *self,
                  int           x,
                  int           y,
                  gboolean      keyboard_mode,
                  GtkTooltip   *tooltip)
{
  const char *text = sct_issue_chip_get_tooltip_text (self);

  if (text == NULL)
    return FALSE;

  /* Plain text: data is shown as written, never as markup. */
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
sct_issue_chip_dispose (GObject *object)
{
  SctIssueChip *self = SCT_ISSUE_CHIP (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SCT_TYPE_ISSUE_CHIP);
  g_clear_object (&self->query);
  g_clear_object (&self->sectors);
  g_clear_object (&self->issue);

  G_OBJECT_CLASS (sct_issue_chip_parent_class)->dispose (object);
}

static void
sct_issue_chip_class_init (SctIssueChipClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkToggleButtonClass *toggle_class = GTK_TOGGLE_BUTTON_CLASS (klass);

  object_class->dispose = sct_issue_chip_dispose;

  toggle_class->toggled = sct_issue_chip_toggled;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/economiesociale/Secteurs/sct-issue-chip.ui");
  gtk_widget_class_bind_template_child (widget_class, SctIssueChip, name_label);
  gtk_widget_class_bind_template_child (widget_class, SctIssueChip, count_label);
  gtk_widget_class_bind_template_callback (widget_class, query_tooltip_cb);
}

static void
sct_issue_chip_init (SctIssueChip *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* No count shown yet: the first update shows one. */
  self->count = G_MAXUINT;
}

GtkWidget *
sct_issue_chip_new (SctQuery   *query,
                    GListModel *sectors,
                    SctIssue   *issue)
{
  SctIssueChip *self;

  g_return_val_if_fail (SCT_IS_QUERY (query), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (sectors), NULL);
  g_return_val_if_fail (SCT_IS_ISSUE (issue), NULL);

  self = g_object_new (SCT_TYPE_ISSUE_CHIP, NULL);
  self->query = g_object_ref (query);
  self->sectors = g_object_ref (sectors);
  self->issue = g_object_ref (issue);

  /* The label has markup off: data is shown as written. */
  gtk_label_set_text (self->name_label, sct_issue_get_label (issue));

  g_signal_connect_object (query, "changed",
                           G_CALLBACK (query_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (query, "notify::match-mode",
                           G_CALLBACK (match_mode_changed_cb), self, G_CONNECT_SWAPPED);
  update (self);

  return GTK_WIDGET (self);
}

SctIssue *
sct_issue_chip_get_issue (SctIssueChip *self)
{
  g_return_val_if_fail (SCT_IS_ISSUE_CHIP (self), NULL);

  return self->issue;
}

/* How many sectors selecting the issue would give. */
guint
sct_issue_chip_get_count (SctIssueChip *self)
{
  g_return_val_if_fail (SCT_IS_ISSUE_CHIP (self), 0);

  return self->count;
}

/* The issue's whole name when the chip is too narrow to show it. */
const char *
sct_issue_chip_get_tooltip_text (SctIssueChip *self)
{
  g_return_val_if_fail (SCT_IS_ISSUE_CHIP (self), NULL);

  if (!pango_layout_is_ellipsized (gtk_label_get_layout (self->name_label)))
    return NULL;

  return sct_issue_get_label (self->issue);
}
