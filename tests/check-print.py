#!/usr/bin/env python3
# Copyright 2026 The Secteurs authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: check-print.py sectors en|fr DATASET DIR
#        check-print.py bounds PDF…
#
# Reads printed sectors back with poppler's pdftotext (issue 26).
#
# "sectors": DIR holds, for each paper (A4 as iso_a4, Letter as na_letter),
# one PDF per sector, named after its id, and all.pdf with every sector.
# Each PDF must hold every fact of its sector as DATASET says it, in the
# order of the page, under the headings of the UI's language, with "Page N
# of M" in every page's footer; one sector at least must take more than a
# page; in all.pdf each sector starts a page of its own.
#
# "bounds", and "sectors" for every PDF: the pages are the paper asked for,
# every word lies inside the margins (18 mm) and the text above the footer,
# so nothing runs off the page, under the footer or is cut.

import html
import json
import pathlib
import re
import subprocess
import sys
import tempfile

PAPERS = {
    # GtkPaperSize name: width and height in points
    'iso_a4': (595.28, 841.89),
    'na_letter': (612.0, 792.0),
}

MARGIN = 18 * 72 / 25.4
# pdftotext rounds positions; glyphs' boxes may reach a little past
# their advance.
TOLERANCE = 1.0
# The body ends this far above the footer's text at least; the footer's
# words are those within half a line of its middle.
FOOTER_GAP = 6.0
FOOTER_LINE = 4.0

LABELS = {
    'en': {
        'headings': ['Targeted Issues', 'Description', 'Lead Organisation', 'Initial Partners',
                     'Contact'],
        'printed': 'Printed on',
        'page': 'Page {} of {}',
    },
    'fr': {
        'headings': ['Enjeux ciblés', 'Description', 'Organisme porteur', 'Partenaires initiaux',
                     'Contact'],
        'printed': 'Imprimé le',
        'page': 'Page {} sur {}',
    },
}

faults = []


def fault(message):
    faults.append(message)


def squash(text):
    """Text without any white space: lines wrap wherever the paper says,
    so only the characters and their order are compared."""
    return re.sub(r'\s+', '', text)


def pdf_pages(pdf):
    """The text of each page. In its default mode, pdftotext joins a word
    cut after its hyphen at a line's end ("main-" "d’œuvre") without the
    hyphen; -layout keeps the text as printed."""
    out = subprocess.run(['pdftotext', '-layout', '-enc', 'UTF-8', str(pdf), '-'],
                         check=True, capture_output=True, text=True).stdout
    pages = out.split('\f')
    # pdftotext ends the last page with a form feed too.
    if pages and pages[-1].strip() == '':
        pages.pop()
    return pages


def check_bounds(pdf, paper=None):
    """Every page is the paper's size, and every word inside the margins."""
    with tempfile.TemporaryDirectory() as tmp:
        out = pathlib.Path(tmp) / 'bbox.html'
        subprocess.run(['pdftotext', '-bbox', str(pdf), str(out)], check=True)
        bbox = out.read_text(encoding='utf-8')

    pages = re.split(r'<page ', bbox)[1:]
    if not pages:
        fault(f'{pdf}: no page')
    n_words = 0
    for number, page in enumerate(pages, 1):
        width, height = (float(v) for v in
                         re.match(r'width="([\d.]+)" height="([\d.]+)"', page).groups())
        if paper is not None:
            expected = PAPERS[paper]
            if abs(width - expected[0]) > 1 or abs(height - expected[1]) > 1:
                fault(f'{pdf}, page {number}: {width:.0f}×{height:.0f} pt, not {paper}')
        words = [(*(float(v) for v in match.groups()[:4]), html.unescape(match.group(5)))
                 for match in re.finditer(r'<word xMin="([\d.-]+)" yMin="([\d.-]+)" '
                                          r'xMax="([\d.-]+)" yMax="([\d.-]+)">(.*?)</word>',
                                          page)]
        n_words += len(words)
        for x0, y0, x1, y1, word in words:
            if (x0 < MARGIN - TOLERANCE or x1 > width - MARGIN + TOLERANCE or
                    y0 < MARGIN - TOLERANCE or y1 > height - MARGIN + TOLERANCE):
                fault(f'{pdf}, page {number}: « {word[:40]} » at x {x0:.1f}–{x1:.1f}, '
                      f'y {y0:.1f}–{y1:.1f} runs into the margins of a '
                      f'{width:.0f}×{height:.0f} pt page')
        # The footer is the lowest line; text that flowed past the page's
        # end would run into it.
        if words:
            middle = [(y0 + y1) / 2 for _, y0, _, y1, _ in words]
            footer = [abs(m - max(middle)) < FOOTER_LINE for m in middle]
            footer_top = min(w[1] for w, f in zip(words, footer) if f)
            for (x0, y0, x1, y1, word), in_footer in zip(words, footer):
                if not in_footer and y1 > footer_top - FOOTER_GAP:
                    fault(f'{pdf}, page {number}: « {word[:40]} » at y {y0:.1f}–{y1:.1f} '
                          f'runs into the footer at y {footer_top:.1f}')
    return n_words


def sector_facts(programme, sector):
    """Every fact of a sector, in the order the page prints them."""
    facts = [('programme', programme['title']), ('title', sector['title'])]
    if sector.get('project'):
        facts.append(('project', sector['project']))
    facts += [('issue', issue['text']) for issue in sector['issues']]
    for block in sector['description']:
        if block['type'] == 'paragraph':
            facts.append(('paragraph', block['text']))
        else:
            facts += [('list item', item) for item in block['items']]
    facts.append(('lead', sector['lead']['text']))
    for partner in sector['partners']:
        if 'group' in partner:
            facts.append(('partner group', partner['group']))
            facts += [('partner', member['text']) for member in partner['members']]
            if partner.get('etc'):
                facts.append(('etc.', 'etc.'))
        else:
            facts.append(('partner', partner['text']))
    facts.append(('contact name', sector['contact']['name']))
    facts.append(('contact email', sector['contact']['email']))
    return facts


def split_footer(page, labels):
    """A page's text, and its footer: from the date of printing, the last
    thing on the page, to its end."""
    text = squash(page)
    start = text.rfind(squash(labels['printed']))
    if start < 0:
        return text, ''
    return text[:start], text[start:]


def check_sector(pdf, programme, sector, labels):
    """Returns how many pages the sector takes."""
    pages = pdf_pages(pdf)
    # A paragraph may go on over the page's footer.
    text = ''.join(split_footer(page, labels)[0] for page in pages)

    position = 0
    for kind, fact in sector_facts(programme, sector):
        found = text.find(squash(fact), position)
        if found < 0:
            where = 'anywhere' if squash(fact) not in text else 'in its place'
            fault(f'{pdf}: the {kind} « {fact[:60]} » is not {where}')
            continue
        position = found + len(squash(fact))

    for heading in labels['headings']:
        if squash(heading) not in text:
            fault(f'{pdf}: no heading « {heading} »')

    for number, page in enumerate(pages, 1):
        footer = split_footer(page, labels)[1]
        page_label = labels['page'].format(number, len(pages))
        if not footer:
            fault(f'{pdf}, page {number}: no « {labels["printed"]} … » at the foot')
        elif squash(page_label) not in footer:
            fault(f'{pdf}, page {number}: no « {page_label} » at the foot')

    return len(pages)


def check_sectors(language, dataset_path, directory):
    dataset = json.loads(pathlib.Path(dataset_path).read_text(encoding='utf-8'))
    programme = dataset['programme']
    labels = LABELS[language]

    for paper in PAPERS:
        paper_dir = pathlib.Path(directory) / paper
        page_counts = {}
        n_words = 0
        for sector in dataset['sectors']:
            pdf = paper_dir / (sector['id'] + '.pdf')
            page_counts[sector['id']] = check_sector(pdf, programme, sector, labels)
            n_words += check_bounds(pdf, paper)

        longest = max(page_counts, key=page_counts.get)
        if page_counts[longest] < 2:
            fault(f'{paper}: every sector fits on one page; the text cannot be flowing over pages')
        print(f'{paper}: {n_words} words on {sum(page_counts.values())} pages; '
              f'pages per sector: {page_counts}')

        # All the sectors in one document: each starts on a page of its own,
        # its title among the first lines.
        pdf = paper_dir / 'all.pdf'
        pages = pdf_pages(pdf)
        check_bounds(pdf, paper)
        if len(pages) != sum(page_counts.values()):
            fault(f'{pdf}: {len(pages)} pages, not the {sum(page_counts.values())} '
                  f'of the sectors printed one by one')
        first = 0
        for sector in dataset['sectors']:
            if first >= len(pages):
                break
            top = squash(''.join(pages[first].splitlines(True)[:6]))
            if squash(sector['title']) not in top:
                fault(f'{pdf}, page {first + 1}: does not start with « {sector["title"]} »')
            first += page_counts[sector['id']]


def main(argv):
    if len(argv) == 5 and argv[1] == 'sectors' and argv[2] in LABELS:
        check_sectors(argv[2], argv[3], argv[4])
    elif len(argv) >= 3 and argv[1] == 'bounds':
        for pdf in argv[2:]:
            print(f'{pdf}: {check_bounds(pdf)} words')
    else:
        print('Usage: check-print.py sectors en|fr DATASET DIR\n'
              '       check-print.py bounds PDF…', file=sys.stderr)
        return 2

    for message in faults:
        print('FAIL: ' + message)
    return 1 if faults else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
