# Copyright 2026 The Secteurs authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""A small reader for gettext PO and POT files, enough for the po tests."""

import ast
import re
from dataclasses import dataclass, field

KEYWORD = re.compile(r'^(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?)\s+(".*")$')


@dataclass
class Entry:
    msgctxt: str | None = None
    msgid: str = ""
    msgid_plural: str | None = None
    msgstr: list = field(default_factory=list)
    flags: set = field(default_factory=set)

    @property
    def key(self):
        """What identifies a message: its context, its text and its plural."""
        return (self.msgctxt, self.msgid, self.msgid_plural)

    def describe(self):
        text = repr(self.msgid)
        if self.msgid_plural is not None:
            text += f" / {self.msgid_plural!r}"
        if self.msgctxt is not None:
            text = f"[{self.msgctxt}] {text}"
        return text


def read(path):
    """Returns the file's messages, without the header and obsolete (#~) ones.

    Strings keep PO's C escapes decoded the way Python decodes them, which
    is the same for the escapes PO uses (\\n, \\t, \\", \\\\)."""
    entries = []
    entry, last = Entry(), None
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            line = line.strip()
            if line.startswith('"'):
                value = ast.literal_eval(line)
                if last.startswith("msgstr"):
                    entry.msgstr[-1] += value
                else:
                    setattr(entry, last, getattr(entry, last) + value)
                continue
            # Anything else after a msgstr starts the next message.
            if last is not None and last.startswith("msgstr"):
                entries.append(entry)
                entry, last = Entry(), None
            if line.startswith("#,"):
                entry.flags.update(flag.strip() for flag in line[2:].split(","))
            elif line and not line.startswith("#"):
                keyword, value = KEYWORD.match(line).groups()
                value = ast.literal_eval(value)
                if keyword.startswith("msgstr"):
                    entry.msgstr.append(value)
                else:
                    setattr(entry, keyword, value)
                last = keyword
    if last is not None and last.startswith("msgstr"):
        entries.append(entry)
    return [entry for entry in entries if entry.msgid != ""]
