#!/usr/bin/env python3
# Copyright 2026 The Secteurs authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Every message of the tree, as xgettext extracts it now from the files of
po/POTFILES.in, has a finished translation in each language of po/LINGUAS:
a new string without its translation fails here.

Usage: check-complete.py XGETTEXT SOURCE-ROOT"""

import os
import subprocess
import sys
import tempfile

import pofile

# Meson's "glib" preset (i18n.gettext(..., preset: 'glib')), so that the
# messages are the ones `meson compile secteurs-pot` extracts.
GLIB_PRESET = [
    "--from-code=UTF-8", "--add-comments",
    "--keyword=_", "--keyword=N_", "--keyword=C_:1c,2", "--keyword=NC_:1c,2",
    "--keyword=g_dcgettext:2", "--keyword=g_dngettext:2,3", "--keyword=g_dpgettext2:2c,3",
    "--flag=N_:1:pass-c-format", "--flag=C_:2:pass-c-format", "--flag=NC_:2:pass-c-format",
    "--flag=g_dngettext:2:pass-c-format", "--flag=g_strdup_printf:1:c-format",
    "--flag=g_string_printf:2:c-format", "--flag=g_string_append_printf:2:c-format",
    "--flag=g_error_new:3:c-format", "--flag=g_set_error:4:c-format",
    "--flag=g_markup_printf_escaped:1:c-format", "--flag=g_log:3:c-format",
    "--flag=g_print:1:c-format", "--flag=g_printerr:1:c-format", "--flag=g_printf:1:c-format",
    "--flag=g_fprintf:2:c-format", "--flag=g_sprintf:2:c-format", "--flag=g_snprintf:3:c-format",
]

xgettext, source_root = sys.argv[1:3]
po_dir = os.path.join(source_root, "po")

with tempfile.TemporaryDirectory() as temp:
    pot = os.path.join(temp, "secteurs.pot")
    subprocess.run([xgettext, "--package-name=secteurs", "--directory", source_root,
                    "--files-from", os.path.join(po_dir, "POTFILES.in"), "--output", pot,
                    *GLIB_PRESET], check=True)
    messages = pofile.read(pot)

print(f"{len(messages)} messages in the sources")
if not messages:
    sys.exit("FAIL: xgettext found no message")

with open(os.path.join(po_dir, "LINGUAS"), encoding="utf-8") as linguas:
    languages = [word for line in linguas for word in line.split("#")[0].split()]

failed = False
for language in languages:
    translated = {entry.key: entry for entry in pofile.read(os.path.join(po_dir, language + ".po"))}
    missing = []
    for message in messages:
        entry = translated.get(message.key)
        if entry is None:
            missing.append(f"not in {language}.po: {message.describe()}")
        elif "fuzzy" in entry.flags or not all(entry.msgstr):
            missing.append(f"not translated in {language}.po: {message.describe()}")
    for line in missing:
        print(line)
    if missing:
        print(f"FAIL {language}: {len(missing)} message(s) to translate; run "
              "`meson compile -C _build secteurs-update-po` and translate them (po/README.md)")
        failed = True
    else:
        print(f"ok {language}: every message is translated")

sys.exit(1 if failed else 0)
