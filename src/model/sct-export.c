/* Copyright 2026 The Secteurs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The contacts of a list of sectors, written for other programs: an email
 * client's To: field, a mailto: link, a spreadsheet (CSV, RFC 4180) and an
 * address book (vCard 4.0, RFC 6350); and a name for the file they go in. */

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
  g_autoptr(GString) quoted = NULL;

  if (strpbrk (name, "()<>[]:;@\\,.\"") == NULL)
    {
      g_string_append (out, name);
      return;
    }

  quoted = g_string_new (name);
  g_string_replace (quoted, "\\", "\\\\", 0);
  g_string_replace (quoted, "\"", "\\\"", 0);
  g_string_append_printf (out, "\"%s\"", quoted->str);
}

/* "Name <email>, Name <email>", each person once, ready to paste in an
 * email client's To: field; @n_contacts, unless NULL, says how many. */
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

/* One mailto: URI to every contact (RFC 6068). They are in Bcc:, not To:
 * they work for different organisations, which have not agreed to share
 * their addresses with one another, and a reply should not go to everyone. */
char *
sct_export_mailto (GListModel *sectors)
{
  g_autoptr(GPtrArray) contacts = NULL;
  GString *out = g_string_new ("mailto:?bcc=");

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

/* RFC 4180 requires quotes only around commas, quotes and line breaks, but
 * LibreOffice Calc's Text Import dialog also splits on semicolons and tabs
 * unless told otherwise ("Separated by" starts with comma, semicolon and tab
 * ticked), and our list cells are joined with "; ": quoted, they stay whole
 * whatever the separators chosen. */
static void
append_csv_field (GString    *out,
                  const char *value)
{
  /* Spreadsheets run a cell that starts with one of these as a formula
   * (Calc with its default import options: "=", Excel: all of them), and
   * a data file given with --data may come from anyone. OWASP's advice on
   * CSV injection: a leading single quote, inside the quoted field, makes
   * it text. */
  gboolean formula_like = value[0] != '\0' && strchr ("=+-@\t\r", value[0]) != NULL;
  g_autoptr(GString) quoted = NULL;

  if (!formula_like && strpbrk (value, ",;\t\"\r\n") == NULL)
    {
      g_string_append (out, value);
      return;
    }

  quoted = g_string_new (value);
  g_string_replace (quoted, "\"", "\"\"", 0);
  g_string_append_printf (out, "\"%s%s\"", formula_like ? "'" : "", quoted->str);
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
join_partners (SctSector *sector)
{
  GPtrArray *groups = sct_sector_get_partner_groups (sector);
  GString *partners = g_string_new (NULL);

  for (guint i = 0; i < groups->len; i++)
    {
      const SctPartnerGroup *group = g_ptr_array_index (groups, i);

      for (guint j = 0; j < group->members->len; j++)
        {
          const SctMention *member = g_ptr_array_index (group->members, j);

          if (partners->len > 0)
            g_string_append (partners, "; ");
          g_string_append (partners, member->text);
        }
    }

  return g_string_free_and_steal (partners);
}

/* After @headings, one row per sector: title, issues, lead, partners,
 * contact name and email; lists within a cell are joined with "; ". UTF-8
 * with CRLF line ends (RFC 4180), after a byte-order mark so that
 * spreadsheets detect UTF-8. */
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
      g_autofree char *issues = g_strjoinv ("; ", (char **) sct_sector_get_issue_texts (sector));
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

/* Appends a property. Every value here is text, in which RFC 6350 escapes
 * backslash, comma, semicolon and newlines (§3.4; a valid email address
 * has none); lines longer than 75 octets are folded with CRLF and a
 * space, never inside a UTF-8 sequence (§3.2). */
static void
append_vcard_line (GString    *out,
                   const char *name,
                   const char *value)
{
  g_autoptr(GString) line = g_string_new (value);
  gsize line_octets = 0;

  /* The backslash first, so that the escapes added after stay whole. */
  g_string_replace (line, "\\", "\\\\", 0);
  g_string_replace (line, ",", "\\,", 0);
  g_string_replace (line, ";", "\\;", 0);
  g_string_replace (line, "\r", "", 0);
  g_string_replace (line, "\n", "\\n", 0);
  g_string_prepend_c (line, ':');
  g_string_prepend (line, name);

  for (const char *p = line->str; *p != '\0'; p = g_utf8_next_char (p))
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

/* vCard 4.0, one card per person, whose ORG is the lead organisation of
 * their first sector and whose NOTE names all their sectors after
 * @note_prefix. */
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
      g_autofree char *titles = NULL;
      g_autofree char *note = NULL;

      g_ptr_array_add (contact->sector_titles, NULL);
      titles = g_strjoinv (", ", (char **) contact->sector_titles->pdata);
      note = g_strconcat (note_prefix, titles, NULL);

      g_string_append (out, "BEGIN:VCARD\r\n");
      g_string_append (out, "VERSION:4.0\r\n");
      append_vcard_line (out, "FN", contact->name);
      append_vcard_line (out, "EMAIL;TYPE=work", contact->email);
      append_vcard_line (out, "ORG", contact->organisation);
      append_vcard_line (out, "NOTE", note);
      g_string_append (out, "END:VCARD\r\n");
    }

  return g_string_free_to_bytes (out);
}

/* Room for a readable name that a file chooser shows whole; a spreadsheet
 * that names its sheet after the file cuts it shorter by itself (Excel at
 * 31 characters). The byte bound keeps the name, extension included, within
 * the 255 bytes of ext4 and the 255 UTF-16 units of NTFS and FAT even in
 * scripts of four-byte characters. */
#define MAX_NAME_CHARS 64
#define MAX_NAME_BYTES 200
#define MAX_EXTENSION_LENGTH 8
#define PART_SEPARATOR " - "

/* Keeps only the words of @text: runs of letters and digits (accents
 * included), with the hyphens and apostrophes that join two of them
 * ("main-d’œuvre"), separated by single spaces. Everything a file system,
 * a shell or a spreadsheet could read as something other than a word goes:
 * slashes, dots, control and format characters, quotes, "=", "+", "@"... */
static char *
file_name_words (const char *text)
{
  g_autofree char *composed = g_utf8_normalize (text, -1, G_NORMALIZE_DEFAULT_COMPOSE);
  GString *words = g_string_new (NULL);
  gboolean in_word = FALSE;
  gboolean space_pending = FALSE;

  /* Invalid UTF-8 has no words to offer. */
  if (composed == NULL)
    return g_string_free_and_steal (words);

  for (const char *p = composed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      const char *next = g_utf8_next_char (p);

      /* Marks only after a letter: alone they would combine with whatever
       * precedes them on screen. */
      if (g_unichar_isalnum (c) || (in_word && g_unichar_ismark (c)))
        {
          if (space_pending)
            g_string_append_c (words, ' ');
          g_string_append_unichar (words, c);
          in_word = TRUE;
          space_pending = FALSE;
        }
      else if (in_word && (c == '-' || c == 0x2019 /* ’ */) &&
               *next != '\0' && g_unichar_isalnum (g_utf8_get_char (next)))
        {
          g_string_append_unichar (words, c);
          in_word = FALSE;
        }
      else
        {
          space_pending = words->len > 0;
          in_word = FALSE;
        }
    }

  return g_string_free_and_steal (words);
}

/* Adds @text's words to @name, after a separator unless @name is empty:
 * as many whole words as keep @name within the bounds, or with @cut_word
 * as much of the first word as fits. Returns whether they all did. */
static gboolean
append_part (GString    *name,
             const char *text,
             gboolean    cut_word)
{
  g_autofree char *words = file_name_words (text);
  gsize name_length = name->len;
  guint n_chars;
  const char *end;

  if (words[0] == '\0')
    return TRUE;

  if (name->len > 0)
    g_string_append (name, PART_SEPARATOR);

  n_chars = g_utf8_strlen (name->str, name->len);
  for (end = words; *end != '\0'; end = g_utf8_next_char (end), n_chars++)
    if (n_chars + 1 > MAX_NAME_CHARS || name->len + (g_utf8_next_char (end) - words) > MAX_NAME_BYTES)
      break;

  /* Stopped within a word: back to the space before it, if any. */
  if (*end != '\0' && *end != ' ')
    {
      const char *space = g_strrstr_len (words, end - words, " ");

      if (space != NULL)
        {
          end = space;
        }
      else if (cut_word && end > words)
        {
          /* The cut word ends with a letter, not with the hyphen or
           * apostrophe that joined it to the next one. */
          const char *last = g_utf8_find_prev_char (words, end);

          if (*last == '-' || g_utf8_get_char (last) == 0x2019)
            end = last;
        }
      else
        {
          g_string_truncate (name, name_length);
          return FALSE;
        }
    }

  g_string_append_len (name, words, end - words);
  return *end == '\0';
}

static gboolean
is_valid_extension (const char *extension)
{
  gsize length = strlen (extension);

  return length > 0 && length <= MAX_EXTENSION_LENGTH &&
         strspn (extension, G_CSET_DIGITS G_CSET_a_2_z G_CSET_A_2_Z) == length;
}

/* Names an export after the filter of @query: @stem, such as "secteurs",
 * then the labels of the active issues in the order of the issue list, the
 * organisation's short name and the search text, each cut down to its words
 * and the parts joined with " - ", then a dot and @extension:
 * "secteurs - Autonomie alimentaire - CQCM.csv". Nothing filtered gives
 * "@stem.@extension".
 *
 * The name holds letters, digits, spaces and word-joining hyphens and
 * apostrophes only, so it has no path separator, control character or
 * leading dot, and no leading "=", "+", "-" or "@" for a spreadsheet that
 * shows it as a sheet name. Before the extension it is at most 64
 * characters and 200 bytes: a part that does not fit is cut after its
 * last whole word that does, or left out if its first word does not fit
 * (that word is cut instead right after the stem), and the parts after it
 * are left out. */
char *
sct_export_suggest_file_name (SctQuery   *query,
                              const char *stem,
                              const char *extension)
{
  g_autoptr(GString) name = g_string_new (NULL);
  GPtrArray *issues;
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  SctOrganisation *organisation;
  gsize stem_length;
  gboolean fits;

  g_return_val_if_fail (SCT_IS_QUERY (query), NULL);
  g_return_val_if_fail (stem != NULL, NULL);
  g_return_val_if_fail (extension != NULL && is_valid_extension (extension), NULL);

  /* The stem is the caller's word, not data: one without a letter or a
   * digit is a mistake. Right after it, a part whose first word does not
   * fit is cut within that word, which still says more than nothing. */
  fits = append_part (name, stem, TRUE);
  g_return_val_if_fail (name->len > 0, NULL);
  stem_length = name->len;

  issues = sct_query_get_active_issues (query);
  for (guint i = 0; i < issues->len; i++)
    g_ptr_array_add (parts, (char *) sct_issue_get_label (g_ptr_array_index (issues, i)));

  organisation = sct_query_get_organisation (query);
  if (organisation != NULL)
    g_ptr_array_add (parts, (char *) sct_organisation_get_short_name (organisation));
  g_ptr_array_add (parts, (char *) sct_query_get_search_text (query));

  for (guint i = 0; fits && i < parts->len; i++)
    fits = append_part (name, g_ptr_array_index (parts, i), name->len == stem_length);

  g_string_append_printf (name, ".%s", extension);
  return g_string_free_and_steal (g_steal_pointer (&name));
}
