#!/usr/bin/env python3
# Copyright 2026 The Secteurs authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes what search folding must make of each text, from Python's own
Unicode database rather than GLib's: test-text holds sct_text_fold() to it.

Usage: fold-oracle.py DATASET -o FILE

The texts are every code point that Python's database assigns (but for
surrogates, private use and NUL), every string of DATASET, and the
sequences below. Each line of FILE is a text and its folding as code
points in hexadecimal, separated by spaces, the two parts by a semicolon;
lines starting with # are comments.
"""

import argparse
import json
import sys
import unicodedata

# What folding drops: accents once decomposed, and invisible formatting.
DROPPED = {"Mn", "Mc", "Me", "Cf"}

# What folding maps besides decomposition and case: ligatures that Unicode
# does not decompose, and the apostrophes that stand for the keyboard's.
MAPPED = {
    "\u0153": "oe",  # œ
    "\u00e6": "ae",  # æ
    "\u2018": "'",
    "\u2019": "'",
    "\u02bc": "'",
}

# Everything that separates words becomes a plain space; Unicode leaves
# the ASCII controls out of its separators.
ASCII_SPACES = "\t\n\v\f\r"
SEPARATORS = {"Zs", "Zl", "Zp"}

# Sequences no single code point exercises: marks out of canonical order
# (the iota subscript, a mark that case-folds to a letter, among others),
# marks after ASCII, runs that start and stop, Hangul, and French.
SEQUENCES = [
    "E\u0301conomie",
    "e\u0301\u0301\u0327",
    "\u03b1\u0345\u0313\u0301",
    "\u03b1\u0313\u0345\u0301",
    "\u0391\u0345\u0345\u0300",
    "\u1f88\u0301\u0345",
    "\u0345\u0301",
    "a\u0345b\u0345",
    "A\u0308\u0304\u00c4\u0323",
    "\ufb01nance \ufb02ux \ufb00",
    "Stra\u00dfe STRASSE \u1e9e",
    "\u0130stanbul \u0131",
    "\u03a3\u0399\u03a3\u03a5\u03a6\u039f\u03a3 \u03c2",
    "\u13a0\u13a1 \uab70\uab71",
    "\ud55c\uad6d\uc5b4 \u1100\u1161\u11a8",
    "\u00ab\u00a0\u00c9conomie\u00a0\u00bb\u202f:",
    "Ma\u00eetre d\u2019\u0152uvre, main-d\u2019\u0153uvre",
    "\u00c6sth\u00e9tique et c\u00e6cum",
    "l\u2018a l\u02bcb l'c",
    "\u202ecoop\u202c co\u200dop\ufeff \u00e9co\u00adnomie",
    "\uff23\uff31\uff23\uff2d 7\u1d49 \u2460\u2461 \u216b",
    "a\tb\nc\u000bd\u000ce\rf\u2003g\u2028h\u2029i\u1680j",
    "\u0001\u001f\u007f\u0085\u009f",
    "\U0001d400\U0001d41a \U0001f1eb\U0001f1f7 \U0001f600",
    "ABCDEFGHIJKLMNOPQRSTUVWXYZ@[`{",
]


def fold(text):
    out = []
    for char in unicodedata.normalize("NFKD", text).casefold():
        category = unicodedata.category(char)
        if category in DROPPED:
            continue
        if char in MAPPED:
            out.append(MAPPED[char])
        elif char in ASCII_SPACES or category in SEPARATORS:
            out.append(" ")
        else:
            out.append(char)
    return "".join(out)


def strings(node):
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for key, value in node.items():
            yield key
            yield from strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from strings(value)


def code_points(text):
    return " ".join("%04X" % ord(char) for char in text)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dataset")
    parser.add_argument("-o", "--output", required=True)
    args = parser.parse_args()

    texts = []
    for value in range(1, sys.maxunicode + 1):
        char = chr(value)
        if unicodedata.category(char) not in {"Cn", "Cs", "Co"}:
            texts.append(char)
    with open(args.dataset, encoding="utf-8") as dataset:
        texts.extend(dict.fromkeys(strings(json.load(dataset))))
    texts.extend(SEQUENCES)

    with open(args.output, "w", encoding="ascii") as out:
        out.write("# Unicode %s, Python %s\n" % (unicodedata.unidata_version,
                                                 sys.version.split()[0]))
        for text in texts:
            folded = fold(text)
            # Folding again changes nothing: a folded text can be stored
            # and compared with what is folded later.
            assert fold(folded) == folded, code_points(text)
            out.write("%s;%s\n" % (code_points(text), code_points(folded)))


if __name__ == "__main__":
    main()
