#!/usr/bin/env python3
# Copyright 2026 The Secteurs authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Installs the current build into a temporary DESTDIR and checks that every
file Flatpak exports (and the app needs) is where Flatpak looks for it, then
that the installed binary starts.

Usage: check-install.py --meson MESON… --build-dir DIR --app-id ID
                        [--binary NAME] [--data-file FILE]… [--ninja NINJA]
                        [--appstreamcli APPSTREAMCLI]

The build must be complete (meson compile): meson install runs with
--no-rebuild, since a test may not rebuild the tree the other tests use.
"""

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

failures = []


def fail(message):
    failures.append(message)
    print(f"FAIL: {message}")


def ok(message):
    print(f"ok: {message}")


def run(cmd, **kwargs):
    kwargs.setdefault("stdout", subprocess.PIPE)
    kwargs.setdefault("stderr", subprocess.STDOUT)
    kwargs.setdefault("text", True)
    kwargs.setdefault("timeout", 120)
    return subprocess.run(cmd, **kwargs)


def introspect(meson, build_dir, what):
    out = subprocess.run(meson + ["introspect", what, build_dir],
                         check=True, stdout=subprocess.PIPE, text=True).stdout
    return json.loads(out)


def build_is_complete(ninja, build_dir):
    """Whether ninja has nothing left to build (None when ninja is absent)."""
    if not ninja:
        return None
    res = run([ninja, "-C", build_dir, "-n"])
    return res.returncode == 0 and "no work to do" in res.stdout


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--meson", required=True, nargs="+")
    parser.add_argument("--build-dir", required=True)
    parser.add_argument("--app-id", required=True)
    parser.add_argument("--binary", help="the executable's name (default: the project's)")
    parser.add_argument("--data-file", action="append", default=[],
                        help="the bundled data file; the first that exists is used")
    parser.add_argument("--ninja")
    parser.add_argument("--appstreamcli")
    args = parser.parse_args()

    app_id = args.app_id
    build_dir = os.path.abspath(args.build_dir)
    meson = args.meson

    options = {o["name"]: o["value"]
               for o in introspect(meson, build_dir, "--buildoptions")}
    project = introspect(meson, build_dir, "--projectinfo")
    prefix = options["prefix"]
    version = project["version"]
    name = project["descriptive_name"]
    binary_name = args.binary or name

    def under_prefix(option):
        value = options[option]
        return value if os.path.isabs(value) else os.path.join(prefix, value)

    bindir = under_prefix("bindir")
    datadir = under_prefix("datadir")
    localedir = under_prefix("localedir")

    complete = build_is_complete(args.ninja, build_dir)
    if complete is False:
        print(f"FAIL: {build_dir} is not fully built: run "
              f"'meson compile -C {build_dir}' before this test")
        return 1

    with tempfile.TemporaryDirectory(prefix="secteurs-install-") as destdir:
        env = dict(os.environ)
        env.pop("DESTDIR", None)
        res = run(meson + ["install", "-C", build_dir, "--no-rebuild",
                           "--destdir", destdir], env=env, timeout=300)
        if res.returncode != 0:
            print(res.stdout)
            print(f"FAIL: meson install --destdir exited with {res.returncode}")
            return 1
        ok(f"meson install --destdir (prefix {prefix})")

        def staged(path):
            return os.path.join(destdir, path.lstrip("/"))

        share = staged(datadir)
        expected = {
            "the binary": os.path.join(staged(bindir), binary_name),
            "the desktop file": os.path.join(share, "applications", f"{app_id}.desktop"),
            "the metainfo": os.path.join(share, "metainfo", f"{app_id}.metainfo.xml"),
            "the app icon": os.path.join(share, "icons", "hicolor", "scalable", "apps",
                                         f"{app_id}.svg"),
            "the symbolic icon": os.path.join(share, "icons", "hicolor", "symbolic", "apps",
                                              f"{app_id}-symbolic.svg"),
            "the GSettings schema": os.path.join(share, "glib-2.0", "schemas",
                                                 f"{app_id}.gschema.xml"),
            "the French translation": os.path.join(staged(localedir), "fr", "LC_MESSAGES",
                                                   f"{name}.mo"),
            "the D-Bus service": os.path.join(share, "dbus-1", "services",
                                              f"{app_id}.service"),
            "the licence": os.path.join(share, "licenses", app_id, "COPYING"),
            "the search provider": os.path.join(share, "gnome-shell", "search-providers",
                                                f"{app_id}.search-provider.ini"),
            "the search provider's D-Bus service": os.path.join(
                share, "dbus-1", "services", f"{app_id}.SearchProvider.service"),
            "the search provider's binary": os.path.join(
                staged(prefix), options["libexecdir"], "secteurs-search-provider"),
        }
        for what, path in expected.items():
            shown = os.path.relpath(path, destdir)
            if os.path.isfile(path):
                ok(f"{what}: /{shown}")
            else:
                fail(f"{what} is not installed as /{shown}")

        binary = expected["the binary"]
        if os.path.isfile(binary) and not os.access(binary, os.X_OK):
            fail(f"{binary} is not executable")

        # Flatpak exports only files named after the app id from these
        # folders; anything else would silently stay inside the sandbox.
        for sub in ("applications", "metainfo", "dbus-1/services", "icons"):
            top = os.path.join(share, sub)
            for root, _dirs, files in os.walk(top):
                for f in files:
                    if f in ("icon-theme.cache", "index.theme", "mimeinfo.cache"):
                        continue
                    if not f.startswith(app_id):
                        fail(f"/{os.path.relpath(os.path.join(root, f), destdir)} "
                             f"is not named after {app_id}: Flatpak will not export it")

        service = expected["the D-Bus service"]
        if os.path.isfile(service):
            text = open(service, encoding="utf-8").read()
            want_exec = f"Exec={os.path.join(bindir, binary_name)} --gapplication-service"
            if "[D-BUS Service]" not in text.splitlines():
                fail("the D-Bus service has no [D-BUS Service] group")
            if f"Name={app_id}" not in text.splitlines():
                fail(f"the D-Bus service does not say Name={app_id}")
            if want_exec not in text.splitlines():
                fail(f"the D-Bus service does not say {want_exec}")
            else:
                ok(f"the D-Bus service starts {want_exec[5:]}")

        # The metainfo, desktop file and icons as a software centre sees them.
        if args.appstreamcli:
            res = run([args.appstreamcli, "validate-tree", "--no-net", "--strict",
                       "--explain", staged(prefix)])
            if res.returncode != 0:
                fail(f"appstreamcli validate-tree on the installed tree:\n{res.stdout}")
            else:
                ok("appstreamcli validate-tree accepts the installed tree")

        # The post-install script does not run with a DESTDIR (nor in
        # flatpak-builder's export): compile the schemas as the runtime would.
        schemas = os.path.dirname(expected["the GSettings schema"])
        if os.path.isdir(schemas):
            res = run(["glib-compile-schemas", "--strict", schemas])
            if res.returncode != 0:
                fail(f"glib-compile-schemas --strict on the installed schemas:\n{res.stdout}")
            elif not os.path.isfile(os.path.join(schemas, "gschemas.compiled")):
                fail("glib-compile-schemas made no gschemas.compiled")
            else:
                ok("the installed schemas compile")

        if not os.path.isfile(binary):
            return report()

        env = dict(os.environ)
        env["GSETTINGS_SCHEMA_DIR"] = schemas
        env["XDG_DATA_DIRS"] = share + ":" + env.get("XDG_DATA_DIRS", "/usr/local/share:/usr/share")
        env["GSETTINGS_BACKEND"] = "memory"
        env["LC_ALL"] = "C.UTF-8"
        env.pop("LANGUAGE", None)

        res = run([binary, "--version"], env=env, stderr=subprocess.PIPE, timeout=30)
        want = f"{name} {version}"
        if res.returncode != 0:
            fail(f"{binary} --version exited with {res.returncode}: {res.stderr.strip()}")
        elif res.stdout.strip() != want:
            fail(f"{binary} --version printed {res.stdout.strip()!r}, not {want!r}")
        else:
            ok(f"the installed binary says {want!r}")

        res = run([binary, "--help"], env=env, stderr=subprocess.PIPE, timeout=30)
        if res.returncode != 0:
            fail(f"{binary} --help exited with {res.returncode}: {res.stderr.strip()}")
        elif re.search(r"(^|\s)--check-data(\s|=|$)", res.stdout, re.MULTILINE):
            data = next((d for d in args.data_file if os.path.isfile(d)), None)
            if data is None:
                fail(f"the binary has --check-data but no data file is there: {args.data_file}")
            else:
                res = run([binary, "--check-data", data], env=env, timeout=60)
                if res.returncode != 0:
                    fail(f"{binary} --check-data {data} exited with "
                         f"{res.returncode}:\n{res.stdout}")
                else:
                    ok(f"the installed binary accepts {os.path.basename(data)} (--check-data)")
        else:
            print("note: the binary has no --check-data option yet: not checked")

    return report()


def report():
    if failures:
        print(f"\n{len(failures)} check(s) failed")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
