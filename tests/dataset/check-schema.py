#!/usr/bin/env python3
# Copyright 2026 The Secteurs authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Validate the bundled dataset against its JSON Schema.

Usage: check-schema.py DATA SCHEMA

Prints every validation error (with the path of the offending value) and
exits 1 if there is any; exits 0 when DATA is valid.
"""

import json
import sys


def load(path, what):
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        print(f"{path}: cannot read the {what}: {e}", file=sys.stderr)
        sys.exit(1)


def location(error):
    path = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error.absolute_path)
    return "(root)" if not path else path.lstrip(".")


def main(argv):
    if len(argv) != 3:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    data_path, schema_path = argv[1], argv[2]

    try:
        from jsonschema import Draft202012Validator
    except ImportError:
        print("check-schema: python3-jsonschema is not installed", file=sys.stderr)
        return 1

    schema = load(schema_path, "schema")
    data = load(data_path, "data")

    try:
        Draft202012Validator.check_schema(schema)
    except Exception as e:  # jsonschema.exceptions.SchemaError
        print(f"{schema_path}: not a valid draft 2020-12 schema: {e}", file=sys.stderr)
        return 1

    validator = Draft202012Validator(schema)
    errors = sorted(validator.iter_errors(data), key=lambda e: list(map(str, e.absolute_path)))
    for error in errors:
        print(f"{data_path}: {location(error)}: {error.message}", file=sys.stderr)
        # oneOf failures hide the useful reason one level down.
        for sub in sorted(error.context or [], key=lambda e: list(map(str, e.absolute_path))):
            print(f"    {location(sub)}: {sub.message}", file=sys.stderr)
    if errors:
        print(f"{data_path}: {len(errors)} schema error(s)", file=sys.stderr)
        return 1
    print(f"{data_path}: valid against {schema_path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
