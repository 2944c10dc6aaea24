/* Copyright 2026 The Secteurs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gi18n.h>

#include "sct-sector-print.h"

/* Margins narrower than this, the printer's or the page setup's, are
 * widened to it: text right at a sheet's edge is hard to read and gets
 * punched or stapled through. */
#define MIN_MARGIN (18.0 * 72 / 25.4)

/* Bullets hang in front of list items: wrapped lines align with the
 * text, not with the bullet. */
#define LIST_INDENT 10.0
#define BULLET_WIDTH 12.0

#define FOOTER_GAP 12.0

#define INK_DIMMED 0.4

/* Sizes in points, as on paper. */
#define FONT_KICKER "Sans 9"
#define FONT_TITLE "Sans Bold 20"
#define FONT_PROJECT "Sans 12"
#define FONT_HEADING "Sans Bold 12"
#define FONT_SUBHEADING "Sans Bold 10.5"
#define FONT_BODY "Sans 10.5"
#define FONT_FOOTER "Sans 8.5"

/* Prints sectors as the programme's page presents them, laid out for
 * paper with Pango rather than drawn from the widgets: each sector starts
 * on a page of its own, and its text flows over as many as it needs. */
struct _SctSectorPrint
{
  GtkPrintOperation parent_instance;

  SctProgramme *programme;
  GPtrArray *sectors;

  /* Laid out in begin-print, drawn in draw-page */
  GPtrArray *layouts;
  GArray *lines;
  int n_pages;
  PangoLayout *date_layout;
  double left;
  double top;
  double width;
  double body_height;
  double footer_top;
};

G_DEFINE_FINAL_TYPE (SctSectorPrint, sct_sector_print, GTK_TYPE_PRINT_OPERATION)

/* One line of a layout, where it goes on which page. */
typedef struct {
  PangoLayoutLine *line;
  SctSector *sector;
  int page;
  double x;
  double baseline;
} PlacedLine;

typedef struct {
  PangoLayout *layout;
  double x;
  double space_before;
} Block;

/* Fills pages with blocks, line by line. */
typedef struct {
  SctSectorPrint *self;
  GtkPrintContext *context;
  SctSector *sector;
  int page;
  double y;
  /* Headings wait here for what follows them, so as never to end a page. */
  GArray *held;
} Pager;

static void
pager_break_page (Pager *pager)
{
  pager->page++;
  pager->y = 0;
}

/* Lines never split: one that does not fit goes to the next page whole. */
static void
pager_place (Pager       *pager,
             const Block *block)
{
  SctSectorPrint *self = pager->self;
  g_autoptr(PangoLayoutIter) iter = pango_layout_get_iter (block->layout);
  PangoRectangle logical;
  double origin;

  /* Space between blocks, but none at the top of a page. */
  if (pager->y > 0)
    pager->y += block->space_before;

  /* Where the layout's top lies on the page: moved when a line breaks
   * the page, so that this line starts the next one. */
  origin = pager->y;

  do
    {
      PlacedLine placed;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      if (origin + pango_units_to_double (logical.y) > 0 &&
          origin + pango_units_to_double (logical.y + logical.height) > self->body_height)
        {
          pager_break_page (pager);
          origin = -pango_units_to_double (logical.y);
        }

      placed = (PlacedLine) {
        .line = pango_layout_iter_get_line_readonly (iter),
        .sector = pager->sector,
        .page = pager->page,
        .x = block->x + pango_units_to_double (logical.x),
        .baseline = origin + pango_units_to_double (pango_layout_iter_get_baseline (iter)),
      };
      g_array_append_val (self->lines, placed);
    }
  while (pango_layout_iter_next_line (iter));

  pager->y = origin + pango_units_to_double (logical.y + logical.height);
}

/* Adds a block after those before it. A held block goes on the page only
 * with the first line of the next one that is not held. */
static void
pager_add (Pager       *pager,
           PangoLayout *layout,
           double       x,
           double       space_before,
           gboolean     hold)
{
  Block block = { layout, x, space_before };
  PangoRectangle first_line;
  double needed = 0;

  g_ptr_array_add (pager->self->layouts, layout);

  if (hold)
    {
      g_array_append_val (pager->held, block);
      return;
    }

  for (guint i = 0; i < pager->held->len; i++)
    {
      const Block *held = &g_array_index (pager->held, Block, i);
      int height;

      pango_layout_get_size (held->layout, NULL, &height);
      needed += held->space_before + pango_units_to_double (height);
    }
  pango_layout_line_get_extents (pango_layout_get_line_readonly (layout, 0), NULL, &first_line);
  needed += space_before + pango_units_to_double (first_line.height);

  /* What cannot fit on any page flows from where it is. */
  if (pager->y + needed > pager->self->body_height && needed <= pager->self->body_height)
    pager_break_page (pager);

  for (guint i = 0; i < pager->held->len; i++)
    pager_place (pager, &g_array_index (pager->held, Block, i));
  g_array_set_size (pager->held, 0);

  pager_place (pager, &block);
}

static PangoLayout *
text_layout_new (GtkPrintContext *context,
                 const char      *font,
                 const char      *text,
                 double           width,
                 gboolean         dimmed)
{
  PangoLayout *layout = gtk_print_context_create_pango_layout (context);
  g_autoptr(PangoFontDescription) description = pango_font_description_from_string (font);
  g_autoptr(PangoAttrList) attributes = pango_attr_list_new ();
  guint16 ink = dimmed ? INK_DIMMED * G_MAXUINT16 : 0;

  pango_layout_set_font_description (layout, description);
  pango_attr_list_insert (attributes, pango_attr_foreground_new (ink, ink, ink));
  pango_layout_set_width (layout, pango_units_from_double (width));
  /* Words longer than a line (an email address, say) break anywhere... */
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  /* ...but without the hyphen Pango would add, which is not part of an
   * address and would be copied with it. */
  pango_attr_list_insert (attributes, pango_attr_insert_hyphens_new (FALSE));
  pango_layout_set_attributes (layout, attributes);
  pango_layout_set_line_spacing (layout, 1.2);
  /* The data is plain text, never markup. */
  pango_layout_set_text (layout, text, -1);

  return layout;
}

static void
add_text (Pager      *pager,
          const char *font,
          const char *text,
          double      space_before,
          gboolean    dimmed,
          gboolean    hold)
{
  PangoLayout *layout = text_layout_new (pager->context, font, text, pager->self->width, dimmed);

  pager_add (pager, layout, 0, space_before, hold);
}

static void
add_list_item (Pager      *pager,
               const char *text,
               double      space_before,
               gboolean    hold)
{
  g_autofree char *bulleted = g_strconcat ("•\t", text, NULL);
  double width = pager->self->width - LIST_INDENT;
  PangoLayout *layout = text_layout_new (pager->context, FONT_BODY, bulleted, width, FALSE);
  int bullet_width = pango_units_from_double (BULLET_WIDTH);
  g_autoptr(PangoTabArray) tabs = pango_tab_array_new_with_positions (1, FALSE, PANGO_TAB_LEFT,
                                                                     bullet_width);

  pango_layout_set_tabs (layout, tabs);
  pango_layout_set_indent (layout, -bullet_width);
  pager_add (pager, layout, LIST_INDENT, space_before, hold);
}

static void
add_sector (Pager     *pager,
            SctSector *sector)
{
  SctSectorPrint *self = pager->self;
  const char *project = sct_sector_get_project (sector);
  GPtrArray *blocks = sct_sector_get_blocks (sector);
  GPtrArray *partner_groups = sct_sector_get_partner_groups (sector);
  g_autofree char *issues = NULL;

  add_text (pager, FONT_KICKER, sct_programme_get_text (self->programme)->title, 0, TRUE, TRUE);
  add_text (pager, FONT_TITLE, sct_sector_get_title (sector), 4, FALSE, TRUE);
  if (project != NULL)
    add_text (pager, FONT_PROJECT, project, 4, TRUE, TRUE);

  /* The issues on one line, as the page lists them; a separator never
   * starts a line. */
  issues = g_strjoinv ("\u00a0· ", (char **) sct_sector_get_issue_texts (sector));
  add_text (pager, FONT_HEADING, _("Targeted Issues"), 18, FALSE, TRUE);
  add_text (pager, FONT_BODY, issues, 4, FALSE, FALSE);

  add_text (pager, FONT_HEADING, _("Description"), 18, FALSE, TRUE);
  for (guint i = 0; i < blocks->len; i++)
    {
      const SctTextBlock *block = g_ptr_array_index (blocks, i);

      if (block->items == NULL)
        {
          add_text (pager, FONT_BODY, block->text, i == 0 ? 4 : 8, FALSE, FALSE);
          continue;
        }

      for (guint j = 0; block->items[j] != NULL; j++)
        add_list_item (pager, block->items[j], j == 0 ? 6 : 3, FALSE);
    }

  add_text (pager, FONT_HEADING, _("Lead Organisation"), 18, FALSE, TRUE);
  add_text (pager, FONT_BODY, sct_sector_get_lead (sector)->text, 4, FALSE, FALSE);

  add_text (pager, FONT_HEADING, _("Initial Partners"), 18, FALSE, TRUE);
  for (guint i = 0; i < partner_groups->len; i++)
    {
      const SctPartnerGroup *group = g_ptr_array_index (partner_groups, i);

      if (group->heading != NULL)
        add_text (pager, FONT_SUBHEADING, group->heading, 10, FALSE, TRUE);

      for (guint j = 0; j < group->members->len; j++)
        {
          const SctMention *member = g_ptr_array_index (group->members, j);

          /* « etc. » never starts a page on its own. */
          add_list_item (pager, member->text, j == 0 ? 6 : 3,
                         group->etc && j + 1 == group->members->len);
        }

      /* The source's own word, not a translated label: the list goes on. */
      if (group->etc)
        {
          double x = LIST_INDENT + BULLET_WIDTH;

          pager_add (pager, text_layout_new (pager->context, FONT_BODY, "etc.", self->width - x, TRUE),
                     x, 3, FALSE);
        }
    }

  add_text (pager, FONT_HEADING, _("Contact"), 18, FALSE, TRUE);
  /* The name and the address go together. */
  add_text (pager, FONT_BODY, sct_sector_get_contact_name (sector), 4, FALSE, TRUE);
  add_text (pager, FONT_BODY, sct_sector_get_contact_email (sector), 2, FALSE, FALSE);
}

static void
clear_layout (SctSectorPrint *self)
{
  g_clear_pointer (&self->lines, g_array_unref);
  g_clear_pointer (&self->layouts, g_ptr_array_unref);
  g_clear_object (&self->date_layout);
}

static void
sct_sector_print_begin_print (GtkPrintOperation *operation,
                              GtkPrintContext   *context)
{
  SctSectorPrint *self = SCT_SECTOR_PRINT (operation);
  GtkPageSetup *setup = gtk_print_context_get_page_setup (context);
  double right = MAX (0, MIN_MARGIN - gtk_page_setup_get_right_margin (setup, GTK_UNIT_POINTS));
  double bottom = MAX (0, MIN_MARGIN - gtk_page_setup_get_bottom_margin (setup, GTK_UNIT_POINTS));
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = NULL;
  g_autofree char *printed_on = NULL;
  g_autoptr(GArray) held = g_array_new (FALSE, FALSE, sizeof (Block));
  Pager pager = { self, context, NULL, 0, 0, held };
  int footer_height;

  clear_layout (self);
  self->layouts = g_ptr_array_new_with_free_func (g_object_unref);
  self->lines = g_array_new (FALSE, FALSE, sizeof (PlacedLine));

  /* The data carries no date of its own: the date of printing tells the
   * reader how old the sheet in their hands is. */
  /* Translators: the date of printing in a printed page's footer, in
   * g_date_time_format() notation: "December 7, 2026" */
  date = g_date_time_format (now, C_("print date", "%B %-d, %Y"));
  /* Translators: in a printed page's footer; the value is a date */
  printed_on = g_strdup_printf (_("Printed on %s"), date);
  self->date_layout = text_layout_new (context, FONT_FOOTER, printed_on,
                                       gtk_print_context_get_width (context), TRUE);
  pango_layout_get_size (self->date_layout, NULL, &footer_height);

  /* The area of the page that text goes in, in points from the printable
   * area's corner, with margins at least MIN_MARGIN from the sheet's
   * edges; the footer sits on the bottom margin. */
  self->left = MAX (0, MIN_MARGIN - gtk_page_setup_get_left_margin (setup, GTK_UNIT_POINTS));
  self->top = MAX (0, MIN_MARGIN - gtk_page_setup_get_top_margin (setup, GTK_UNIT_POINTS));
  self->width = MAX (1, gtk_print_context_get_width (context) - self->left - right);
  self->footer_top = gtk_print_context_get_height (context) - bottom
                     - pango_units_to_double (footer_height);
  self->body_height = MAX (1, self->footer_top - FOOTER_GAP - self->top);

  /* Each sector on pages of its own, so that a multi-sector print can be
   * handed out sector by sector. */
  for (guint i = 0; i < self->sectors->len; i++)
    {
      if (i > 0)
        pager_break_page (&pager);
      pager.sector = g_ptr_array_index (self->sectors, i);
      add_sector (&pager, pager.sector);
    }
  g_assert (held->len == 0);

  self->n_pages = pager.page + 1;
  gtk_print_operation_set_n_pages (operation, self->n_pages);
}

static void
sct_sector_print_draw_page (GtkPrintOperation *operation,
                            GtkPrintContext   *context,
                            int                page_nr)
{
  SctSectorPrint *self = SCT_SECTOR_PRINT (operation);
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  SctSector *sector = NULL;
  g_autoptr(PangoLayout) page_layout = NULL;
  g_autoptr(PangoLayout) sector_layout = NULL;
  g_autofree char *page_text = NULL;
  int date_width, page_width;
  double sector_x;

  for (guint i = 0; i < self->lines->len; i++)
    {
      const PlacedLine *placed = &g_array_index (self->lines, PlacedLine, i);

      if (placed->page != page_nr)
        continue;

      sector = placed->sector;
      cairo_move_to (cr, self->left + placed->x, self->top + placed->baseline);
      pango_cairo_show_layout_line (cr, placed->line);
    }

  /* The date of printing, then the sector and the page number: a sheet
   * that strays from a multi-sector print still says where it belongs. */
  /* Translators: in a printed page's footer: "Page 1 of 2" */
  page_text = g_strdup_printf (_("Page %d of %d"), page_nr + 1, self->n_pages);
  page_layout = text_layout_new (context, FONT_FOOTER, page_text, self->width, TRUE);
  pango_layout_get_size (page_layout, &page_width, NULL);
  pango_layout_get_size (self->date_layout, &date_width, NULL);

  cairo_set_source_rgb (cr, INK_DIMMED, INK_DIMMED, INK_DIMMED);
  cairo_set_line_width (cr, 0.5);
  cairo_move_to (cr, self->left, self->footer_top - FOOTER_GAP / 2);
  cairo_rel_line_to (cr, self->width, 0);
  cairo_stroke (cr);

  cairo_move_to (cr, self->left, self->footer_top);
  pango_cairo_show_layout (cr, self->date_layout);
  cairo_move_to (cr, self->left + self->width - pango_units_to_double (page_width),
                 self->footer_top);
  pango_cairo_show_layout (cr, page_layout);

  /* Between the two, shortened if need be: the title is in full on the
   * sector's first page. */
  sector_x = pango_units_to_double (date_width) + FOOTER_GAP;
  sector_layout = text_layout_new (context, FONT_FOOTER, sct_sector_get_title (sector),
                                   MAX (0, self->width - sector_x - FOOTER_GAP
                                           - pango_units_to_double (page_width)),
                                   TRUE);
  /* One line, whatever line breaks the title holds. */
  pango_layout_set_single_paragraph_mode (sector_layout, TRUE);
  pango_layout_set_ellipsize (sector_layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_alignment (sector_layout, PANGO_ALIGN_RIGHT);
  cairo_move_to (cr, self->left + sector_x, self->footer_top);
  pango_cairo_show_layout (cr, sector_layout);
}

static void
sct_sector_print_dispose (GObject *object)
{
  SctSectorPrint *self = SCT_SECTOR_PRINT (object);

  g_clear_object (&self->programme);
  g_clear_pointer (&self->sectors, g_ptr_array_unref);
  clear_layout (self);

  G_OBJECT_CLASS (sct_sector_print_parent_class)->dispose (object);
}

static void
sct_sector_print_class_init (SctSectorPrintClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkPrintOperationClass *operation_class = GTK_PRINT_OPERATION_CLASS (klass);

  object_class->dispose = sct_sector_print_dispose;
  operation_class->begin_print = sct_sector_print_begin_print;
  operation_class->draw_page = sct_sector_print_draw_page;
}

static void
sct_sector_print_init (SctSectorPrint *self)
{
  GtkPrintOperation *operation = GTK_PRINT_OPERATION (self);

  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
}

/* @sectors: at least one SctSector, of @programme. */
SctSectorPrint *
sct_sector_print_new (SctProgramme *programme,
                      GListModel   *sectors)
{
  SctSectorPrint *self;
  g_autoptr(GtkPrintSettings) settings = NULL;
  g_autofree char *name = NULL;
  guint n_sectors;

  g_return_val_if_fail (SCT_IS_PROGRAMME (programme), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (sectors), NULL);
  g_return_val_if_fail (g_list_model_get_n_items (sectors) > 0, NULL);

  self = g_object_new (SCT_TYPE_SECTOR_PRINT, NULL);
  self->programme = g_object_ref (programme);

  /* The sectors as they are now: the list may change while the print
   * dialog is open, and the paper shows what was asked for. */
  n_sectors = g_list_model_get_n_items (sectors);
  self->sectors = g_ptr_array_new_full (n_sectors, g_object_unref);
  for (guint i = 0; i < n_sectors; i++)
    g_ptr_array_add (self->sectors, g_list_model_get_item (sectors, i));

  /* What the print queue shows, and the name "Print to File" offers for
   * the PDF rather than GTK's "output". */
  if (n_sectors == 1)
    name = g_strdup (sct_sector_get_title (g_ptr_array_index (self->sectors, 0)));
  else
    name = g_strdup_printf (ngettext ("%u sector", "%u sectors", n_sectors), n_sectors);
  gtk_print_operation_set_job_name (GTK_PRINT_OPERATION (self), name);

  settings = gtk_print_settings_new ();
  gtk_print_settings_set (settings, GTK_PRINT_SETTINGS_OUTPUT_BASENAME,
                          g_strdelimit (name, G_DIR_SEPARATOR_S, '-'));
  gtk_print_operation_set_print_settings (GTK_PRINT_OPERATION (self), settings);

  return self;
}
