#!/usr/bin/env python3
# Copyright 2026 The Secteurs authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Writes hostile.json: a dataset that the loader accepts, every string of
# which is markup, entities, control characters, bidirectional overrides,
# very long words, emoji or printf directives, each string ending with a
# tag that names its field, so that test-hostile-data.c can find it on
# screen. The file is committed; run this again after changing it.

import json
import pathlib

MARKUP = ('<b>bold</b> <i>it</i> <a href="https://evil.example/">link</a> '
          '<span size="99999" foreground="red">BIG</span> <u>open')
ENTITIES = 'R&D &amp; &#60;i&#62; &nbsp; &bogus; & <'
CONTROLS = ('bell\u0007 esc\u001b[31mred\u001b[0m tab\tcr\rnl\nvt\u000b del\u007f '
            'c1\u0085 ls\u2028ps\u2029 bom\ufeff zw\u200b\u200c\u200d')
BIDI = '\u202eexe.txt\u202c \u2067שלום\u2069 مرحبا \u200fR\u200e \u202dLTR'
EMOJI = ('👩\u200d🌾 👨\u200d👩\u200d👧\u200d👦 🏳\ufe0f\u200d🌈 🇨🇦 👍🏽 '
         'Z\u0334\u0321\u031b\u0317\u0344a\u0338\u0327l\u0336g\u0335o\u0337')
FORMAT = '%s%s%n %d %x %%'


def word(length):
    """One word with no break opportunity, of @length characters."""
    return ('Anticonstitutionnellement' * (length // 25 + 1))[:length]


LONG_TEXT = word(4000)      # the loader's limit is 4096 for most texts
LONG_PARAGRAPH = word(10000)  # and 16384 for paragraphs


def tag(text, field):
    return f'{text} [{field}]'


def mention(organisation, text):
    return {'organisation': organisation, 'text': text}


KINDS = {
    'markup': MARKUP,
    'entities': ENTITIES,
    'controls': CONTROLS,
    'bidi': BIDI,
    'emoji': EMOJI,
    'long': LONG_TEXT,
    'format': FORMAT,
}

# Valid addresses (RFC 5322 atext) that a mailto: URI must escape.
EMAILS = {
    'markup': "r&d+o'neil@example.org",
    'entities': 'x?cc=victim@example.org',
    'controls': 'a#b@example.org',
    'bidi': '%s%n@example.org',
    'emoji': '{tom}|jerry/`x`@example.org',
    'long': 'p~q^r=s@example.org',
    'format': 'plain@example.org',
}

issues = [{'id': f'issue-{kind}', 'label': tag(text, f'issue {kind}')}
          for kind, text in KINDS.items()]

organisations = []
for kind, text in KINDS.items():
    organisation = {'id': f'org-{kind}', 'name': tag(text, f'organisation {kind}')}
    if kind in ('markup', 'bidi', 'format'):
        organisation['acronym'] = tag(MARKUP if kind != 'markup' else ENTITIES,
                                      f'acronym {kind}')
    organisations.append(organisation)

kinds = list(KINDS)
sectors = []
for number, (kind, text) in enumerate(KINDS.items(), start=1):
    other = kinds[number % len(kinds)]
    third = kinds[(number + 1) % len(kinds)]
    sectors.append({
        'id': f'sector-{kind}',
        'title': tag(text, f'sector {kind} title'),
        'project': tag(KINDS[other], f'sector {kind} project') if number % 2 else None,
        'issues': [
            {'issue': f'issue-{kind}', 'text': tag(text, f'sector {kind} issue 1')},
            {'issue': f'issue-{other}', 'text': tag(KINDS[other], f'sector {kind} issue 2')},
        ],
        'description': [
            # Only one sector: GTK lays out a long word in time quadratic
            # in its length (4 s for this one).
            {'type': 'paragraph',
             'text': tag((LONG_PARAGRAPH if kind == 'long' else FORMAT) + ' ' + text,
                         f'sector {kind} paragraph')},
            {'type': 'list', 'items': [
                tag(text, f'sector {kind} item 1'),
                tag(KINDS[other], f'sector {kind} item 2'),
            ]},
        ],
        'lead': mention(f'org-{kind}', tag(text, f'sector {kind} lead')),
        'partners': [
            mention(f'org-{other}', tag(KINDS[other], f'sector {kind} partner')),
            {'group': tag(MARKUP if kind != 'markup' else ENTITIES, f'sector {kind} group'),
             'members': [mention(f'org-{third}', tag(KINDS[third], f'sector {kind} member'))],
             'etc': True},
        ],
        'contact': {'name': tag(text, f'sector {kind} contact'), 'email': EMAILS[kind]},
    })

dataset = {
    'format_version': 1,
    'programme': {
        'title': tag(MARKUP + ' ' + FORMAT, 'programme title'),
        # Every window shows it first: a long word, not the longest.
        'introduction': tag(word(2000) + ' ' + ENTITIES, 'programme introduction'),
        'information': {
            'heading': tag(MARKUP, 'information heading'),
            'name': tag(ENTITIES + ' ' + BIDI, 'information name'),
            'street': tag(CONTROLS, 'information street'),
            'locality': tag(EMOJI, 'information locality'),
            'postal_code': tag(FORMAT, 'information postal code'),
            'phone': tag('<a href="tel:1">418</a>', 'information phone'),
            'toll_free': tag('&#49;&#56;&#48;&#48;', 'information toll free'),
            'email': 'x?subject=hi&body=<b>@example.org'.replace('<b>', 'b'),
        },
    },
    'issues': issues,
    'organisations': organisations,
    'sectors': sectors,
}

out = pathlib.Path(__file__).resolve().parent / 'hostile.json'
out.write_text(json.dumps(dataset, indent=2, ensure_ascii=False) + '\n', encoding='utf-8')
