#!/usr/bin/env python3
# Copyright 2026 The Secteurs authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Generates 10 000 sectors and checks that `secteurs --check-data` takes
them all. Usage: check-generated.py GENERATOR SECTEURS OUTDIR"""

import os
import subprocess
import sys

SECTORS = 10000

generator, secteurs, outdir = sys.argv[1:4]
path = os.path.join(outdir, f"check-{SECTORS}.json")

subprocess.run([sys.executable, generator, "--sectors", str(SECTORS), "--seed", "1",
                "-o", path], check=True)
result = subprocess.run([secteurs, "--check-data", path], capture_output=True, text=True)
os.remove(path)

print(result.stdout + result.stderr, end="")
if result.returncode != 0:
    sys.exit(f"secteurs refused the generated dataset (exit status {result.returncode})")
if f"valid, {SECTORS} sectors" not in result.stdout:
    sys.exit(f"secteurs did not report {SECTORS} sectors")
