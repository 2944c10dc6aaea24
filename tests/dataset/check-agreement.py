#!/usr/bin/env python3
# Copyright 2026 The Secteurs authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Check that the loader accepts no file that the JSON Schema rejects.

Usage: check-agreement.py SECTEURS SCHEMA FILE_OR_DIRECTORY...

Runs each file (each *.json of each directory) through `SECTEURS
--check-data` and through the schema (python3-jsonschema), and fails for
each file the loader accepts and the schema rejects; a file that is not
JSON to Python counts as rejected. Files the loader refuses and the schema
accepts are the
checks a schema cannot express (unique ids, references, email addresses,
duplicate keys): they are listed, not failures.
"""

import json
import os
import pathlib
import subprocess
import sys


def schema_errors(validator, path):
    """The schema's objections to @path, or a reason it is not JSON."""
    try:
        # The loader skips a byte-order mark, as RFC 8259 lets parsers do.
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        return [f"not JSON: {error}"]
    errors = []
    for error in validator.iter_errors(data):
        where = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error.absolute_path)
        errors.append(f"{where or '(root)'}: {error.message}")
    return errors


def loader_accepts(secteurs, path):
    result = subprocess.run([secteurs, "--check-data", str(path)], capture_output=True,
                            text=True, timeout=60,
                            env=dict(os.environ, LC_ALL="C.UTF-8"))
    if result.returncode not in (0, 1):
        raise RuntimeError(f"{path}: --check-data exited with {result.returncode}: "
                           f"{result.stderr.strip()}")
    return result.returncode == 0, (result.stdout + result.stderr).strip()


def main(argv):
    if len(argv) < 4:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    secteurs, schema_path = argv[1], argv[2]

    from jsonschema import Draft202012Validator

    schema = json.loads(pathlib.Path(schema_path).read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    validator = Draft202012Validator(schema)

    paths = []
    for argument in map(pathlib.Path, argv[3:]):
        paths.extend(sorted(argument.glob("*.json")) if argument.is_dir() else [argument])

    failures = 0
    for path in paths:
        accepted, said = loader_accepts(secteurs, path)
        errors = schema_errors(validator, path)
        if accepted and errors:
            failures += 1
            print(f"FAIL {path}: the loader accepts it, the schema does not:", file=sys.stderr)
            for error in errors:
                print(f"    {error}", file=sys.stderr)
        elif not accepted and not errors:
            print(f"ok   {path}: refused by the loader only: {said}")
        else:
            print(f"ok   {path}: {'accepted' if accepted else 'refused'} by both")

    print(f"{len(paths)} files, {failures} where the loader is looser than the schema")
    return 1 if failures or not paths else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
