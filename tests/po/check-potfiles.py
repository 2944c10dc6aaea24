#!/usr/bin/env python3
# Copyright 2026 The Secteurs authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""po/POTFILES.in lists, sorted, every file with translatable strings under
src/, resources/ and data/, and only files that exist.

Usage: check-potfiles.py SOURCE-ROOT"""

import os
import re
import sys

# What makes a file translatable: a gettext call in C, translatable="yes" in
# GtkBuilder or menu XML, a gettext domain in a GSettings schema.
MARKS = re.compile(r'(?<!\w)(?:_|N_|C_|NC_)\s*\(|\bngettext\s*\(|translatable="yes"|gettext-domain=')
SCANNED = (".c", ".h", ".ui", ".xml")
# Files that are all translatable text: every .ui, the desktop entry, the metainfo.
ALWAYS = re.compile(r"\.ui$|\.desktop\.in$|\.metainfo\.xml\.in$")

source_root = sys.argv[1]
with open(os.path.join(source_root, "po", "POTFILES.in"), encoding="utf-8") as potfiles:
    listed = [line.strip() for line in potfiles if line.strip() and not line.startswith("#")]

problems = []
for path in listed:
    if not os.path.isfile(os.path.join(source_root, path)):
        problems.append(f"{path}: listed in po/POTFILES.in but does not exist")
if listed != sorted(listed):
    problems.append("po/POTFILES.in is not sorted (LC_ALL=C sort)")
if len(set(listed)) != len(listed):
    problems.append("po/POTFILES.in lists a file twice")

for top in ("src", "resources", "data"):
    for directory, _, names in os.walk(os.path.join(source_root, top)):
        for name in names:
            full = os.path.join(directory, name)
            path = os.path.relpath(full, source_root).replace(os.sep, "/")
            if ALWAYS.search(name):
                translatable = True
            elif name.endswith(SCANNED):
                with open(full, encoding="utf-8", errors="replace") as source:
                    translatable = MARKS.search(source.read()) is not None
            else:
                continue
            if translatable and path not in listed:
                problems.append(f"{path}: has translatable strings but is not in po/POTFILES.in")

for problem in problems:
    print(problem)
print(f"FAIL: {len(problems)} problem(s)" if problems else f"ok: {len(listed)} files listed")
sys.exit(1 if problems else 0)
