#!/usr/bin/env python3
# Copyright 2026 The Secteurs authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Each translation in po/LINGUAS compiles with msgfmt --check, with no
fuzzy and no untranslated message.

Usage: check-msgfmt.py MSGFMT PO-DIR"""

import os
import re
import subprocess
import sys

msgfmt, po_dir = sys.argv[1:3]
# msgfmt's statistics are translated: read them in English.
env = dict(os.environ, LC_ALL="C.UTF-8", LANGUAGE="")
failed = False

with open(os.path.join(po_dir, "LINGUAS"), encoding="utf-8") as linguas:
    languages = [word for line in linguas for word in line.split("#")[0].split()]

for language in languages:
    po = os.path.join(po_dir, language + ".po")
    result = subprocess.run([msgfmt, "--check", "--check-accelerators=_", "--statistics",
                             "--output-file=/dev/null", po],
                            env=env, capture_output=True, text=True)
    output = result.stdout + result.stderr
    print(output.strip())
    counts = {kind: int(number) for number, kind in
              re.findall(r"(\d+) (translated|fuzzy|untranslated)", output)}
    if result.returncode != 0:
        print(f"FAIL {po}: msgfmt --check failed")
        failed = True
    elif counts.get("translated", 0) == 0 or counts.get("fuzzy", 0) or counts.get("untranslated", 0):
        print(f"FAIL {po}: {counts.get('fuzzy', 0)} fuzzy, {counts.get('untranslated', 0)} untranslated; "
              "translate them (see po/README.md)")
        failed = True
    else:
        print(f"ok {po}: {counts['translated']} messages, all translated")

sys.exit(1 if failed else 0)
