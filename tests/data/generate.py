#!/usr/bin/env python3
# Copyright 2026 The Secteurs authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Writes the cases of tests/model/test-dataset.c from good/minimal.json: each
# is the minimal dataset with one thing wrong (bad/) or unusual (good/). The
# files are committed, so that a case can be read and run without this
# script; run it again after changing minimal.json. The expected outcomes
# live in the test, not here.

import copy
import json
import pathlib

here = pathlib.Path(__file__).resolve().parent
text = (here / 'good' / 'minimal.json').read_text(encoding='utf-8')
raw = text.encode()
minimal = json.loads(text)


def dump(data):
    return (json.dumps(data, indent=2, ensure_ascii=False) + '\n').encode()


def edit(change):
    """A structural change, written back in the canonical form."""
    data = copy.deepcopy(minimal)
    change(data, data['sectors'][0])
    return dump(data)


def swap(old, new):
    """A change of the bytes as written, which keeps line numbers."""
    old, new = (s.encode() if isinstance(s, str) else s for s in (old, new))
    assert raw.count(old) == 1, old
    return raw.replace(old, new)


def email(address):
    return swap('"richard.gravel@example.org"', json.dumps(address, ensure_ascii=False))


def set_field(path, value):
    def change(data, sector):
        target = data
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value
    return edit(change)


def delete_field(path):
    def change(data, sector):
        target = data
        for key in path[:-1]:
            target = target[key]
        del target[path[-1]]
    return edit(change)


def add_sector(data, sector):
    data['sectors'].append(copy.deepcopy(sector))


def add_issue(data, sector):
    data['issues'].append(copy.deepcopy(data['issues'][0]))


def add_organisation(data, sector):
    data['organisations'].append({'id': 'chantier', 'name': 'Autre chantier'})


def too_many_fields(data, sector):
    sector['contact'].update({f'x{i}': i for i in range(31)})


TITLE = '"title": "Insertion en emploi"'
SECTOR_ISSUES = ('sectors', 0, 'issues')
GROUP = ('sectors', 0, 'partners', 1)

bad = {
    # Bytes
    'empty': b'',
    'whitespace-only': b'  \n\t\r\n',
    'bom-only': b'\xef\xbb\xbf\n',
    'truncated': raw[:raw.index(b'      "project"')],
    'unclosed-string': raw[:raw.index(b'Insertion en emploi') + 9],
    'invalid-utf8': swap('Insertion en', b'Insertion\xff en'),
    'overlong-utf8': swap('Insertion en', b'Insertion\xc0\xaf en'),
    'cut-utf8': swap('Insertion en', b'Insertion\xc3 en'),
    'stray-continuation': swap('Insertion en', b'Insertion\xc3\xa9\xa9 en'),
    'utf16': '\ufeff'.encode('utf-16-le') + text.encode('utf-16-le'),
    'nul-byte': swap('Insertion en', b'Insertion\x00 en'),
    'nul-escape': swap('Insertion en', 'Insertion\\u0000 en'),
    'nesting': swap('"project": null', '"project": ' + '[' * 14 + ']' * 14),
    'duplicate-key': swap(TITLE, TITLE + ',\n      "title": "Autre titre"'),
    'duplicate-key-escaped': swap(TITLE, TITLE + ',\n      "\\u0074itle": "Autre titre"'),
    'too-many-fields': edit(too_many_fields),
    # JSON syntax
    'comment': swap('  "format_version": 1,', '  // Version 1\n  "format_version": 1,'),
    'single-quotes': swap(TITLE, "'title': 'Insertion en emploi'"),
    'trailing-comma': swap('"la formation"', '"la formation",'),
    'two-top-level-values': raw + raw,
    'bad-escape': swap('Insertion en', 'Insertion\\x20en'),
    'lone-surrogate': swap('Insertion en', 'Insertion\\ud800 en'),
    'raw-control-char': swap('Insertion en', 'Insertion\ten'),
    'wrong-top-level': b'[\n' + raw + b']\n',
    # The top level
    'unknown-top-level-field': set_field(('comments',), 'aucun'),
    'missing-format-version': delete_field(('format_version',)),
    'format-version-2': swap('"format_version": 1', '"format_version": 2'),
    'format-version-float': swap('"format_version": 1', '"format_version": 1.0'),
    'format-version-string': swap('"format_version": 1', '"format_version": "1"'),
    'format-version-1e400': swap('"format_version": 1', '"format_version": 1e400'),
    'integer-overflow': swap('"format_version": 1', '"format_version": 99999999999999999999999'),
    'missing-programme': delete_field(('programme',)),
    'missing-programme-phone': delete_field(('programme', 'information', 'phone')),
    'bad-email-programme': set_field(('programme', 'information', 'email'), 'economie.sociale'),
    'empty-issues': set_field(('issues',), []),
    'issues-not-list': set_field(('issues',), {}),
    'empty-sectors': set_field(('sectors',), []),
    'sector-not-object': set_field(('sectors',), ['insertion-emploi']),
    # Ids and references
    'duplicate-issue-id': edit(add_issue),
    'duplicate-organisation-id': edit(add_organisation),
    'duplicate-sector-id': edit(add_sector),
    'bad-id-uppercase': set_field(('sectors', 0, 'id'), 'Insertion-emploi'),
    'bad-id-double-dash': set_field(('sectors', 0, 'id'), 'insertion--emploi'),
    'bad-id-too-long': set_field(('sectors', 0, 'id'), 'a' * 65),
    'bad-id-accent': set_field(('issues', 0, 'id'), 'pénurie-main-doeuvre'),
    'dangling-issue': set_field(SECTOR_ISSUES + (0, 'issue'), 'chomage'),
    'dangling-lead': set_field(('sectors', 0, 'lead', 'organisation'), 'fccq'),
    'dangling-organisation': set_field(GROUP + ('members', 0, 'organisation'), 'fccq'),
    # Sector fields
    'wrong-type-title': set_field(('sectors', 0, 'title'), 42),
    'null-title': set_field(('sectors', 0, 'title'), None),
    'empty-title': set_field(('sectors', 0, 'title'), ''),
    'blank-title': set_field(('sectors', 0, 'title'), ' \u00a0\u2003 '),
    # Nothing to show: a control character shows nothing either.
    'control-only-title': set_field(('sectors', 0, 'title'), '\u0007\t'),
    'empty-project': set_field(('sectors', 0, 'project'), ''),
    # Required, as null where the sector has no project name.
    'missing-project': delete_field(('sectors', 0, 'project')),
    'unknown-field': set_field(('sectors', 0, 'colour'), 'bleu'),
    'unknown-contact-field': set_field(('sectors', 0, 'contact', 'phone'), '418 555-0100'),
    'missing-contact': delete_field(('sectors', 0, 'contact')),
    'missing-contact-name': delete_field(('sectors', 0, 'contact', 'name')),
    'bad-block-type': set_field(('sectors', 0, 'description', 1, 'type'), 'table'),
    'empty-list-item': set_field(('sectors', 0, 'description', 1, 'items', 1), ''),
    'list-item-not-text': set_field(('sectors', 0, 'description', 1, 'items', 0), 1),
    'empty-partners': set_field(('sectors', 0, 'partners'), []),
    'empty-group': set_field(GROUP + ('members',), []),
    'etc-not-boolean': set_field(GROUP + ('etc',), 'yes'),
    # Email addresses
    'bad-email-no-at': email('richard.gravel'),
    'bad-email-no-domain-dot': email('richard@localhost'),
    'bad-email-double-dot': email('richard..gravel@example.org'),
    'bad-email-leading-dot': email('.richard@example.org'),
    'bad-email-space': email('richard gravel@example.org'),
    'bad-email-two-at': email('richard@gravel@example.org'),
    'bad-email-dash-label': email('richard@-example.org'),
    'bad-email-trailing-dot': email('richard@example.org.'),
    'bad-email-accent': email('richard@exämple.org'),
    'bad-email-too-long': email('r' * 243 + '@example.org'),
}

good = {
    'bom': b'\xef\xbb\xbf' + raw,
    'crlf': raw.replace(b'\n', b'\r\n'),
    'escapes': swap(TITLE, '"title": "\\u00c9conomie \\ud83d\\ude00 \\/ \\"sociale\\""'),
    'markup-names': edit(lambda data, sector: (
        data['issues'][0].update(label='<b>&amp; \u0007 \u202e'),
        data['organisations'][0].update(name='<a href="x">Chantier</a>'),
        sector.update(title='<b>&amp; <a href="x">'),
        sector['lead'].update(text='\u202eChantier\u0007'),
        sector['partners'][1].update(group='<i>Associations</i> &lt;'),
        sector['contact'].update(name='Richard \u0007<br/>'),
    )),
    # What the bundled dataset's editorial rules (dataset-fidelity) forbid
    # and the format allows.
    'straight-apostrophe': set_field(('sectors', 0, 'title'), "L'insertion en emploi"),
    'surrounding-space': set_field(('sectors', 0, 'title'), ' Insertion en emploi\u00a0'),
    'etc-false': set_field(GROUP + ('etc',), False),
}

for directory, cases in (('bad', bad), ('good', good)):
    (here / directory).mkdir(exist_ok=True)
    for name, data in cases.items():
        (here / directory / f'{name}.json').write_bytes(data)
