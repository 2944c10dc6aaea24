#!/usr/bin/env python3
# Copyright 2026 The Secteurs authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""po/fr.po follows the typography of the Office québécois de la langue
française that po/README.md sets out.

Usage: check-french-typography.py FR-PO"""

import re
import sys

import pofile

RULES = [
    (re.compile(r"[^\u00a0]:(?=\s|$)|^:"), "a no-break space (U+00A0) goes before « : »"),
    (re.compile(r"\s[;!?]"), "no space before « ; », « ! » or « ? » (Quebec usage)"),
    (re.compile(r"«(?!\u00a0)|(?<!\u00a0)»"), "« and » take a no-break space (U+00A0) inside"),
    (re.compile(r"[“”\"]"), "quotes are « guillemets », not “…” or \"…\""),
    (re.compile(r"'"), "the apostrophe is ’ (U+2019), not '"),
    (re.compile(r"\.\.\."), "the ellipsis is … (U+2026), not ..."),
    (re.compile(r"(?i)\be-?mails?\b"), "« courriel », not « e-mail »"),
    (re.compile(r"  "), "two spaces in a row"),
]

failed = 0
for entry in pofile.read(sys.argv[1]):
    # The desktop file's keywords keep English search terms on purpose.
    if entry.msgid.endswith(";"):
        continue
    for text in entry.msgstr:
        for rule, advice in RULES:
            if rule.search(text):
                print(f"{entry.describe()} -> {text!r}: {advice}")
                failed += 1

print(f"FAIL: {failed} typography problem(s)" if failed else "ok: the French typography follows po/README.md")
sys.exit(1 if failed else 0)
