#!/usr/bin/env python3
# Copyright 2026 The Secteurs authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: check-data.py SECTEURS VERSION
#
# Runs the real binary's --check-data and --version as a script would, and
# checks that it says what the loader says, on stderr, with exit status 1.

import os
import pathlib
import subprocess
import sys

secteurs, version = sys.argv[1:]
tests = pathlib.Path(__file__).resolve().parent.parent
bundled = tests.parent / 'data' / 'sectors.json'
bad = tests / 'data' / 'bad'
sector_1 = 'Sector 1 (“insertion-emploi”), '

# File, then what the loader's message says.
refused = [
    (bad / 'bad-email-no-at.json',
     sector_1 + 'field “contact.email”: “richard.gravel” is not a valid email address'),
    (bad / 'missing-contact.json', sector_1 + 'field “contact”: the field is missing'),
    (bad / 'dangling-issue.json',
     sector_1 + 'field “issues[0].issue”: “chomage” is not in the list “issues”'),
    (bad / 'nul-escape.json', 'Line 37, column 26: a text contains the NUL character (\\u0000)'),
    (bad / 'invalid-utf8.json', 'Line 37, column 26: the file is not valid UTF-8 text'),
    (bad / 'format-version-2.json',
     'The dataset, field “format_version”: version 2 is not supported'),
    (bad / 'empty.json', 'The file is empty'),
    (bad / 'no-such-file.json', 'Could not read “'),
]

env = dict(os.environ, LC_ALL='C.UTF-8')
failures = []


def run(*args):
    return subprocess.run([secteurs, *args], env=env, capture_output=True, text=True,
                          timeout=60)


def expect(what, condition, result):
    if not condition:
        failures.append(f'{what}: exit status {result.returncode}\n'
                        f'  stdout: {result.stdout!r}\n  stderr: {result.stderr!r}')


result = run('--check-data', str(bundled))
expect('the bundled dataset', result.returncode == 0 and
       result.stdout == f'{bundled}: valid, 12 sectors\n' and result.stderr == '', result)

for path, message in refused:
    result = run('--check-data', str(path))
    expect(path.name, result.returncode == 1 and result.stdout == '' and
           result.stderr.startswith(f'{path}: ') and message in result.stderr, result)

result = run('--version')
expect('--version', result.returncode == 0 and result.stdout == f'secteurs {version}\n', result)

for failure in failures:
    print(failure, file=sys.stderr)
sys.exit(1 if failures else 0)
