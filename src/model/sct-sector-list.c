/* Copyright 2026 The Secteurs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "sct-sector.h"
#include "sct-sector-list.h"

/* A list of sectors that never changes, over a plain array. The filters
 * ask a GListModel for every one of a hundred thousand sectors at each
 * keystroke: a GListStore walks a GSequence for each, an array indexes. */
struct _SctSectorList
{
  GObject parent_instance;

  GPtrArray *sectors;
  GArray *issue_masks;  /* guint64: sct_sector_get_issue_mask(), side by side */
};

static GType
sct_sector_list_get_item_type (GListModel *model)
{
  return SCT_TYPE_SECTOR;
}

static guint
sct_sector_list_get_n_items (GListModel *model)
{
  return SCT_SECTOR_LIST (model)->sectors->len;
}

static gpointer
sct_sector_list_get_item (GListModel *model,
                          guint       position)
{
  SctSectorList *self = SCT_SECTOR_LIST (model);

  if (position >= self->sectors->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->sectors, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = sct_sector_list_get_item_type;
  iface->get_n_items = sct_sector_list_get_n_items;
  iface->get_item = sct_sector_list_get_item;
}

G_DEFINE_FINAL_TYPE_WITH_CODE (SctSectorList, sct_sector_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static void
sct_sector_list_finalize (GObject *object)
{
  SctSectorList *self = SCT_SECTOR_LIST (object);

  g_clear_pointer (&self->sectors, g_ptr_array_unref);
  g_clear_pointer (&self->issue_masks, g_array_unref);

  G_OBJECT_CLASS (sct_sector_list_parent_class)->finalize (object);
}

static void
sct_sector_list_class_init (SctSectorListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sct_sector_list_finalize;
}

static void
sct_sector_list_init (SctSectorList *self)
{
}

/**
 * sct_sector_list_new:
 * @sectors: (element-type SctSector): the sectors, in their order; the
 *   list keeps a reference to the array, which must not change any more
 *   and should own its sectors
 *
 * Returns: (transfer full): a #GListModel of @sectors
 */
SctSectorList *
sct_sector_list_new (GPtrArray *sectors)
{
  SctSectorList *self;

  g_return_val_if_fail (sectors != NULL, NULL);

  self = g_object_new (SCT_TYPE_SECTOR_LIST, NULL);
  self->sectors = g_ptr_array_ref (sectors);

  /* Read here, on the loading thread: a query reads them all when it gets
   * the list, and a hundred thousand sector objects take the main thread
   * longer than a frame to visit. */
  self->issue_masks = g_array_sized_new (FALSE, FALSE, sizeof (guint64), sectors->len);
  for (guint i = 0; i < sectors->len; i++)
    {
      guint64 mask = sct_sector_get_issue_mask (g_ptr_array_index (sectors, i));

      g_array_append_val (self->issue_masks, mask);
    }

  return self;
}

/**
 * sct_sector_list_get_sectors:
 *
 * Returns: (transfer none) (element-type SctSector): the sectors, which
 *   never change
 */
GPtrArray *
sct_sector_list_get_sectors (SctSectorList *self)
{
  g_return_val_if_fail (SCT_IS_SECTOR_LIST (self), NULL);

  return self->sectors;
}

/**
 * sct_sector_list_get_issue_masks:
 *
 * Returns: (transfer none) (element-type guint64): each sector's
 *   sct_sector_get_issue_mask(), in the list's order
 */
GArray *
sct_sector_list_get_issue_masks (SctSectorList *self)
{
  g_return_val_if_fail (SCT_IS_SECTOR_LIST (self), NULL);

  return self->issue_masks;
}
