/* Copyright 2026 The Secteurs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The contacts of a list of sectors, written for other programs: an email
 * client's To: field, a mailto: link, a spreadsheet (CSV, RFC 4180) and an
 * address book (vCard 4.0, RFC 6350). */

#include <string.h>

#include "sct-export.h"
#include "sct-sector.h"

/* One person, however many sectors they are the contact of. */
typedef struct {
  const char *name;
  const char *email;
  const char *organisation;
  GPtrArray *sector_titles;
} Contact;

static void
contact_free (Contact *contact)
{
  g_ptr_array_unref (contact->sector_titles);
  g_free (contact);
}

/* Returns the contacts in the order of their first sector, each once:
 * the same person leads several sectors. */
static GPtrArray *
collect_contacts (GListModel *sectors)
{
  g_autoptr(GHashTable) by_email = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *contacts = g_ptr_array_new_with_free_func ((GDestroyNotify) contact_free);

  for (guint i = 0; i < g_list_model_get_n_items (sectors); i++)
    {
      g_autoptr(SctSector) sector = g_list_model_get_item (sectors, i);
      const char *email = sct_sector_get_contact_email (sector);
      Contact *contact = g_hash_table_lookup (by_email, email);

      if (contact == NULL)
        {
          contact = g_new0 (Contact, 1);
          contact->name = sct_sector_get_contact_name (sector);
          contact->email = email;
          contact->organisation = sct_sector_get_lead (sector)->text;
          contact->sector_titles = g_ptr_array_new ();
          g_ptr_array_add (contacts, contact);
          g_hash_table_insert (by_email, (char *) email, contact);
        }

      /* The model keeps the sectors, and so these strings, alive. */
      g_ptr_array_add (contact->sector_titles, (char *) sct_sector_get_title (sector));
    }

  return contacts;
}

/* RFC 5322: a display name with specials must be a quoted string. */
static void
append_display_name (GString    *out,
                     const char *name)
{
  if (strpbrk (name, "()<>[]:;@\\,.\"") == NULL)
    {
      g_string_append (out, name);
      return;
    }

  g_string_append_c (out, '"');
  for (const char *p = name; *p != '\0'; p++)
    {
      if (*p == '"' || *p == '\\')
        g_string_append_c (out, '\\');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

/**
 * sct_export_recipients:
 * @sectors: a #GListModel of #SctSector
 * @n_contacts: (out) (optional): how many people the text names
 *
 * Returns: (transfer full): "Name <email>, Name <email>", each person
 *   once, ready to paste in an email client's To: field
 */
char *
sct_export_recipients (GListModel *sectors,
                       guint      *n_contacts)
{
  g_autoptr(GPtrArray) contacts = NULL;
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (G_IS_LIST_MODEL (sectors), NULL);

  contacts = collect_contacts (sectors);
  for (guint i = 0; i < contacts->len; i++)
    {
      Contact *contact = g_ptr_array_index (contacts, i);

      if (i > 0)
        g_string_append (out, ", ");
      append_display_name (out, contact->name);
      g_string_append_printf (out, " <%s>", contact->email);
    }

  if (n_contacts != NULL)
    *n_contacts = contacts->len;

  return g_string_free_and_steal (out);
}

/**
 * sct_export_mailto:
 * @sectors: a #GListModel of #SctSector
 *
 * Returns: (transfer full): one mailto: URI to every contact (RFC 6068)
 */
char *
sct_export_mailto (GListModel *sectors)
{
  g_autoptr(GPtrArray) contacts = NULL;
  GString *out = g_string_new ("mailto:");

  g_return_val_if_fail (G_IS_LIST_MODEL (sectors), NULL);

  contacts = collect_contacts (sectors);
  for (guint i = 0; i < contacts->len; i++)
    {
      Contact *contact = g_ptr_array_index (contacts, i);

      if (i > 0)
        g_string_append_c (out, ',');
      /* Valid addresses may hold ? # & % = / { | } ^ ` (RFC 5322): all but
       * the characters RFC 6068 allows in an address are escaped. */
      g_string_append_uri_escaped (out, contact->email, "@!$'*+", FALSE);
    }

  return g_string_free_and_steal (out);
}

/* Spreadsheets run a cell that starts with one of these as a formula
 * (Calc with its default import options: "=", Excel: all of them), and a
 * data file given with --data may come from anyone. OWASP's advice on CSV
 * injection: a leading single quote, inside the quoted field, makes it text. */
static gboolean
is_formula_like (const char *value)
{
  return value[0] != '\0' && strchr ("=+-@\t\r", value[0]) != NULL;
}

/* RFC 4180 requires quotes only around commas, quotes and line breaks, but
 * LibreOffice Calc's Text Import dialog also splits on semicolons and tabs
 * unless told otherwise ("Separated by" starts with comma, semicolon and tab
 * ticked), and our list cells are joined with "; ": quoted, they stay whole
 * whatever the separators chosen. */
static void
append_csv_field (GString    *out,
                  const char *value)
{
  gboolean formula_like = is_formula_like (value);

  if (!formula_like && strpbrk (value, ",;\t\"\r\n") == NULL)
    {
      g_string_append (out, value);
      return;
    }

  g_string_append_c (out, '"');
  if (formula_like)
    g_string_append_c (out, '\'');
  for (const char *p = value; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

static void
append_csv_row (GString            *out,
                const char * const *fields)
{
  for (guint i = 0; fields[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append_c (out, ',');
      append_csv_field (out, fields[i]);
    }
  g_string_append (out, "\r\n");
}

static char *
join_issues (SctSector *sector)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) issues = NULL;

  for (guint i = 0; i < sct_sector_get_n_issues (sector); i++)
    g_strv_builder_add (builder, sct_sector_get_issue_text (sector, i));

  issues = g_strv_builder_end (builder);
  return g_strjoinv ("; ", issues);
}

static char *
join_partners (SctSector *sector)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) partners = NULL;

  for (guint i = 0; i < sct_sector_get_n_partner_groups (sector); i++)
    {
      const SctPartnerGroup *group = sct_sector_get_partner_group (sector, i);

      for (guint j = 0; j < group->members->len; j++)
        {
          const SctMention *member = g_ptr_array_index (group->members, j);

          g_strv_builder_add (builder, member->text);
        }
    }

  partners = g_strv_builder_end (builder);
  return g_strjoinv ("; ", partners);
}

/**
 * sct_export_csv:
 * @sectors: a #GListModel of #SctSector
 * @headings: the first row's text
 *
 * Writes one row per sector: title, issues, lead, partners, contact name
 * and email; lists within a cell are joined with "; ". A cell whose text
 * starts with "=", "+", "-", "@", a tab or a carriage return is written
 * with a single quote before it, so that spreadsheets show it as text
 * rather than run it as a formula; other cells are written as they are.
 *
 * Returns: (transfer full): UTF-8 CSV with CRLF line ends (RFC 4180),
 *   starting with a byte-order mark so spreadsheets detect UTF-8
 */
GBytes *
sct_export_csv (GListModel           *sectors,
                const SctCsvHeadings *headings)
{
  GString *out = g_string_new ("\xEF\xBB\xBF");
  const char *heading_row[] = {
    headings->title, headings->issues, headings->lead,
    headings->partners, headings->contact, headings->email, NULL
  };

  g_return_val_if_fail (G_IS_LIST_MODEL (sectors), NULL);
  g_return_val_if_fail (headings != NULL, NULL);

  append_csv_row (out, heading_row);

  for (guint i = 0; i < g_list_model_get_n_items (sectors); i++)
    {
      g_autoptr(SctSector) sector = g_list_model_get_item (sectors, i);
      g_autofree char *issues = join_issues (sector);
      g_autofree char *partners = join_partners (sector);
      const char *row[] = {
        sct_sector_get_title (sector),
        issues,
        sct_sector_get_lead (sector)->text,
        partners,
        sct_sector_get_contact_name (sector),
        sct_sector_get_contact_email (sector),
        NULL
      };

      append_csv_row (out, row);
    }

  return g_string_free_to_bytes (out);
}

/* RFC 6350 §3.4: backslash, comma, semicolon and newlines are escaped in
 * text values. */
static char *
escape_vcard_text (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '\\':
        case ',':
        case ';':
          g_string_append_c (out, '\\');
          g_string_append_c (out, *p);
          break;

        case '\n':
          g_string_append (out, "\\n");
          break;

        case '\r':
          break;

        default:
          g_string_append_c (out, *p);
        }
    }

  return g_string_free_and_steal (out);
}

/* RFC 6350 §3.2: lines longer than 75 octets are folded with CRLF and a
 * space, never inside a UTF-8 sequence. */
static void
append_vcard_line (GString    *out,
                   const char *name,
                   const char *value)
{
  g_autofree char *line = g_strconcat (name, ":", value, NULL);
  gsize line_octets = 0;

  for (const char *p = line; *p != '\0'; p = g_utf8_next_char (p))
    {
      gsize char_octets = g_utf8_next_char (p) - p;

      if (line_octets + char_octets > 75)
        {
          g_string_append (out, "\r\n ");
          line_octets = 1;
        }

      g_string_append_len (out, p, char_octets);
      line_octets += char_octets;
    }

  g_string_append (out, "\r\n");
}

/**
 * sct_export_vcard:
 * @sectors: a #GListModel of #SctSector
 * @note_prefix: words before the sectors' titles in each card's note
 *
 * Writes one card per person, whose ORG is the lead organisation of their
 * first sector and whose NOTE names all their sectors.
 *
 * Returns: (transfer full): vCard 4.0 text
 */
GBytes *
sct_export_vcard (GListModel *sectors,
                  const char *note_prefix)
{
  g_autoptr(GPtrArray) contacts = NULL;
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (G_IS_LIST_MODEL (sectors), NULL);
  g_return_val_if_fail (note_prefix != NULL, NULL);

  contacts = collect_contacts (sectors);
  for (guint i = 0; i < contacts->len; i++)
    {
      Contact *contact = g_ptr_array_index (contacts, i);
      g_autofree char *name = escape_vcard_text (contact->name);
      g_autofree char *organisation = escape_vcard_text (contact->organisation);
      g_autofree char *titles = NULL;
      g_autofree char *note = NULL;
      g_autofree char *escaped_note = NULL;

      g_ptr_array_add (contact->sector_titles, NULL);
      titles = g_strjoinv (", ", (char **) contact->sector_titles->pdata);
      note = g_strconcat (note_prefix, titles, NULL);
      escaped_note = escape_vcard_text (note);

      g_string_append (out, "BEGIN:VCARD\r\n");
      g_string_append (out, "VERSION:4.0\r\n");
      append_vcard_line (out, "FN", name);
      append_vcard_line (out, "EMAIL;TYPE=work", contact->email);
      append_vcard_line (out, "ORG", organisation);
      append_vcard_line (out, "NOTE", escaped_note);
      g_string_append (out, "END:VCARD\r\n");
    }

  return g_string_free_to_bytes (out);
}

