#!/usr/bin/env python3
# Copyright 2026 The Secteurs authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: check-interop.py calc|formulas|contacts WRITE-EXPORTS FIXTURE
#
# Do the exported files open correctly where users open them (issue 7)?
# WRITE-EXPORTS writes the fixture's CSV and vCards with the real exporter;
# then "calc" opens the CSV in LibreOffice Calc and "contacts" reads the
# vCards with Evolution Data Server's parser, the way GNOME Contacts imports
# them. What the program sees is compared, field by field, with what the
# fixture says, not with the exporter's own output. "formulas" opens in Calc
# the CSV of a fixture whose text looks like formulas (issue 27), once more
# with Calc told to evaluate formulas, and wants text where it looked.

import csv
import json
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

# The French headings and note prefix (po/fr.po): non-ASCII text even there.
HEADINGS = ['Secteur', 'Enjeux ciblés', 'Organisme porteur', 'Partenaires initiaux',
            'Contact', 'Courriel']
NOTE_PREFIX = 'Secteurs : '

CSV_FILTER = 'Text - txt - csv (StarCalc)'

# How a user's Calc may be set to read a CSV file, as the CSV filter's
# options (https://help.libreoffice.org/latest/en-US/text/shared/guide/csv_params.html):
# separators, string delimiter, character set, first row, column types,
# language, quoted field as text, detect special numbers, (export only ×2),
# trim spaces, (sheet), evaluate formulas, (BOM, export only), detect
# scientific notation. The values after the first three are the defaults of
# the Text Import dialog (Office.Calc/Dialogs/CSVImport in Calc.xcs).
DIALOG_REST = '1,,0,false,false,false,false,false,0,false,false,true'
CALC_IMPORTS = [
    # Double-clicking the file in Calc 25.2 (Debian 13) on a fresh profile:
    # the Text Import dialog opens with the separator "Detected" and the
    # character set detected from the file; the user presses OK.
    ('Text Import dialog as it opens: separators and character set detected',
     'DETECT,34,DETECT,' + DIALOG_REST),
    # The dialog's "Separated by", one click away and the only choice of
    # older Calc versions: comma, semicolon and tab are ticked by default.
    ('Text Import dialog, "Separated by" comma, semicolon and tab',
     '44/59/9,34,DETECT,' + DIALOG_REST),
    # soffice --convert-to, macros and scripts: no dialog, no options.
    ('no filter options (soffice --convert-to)', None),
]
# The dialog's "Evaluate formulas", off by default, ticked.
FORMULA_IMPORTS = CALC_IMPORTS + [
    ('Text Import dialog with "Evaluate formulas" ticked',
     '44/59/9,34,DETECT,1,,0,false,false,false,false,false,0,true,false,true'),
]

# What a cell starting with one of these becomes in the CSV: the same text
# after a single quote (OWASP's advice against CSV injection), which Calc
# keeps in the cell, in sight, rather than running the text as a formula.
FORMULA_STARTS = ('=', '+', '-', '@', '\t', '\r')


def as_text(cell):
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell

NS = {
    'office': 'urn:oasis:names:tc:opendocument:xmlns:office:1.0',
    'table': 'urn:oasis:names:tc:opendocument:xmlns:table:1.0',
    'text': 'urn:oasis:names:tc:opendocument:xmlns:text:1.0',
}


def q(prefix, name):
    return '{%s}%s' % (NS[prefix], name)


def fail(message):
    print('FAIL: ' + message, file=sys.stderr)
    sys.exit(1)


def skip(message):
    """Plain meson builds may lack the other programs; CI, whose root
    build-aux/packages.txt fills, must not skip."""
    if os.environ.get('CI'):
        fail(message)
    print('SKIP: ' + message)
    sys.exit(77)


def expected_rows(fixture):
    """The CSV's rows: one per sector, lists joined with "; ", each cell as
    spreadsheets must show it."""
    rows = [HEADINGS]
    for sector in fixture['sectors']:
        partners = []
        for partner in sector['partners']:
            if 'members' in partner:
                partners += [member['text'] for member in partner['members']]
            else:
                partners.append(partner['text'])
        rows.append([as_text(cell) for cell in [
            sector['title'],
            '; '.join(issue['text'] for issue in sector['issues']),
            sector['lead']['text'],
            '; '.join(partners),
            sector['contact']['name'],
            sector['contact']['email'],
        ]])
    return rows


def expected_cards(fixture):
    """One card per person, in the order of their first sector."""
    cards = {}
    for sector in fixture['sectors']:
        contact = sector['contact']
        card = cards.setdefault(contact['email'], {
            'FN': contact['name'],
            'EMAIL': [contact['email']],
            'ORG': sector['lead']['text'],
            'titles': [],
        })
        card['titles'].append(sector['title'])
    for card in cards.values():
        card['NOTE'] = NOTE_PREFIX + ', '.join(card.pop('titles'))
    return list(cards.values())


def check_fixture_is_hostile(check, rows, cards):
    """A fixture that lost its traps would make this test pass for nothing."""
    cells = [cell for row in rows[1:] for cell in row]
    traps = [
        ('a comma inside a field', any(',' in cell for cell in cells)),
        ('a double quote inside a field', any('"' in cell for cell in cells)),
        ('a list joined with "; "', any('; ' in cell for cell in cells)),
        ('a field of non-ASCII text', any(not cell.isascii() for cell in cells)),
    ]
    if check == 'formulas':
        # Cells hold the quoted text: the quote comes before the trap.
        traps += [(f'a field starting with {start!r}',
                   any(cell.startswith("'" + start) for cell in cells))
                  for start in ('=', '+', '-', '@')]
        traps.append(('one of these characters inside a field only',
                      any(not cell.startswith("'") and any(start in cell for start in '=+-@')
                          for cell in cells)))
    else:
        traps.append(('a vCard note longer than a 75-octet line',
                      any(len(('NOTE:' + card['NOTE']).encode()) > 75 for card in cards)))
    for trap, found in traps:
        if not found:
            fail('the fixture no longer has ' + trap)


def write_exports(write_exports_exe, fixture_path, directory):
    csv_path = directory / 'sectors.csv'
    vcf_path = directory / 'sectors.vcf'
    subprocess.run([write_exports_exe, fixture_path, csv_path, vcf_path, NOTE_PREFIX] + HEADINGS,
                   check=True)
    return csv_path, vcf_path


def paragraph_text(element):
    """The text of a <text:p> as Calc holds it: spaces, tabs, breaks."""
    parts = [element.text or '']
    for child in element:
        if child.tag == q('text', 's'):
            parts.append(' ' * int(child.get(q('text', 'c'), '1')))
        elif child.tag == q('text', 'tab'):
            parts.append('\t')
        elif child.tag == q('text', 'line-break'):
            parts.append('\n')
        else:
            parts.append(paragraph_text(child))
        parts.append(child.tail or '')
    return ''.join(parts)


def read_sheet(fods_path):
    """The cells of the only sheet, as rows of (type, text) or None; the
    type of a cell that holds a formula names the formula."""
    tables = ET.parse(fods_path).getroot().findall('.//table:table', NS)
    if len(tables) != 1:
        fail(f'{fods_path.name}: Calc made {len(tables)} sheets, not 1')

    rows = []
    for row in tables[0].iter(q('table', 'table-row')):
        cells = []
        for cell in row:
            if cell.tag not in (q('table', 'table-cell'), q('table', 'covered-table-cell')):
                continue
            paragraphs = cell.findall('text:p', NS)
            value = None
            kind = cell.get(q('office', 'value-type'))
            if cell.get(q('table', 'formula')) is not None:
                kind = f'{kind} formula {cell.get(q("table", "formula"))}'
            if paragraphs or kind is not None:
                value = (kind, '\n'.join(paragraph_text(p) for p in paragraphs))
            cells += [value] * int(cell.get(q('table', 'number-columns-repeated'), '1'))
        while cells and cells[-1] is None:
            cells.pop()
        rows += [cells] * int(row.get(q('table', 'number-rows-repeated'), '1'))
    while rows and not rows[-1]:
        rows.pop()
    return rows


def cell_name(row, column):
    return '%s%d' % (chr(ord('A') + column), row + 1)


def compare_sheet(how, got, expected):
    problems = []
    if len(got) != len(expected):
        problems.append(f'{len(got)} rows, expected {len(expected)}')
    for r, (got_row, expected_row) in enumerate(zip(got, expected)):
        if len(got_row) != len(expected_row):
            problems.append(f'row {r + 1} has {len(got_row)} cells, expected '
                            f'{len(expected_row)}: {[c and c[1] for c in got_row]!r}')
        for c, (got_cell, expected_text) in enumerate(zip(got_row, expected_row)):
            if got_cell is None:
                problems.append(f'{cell_name(r, c)} is empty, expected {expected_text!r}')
            elif got_cell != ('string', expected_text):
                problems.append(f'{cell_name(r, c)} is {got_cell[0]} {got_cell[1]!r}, '
                                f'expected string {expected_text!r}')
    for problem in problems:
        print(f'  {how}: {problem}', file=sys.stderr)
    return not problems


def check_rfc4180(csv_path, rows):
    """Before Calc, whose reader forgives much (an embedded quote left single,
    say), a strict one: Python's csv module, which in strict mode refuses a
    quote that is not doubled."""
    how = 'RFC 4180, read strictly'
    with open(csv_path, encoding='utf-8-sig', newline='') as file:
        try:
            got = [[('string', field) for field in row] for row in csv.reader(file, strict=True)]
        except csv.Error as error:
            print(f'  {how}: {error}', file=sys.stderr)
            return False
    if not compare_sheet(how, got, rows):
        return False
    print(f'ok: {how}: {len(rows)} rows of {len(rows[0])} fields as expected')
    return True


def find_live_content(fods_path):
    """Formulas and links anywhere in the saved document, whatever cell,
    sheet or annotation they hide in."""
    found = []
    for element in ET.parse(fods_path).getroot().iter():
        if element.get(q('table', 'formula')) is not None:
            found.append('the formula ' + element.get(q('table', 'formula')))
        if element.tag == q('text', 'a'):
            found.append('a link to ' + element.get('{http://www.w3.org/1999/xlink}href', '?'))
    return found


def check_calc(csv_path, rows, directory, imports):
    ok = check_rfc4180(csv_path, rows)
    soffice = shutil.which('soffice')
    if soffice is None:
        if not ok:
            fail('the CSV export is not RFC 4180')
        skip('LibreOffice (soffice) is not installed')

    # A private profile and HOME: the user's may be missing, read-only or in
    # use. In the C locale the system character set is not UTF-8, so accents
    # survive only if Calc detects UTF-8. The GLib and malloc debug settings
    # of the test environment are for our code, not LibreOffice's.
    env = {key: value for key, value in os.environ.items()
           if key not in ('G_DEBUG', 'MALLOC_CHECK_')}
    env.update(HOME=str(directory), LC_ALL='C', LANG='C')
    profile = (directory / 'profile').as_uri()

    for i, (how, options) in enumerate(imports):
        outdir = directory / f'calc-{i}'
        command = [soffice, '--headless', '--norestore', '--nolockcheck',
                   f'-env:UserInstallation={profile}']
        if options is not None:
            command.append(f'--infilter={CSV_FILTER}:{options}')
        command += ['--convert-to', 'fods', '--outdir', str(outdir), str(csv_path)]
        result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=90)
        fods = outdir / 'sectors.fods'
        if result.returncode != 0 or not fods.exists():
            fail(f'{how}: soffice failed ({result.returncode}):\n{result.stdout}{result.stderr}')

        live = find_live_content(fods)
        for content in live:
            print(f'  {how}: the sheet has {content}', file=sys.stderr)
        if compare_sheet(how, read_sheet(fods), rows) and not live:
            print(f'ok: Calc, {how}: {len(rows)} rows of {len(rows[0])} text cells as expected, '
                  'no formula, no link')
        else:
            ok = False

    if not ok:
        fail('the CSV export does not read as expected')


def split_cards(text):
    """GNOME Contacts' importer (src/io/contacts-io-vcard-parser.vala): each
    card runs from a BEGIN:VCARD to the next END:VCARD."""
    cards = []
    begin = text.find('BEGIN:VCARD')
    while begin != -1:
        end = text.find('END:VCARD', begin + 1) + len('END:VCARD')
        cards.append(text[begin:end])
        begin = text.find('BEGIN:VCARD', end)
    return cards


def check_contacts(vcf_path, cards):
    try:
        import gi
        gi.require_version('EBookContacts', '1.2')
        from gi.repository import EBookContacts
    except (ImportError, ValueError) as error:
        skip(f'Evolution Data Server’s EBookContacts is not available: {error}')

    texts = split_cards(vcf_path.read_bytes().decode('utf-8'))
    if len(texts) != len(cards):
        fail(f'GNOME Contacts would import {len(texts)} cards, expected {len(cards)}')

    problems = []
    for n, (text, expected) in enumerate(zip(texts, cards), start=1):
        # What the importer reads: E.VCard.from_string, then FN, EMAIL and
        # NOTE with get_value () and ORG's first value, as its handlers do.
        vcard = EBookContacts.VCard.new_from_string(text)
        read = {'EMAIL': []}
        names = []
        for attribute in vcard.get_attributes():
            name = attribute.get_name()
            names.append(name)
            if name == EBookContacts.EVC_EMAIL:
                read['EMAIL'].append(attribute.get_value())
            elif name == EBookContacts.EVC_ORG:
                read['ORG'] = attribute.get_values()[0]
            elif name in (EBookContacts.EVC_FN, EBookContacts.EVC_NOTE):
                read[name] = attribute.get_value()

        # Exactly these properties: a misread line would add or lose one.
        if names != ['VERSION', 'FN', 'EMAIL', 'ORG', 'NOTE']:
            problems.append(f'card {n} has the properties {names}')

        # What the address book then stores: the same card as an EContact.
        contact = EBookContacts.Contact.new_from_vcard(text)
        stored = {
            'FN': contact.get_property('full-name'),
            'EMAIL': [contact.get_property(f'email-{i}') for i in range(1, 5)
                      if contact.get_property(f'email-{i}')],
            'ORG': contact.get_property('org'),
            'NOTE': contact.get_property('note'),
        }

        for field in ('FN', 'EMAIL', 'ORG', 'NOTE'):
            for source, values in (('importer', read), ('EContact', stored)):
                if values.get(field) != expected[field]:
                    problems.append(f'card {n} {field} ({source}) is {values.get(field)!r}, '
                                    f'expected {expected[field]!r}')

    for problem in problems:
        print('  ' + problem, file=sys.stderr)
    if problems:
        fail('Evolution Data Server does not read the vCard export as expected')
    print(f'ok: EDS reads {len(cards)} cards with the expected FN, EMAIL, ORG and NOTE')


def main():
    reader, write_exports_exe, fixture_path = sys.argv[1:]
    fixture = json.loads(pathlib.Path(fixture_path).read_text(encoding='utf-8'))
    rows = expected_rows(fixture)
    cards = expected_cards(fixture)

    with tempfile.TemporaryDirectory(prefix='secteurs-interop-') as tmp:
        directory = pathlib.Path(tmp)
        csv_path, vcf_path = write_exports(write_exports_exe, fixture_path, directory)
        check_fixture_is_hostile(reader, rows, cards)

        if reader == 'calc':
            check_calc(csv_path, rows, directory, CALC_IMPORTS)
        elif reader == 'formulas':
            check_calc(csv_path, rows, directory, FORMULA_IMPORTS)
        elif reader == 'contacts':
            check_contacts(vcf_path, cards)
        else:
            fail(f'unknown reader {reader!r}: calc, formulas or contacts')


if __name__ == '__main__':
    main()
