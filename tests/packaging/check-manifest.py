#!/usr/bin/env python3
# Copyright 2026 The Secteurs authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks the Flatpak manifest against issue 6, and that every place that
names the application uses one and the same app id.

Usage: check-manifest.py --source-root DIR --build-root DIR
                         --desktop-file FILE --service-file FILE --binary NAME
"""

import argparse
import configparser
import json
import os
import re
import sys
import xml.etree.ElementTree as ET

EXPECTED = {
    "runtime": "org.gnome.Platform",
    "runtime-version": "50",
    "sdk": "org.gnome.Sdk",
}
FINISH_ARGS = ["--share=ipc", "--socket=fallback-x11", "--socket=wayland", "--device=dri"]

failures = []


def check(condition, message):
    if condition:
        print(f"ok: {message}")
    else:
        failures.append(message)
        print(f"FAIL: {message}")
    return condition


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def desktop_entry(path):
    parser = configparser.RawConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read_string(read(path), source=path)
    return parser["Desktop Entry"]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--source-root", required=True)
    parser.add_argument("--build-root", required=True)
    parser.add_argument("--desktop-file", required=True, help="the generated one")
    parser.add_argument("--service-file", required=True, help="the generated one")
    parser.add_argument("--binary", required=True, help="the executable's name")
    args = parser.parse_args()
    src = os.path.abspath(args.source_root)

    # The app id, as meson.build defines it: everything else must agree.
    meson_build = read(os.path.join(src, "meson.build"))
    m = re.search(r"^app_id\s*=\s*'([^']+)'\s*$", meson_build, re.MULTILINE)
    if not check(m is not None, "meson.build defines app_id = '…'"):
        return report()
    app_id = m.group(1)
    check(re.fullmatch(r"[A-Za-z_][\w]*(\.[A-Za-z_][\w]*){2,}", app_id) is not None
          and len(app_id) <= 255 and "-" not in app_id,
          f"{app_id} is a valid D-Bus name and reverse-DNS id")

    # --- the manifest ---------------------------------------------------
    manifest_path = os.path.join(src, "flatpak", f"{app_id}.json")
    if not check(os.path.isfile(manifest_path), f"flatpak/{app_id}.json exists"):
        return report()
    try:
        manifest = json.loads(read(manifest_path))
    except json.JSONDecodeError as e:
        check(False, f"the manifest parses as JSON ({e})")
        return report()
    check(isinstance(manifest, dict), "the manifest parses as a JSON object")

    check(manifest.get("id") == app_id, f"manifest id is {app_id} (found {manifest.get('id')!r})")
    check("app-id" not in manifest, "the manifest uses id, not the old app-id")
    check(manifest.get("command") == args.binary,
          f"manifest command is {args.binary} (found {manifest.get('command')!r})")
    for key, value in EXPECTED.items():
        check(manifest.get(key) == value, f"manifest {key} is {value!r} (found {manifest.get(key)!r})")

    finish = manifest.get("finish-args", [])
    check(isinstance(finish, list) and set(finish) == set(FINISH_ARGS),
          f"finish-args are {', '.join(FINISH_ARGS)} (found {finish!r})")
    check(isinstance(finish, list) and len(finish) == len(FINISH_ARGS),
          "finish-args has no extra or repeated entry")

    modules = manifest.get("modules", [])
    check(isinstance(modules, list) and len(modules) == 1, "the manifest has one module")
    app_module = modules[-1] if modules and isinstance(modules[-1], dict) else {}
    check(app_module.get("name") == args.binary, f"the module is named {args.binary}")
    check(app_module.get("buildsystem") == "meson", "the module builds with meson")
    sources = app_module.get("sources", [])
    dirs = [s for s in sources if isinstance(s, dict) and s.get("type") == "dir"]
    check(len(sources) == 1 and len(dirs) == 1, "the module has one source, of type dir")
    if dirs:
        where = os.path.normpath(os.path.join(os.path.dirname(manifest_path), dirs[0].get("path", "")))
        check(where == os.path.normpath(src), f"the dir source ({dirs[0].get('path')!r}) is the checkout")

    # --- the desktop file -----------------------------------------------
    desktop_in = os.path.join(src, "data", f"{app_id}.desktop.in")
    if check(os.path.isfile(desktop_in), f"data/{app_id}.desktop.in exists"):
        entry = desktop_entry(desktop_in)
        check(entry.get("Icon") == app_id, f"the desktop file's Icon= is {app_id}")
        check(entry.get("Exec", "").split()[:1] == [args.binary],
              f"the desktop file's Exec= runs {args.binary}")
        check(entry.get("DBusActivatable") == "true", "the desktop file is DBusActivatable")
    check(os.path.basename(args.desktop_file) == f"{app_id}.desktop",
          f"the generated desktop file is named {app_id}.desktop")
    if os.path.isfile(args.desktop_file):
        check(desktop_entry(args.desktop_file).get("Icon") == app_id,
              "the generated desktop file's Icon= is the app id too")

    # --- the D-Bus service ----------------------------------------------
    check(os.path.basename(args.service_file) == f"{app_id}.service",
          f"the D-Bus service file is named {app_id}.service")
    if check(os.path.isfile(args.service_file), "the D-Bus service file is generated"):
        lines = read(args.service_file).splitlines()
        check(f"Name={app_id}" in lines, f"the D-Bus service's Name= is {app_id}")
        check(any(l.startswith("Exec=") and l.split()[0].endswith("/" + args.binary)
                  for l in lines), f"the D-Bus service's Exec= runs {args.binary}")

    # --- the metainfo ---------------------------------------------------
    metainfo_in = os.path.join(src, "data", f"{app_id}.metainfo.xml.in")
    if check(os.path.isfile(metainfo_in), f"data/{app_id}.metainfo.xml.in exists"):
        root = ET.parse(metainfo_in).getroot()
        check(root.findtext("id") == app_id, f"the metainfo <id> is {app_id}")
        launchables = [l.text for l in root.findall("launchable") if l.get("type") == "desktop-id"]
        check(launchables == [f"{app_id}.desktop"], f"the metainfo launches {app_id}.desktop")
        binaries = [b.text for b in root.findall("provides/binary")]
        check(args.binary in binaries, f"the metainfo provides the binary {args.binary}")
        dbus = [d.text for d in root.findall("provides/dbus")]
        check(all(d == app_id for d in dbus), "the metainfo's D-Bus name, if any, is the app id")
        # Screenshots are served from the repository's main branch.
        raw = "https://raw.githubusercontent.com/economiesociale/secteurs/main/"
        shots = [i.text.strip() for i in root.findall("screenshots/screenshot/image")]
        check(len(shots) > 0 and root.find("screenshots/screenshot").get("type") == "default",
              "the metainfo has screenshots, the default one first")
        for url in shots:
            if url.startswith(raw):
                rel = url[len(raw):]
                check(os.path.isfile(os.path.join(src, rel)), f"the screenshot {rel} is in the tree")
        domain = re.search(r"project\(\s*'([^']+)'", meson_build)
        domain = domain.group(1) if domain else None
        check(root.findtext("translation[@type='gettext']") == domain,
              f"the metainfo names the gettext domain {domain}")

    # --- the GSettings schema -------------------------------------------
    schema_path = os.path.join(src, "data", f"{app_id}.gschema.xml")
    if check(os.path.isfile(schema_path), f"data/{app_id}.gschema.xml exists"):
        root = ET.parse(schema_path).getroot()
        ids = [s.get("id") for s in root.findall("schema")]
        check(app_id in ids, f"the schema {app_id} is defined")
        check(all(i == app_id or i.startswith(app_id + ".") for i in ids),
              "every schema id starts with the app id")
        base = "/" + app_id.replace(".", "/") + "/"
        check(all((s.get("path") or base).startswith(base) for s in root.findall("schema")),
              f"every schema path is under {base}")

    # --- the icons --------------------------------------------------------
    icons = os.path.join(src, "data", "icons", "hicolor")
    for rel in (f"scalable/apps/{app_id}.svg", f"symbolic/apps/{app_id}-symbolic.svg"):
        check(os.path.isfile(os.path.join(icons, rel)), f"the icon data/icons/hicolor/{rel} exists")
    for root_dir, _dirs, files in os.walk(icons):
        for f in files:
            if f.endswith((".svg", ".png")):
                check(f.startswith(app_id), f"the icon {f} is named after the app id")

    # --- the C code -------------------------------------------------------
    check(re.search(r"config\.set_quoted\(\s*'APP_ID'\s*,\s*app_id\s*\)", meson_build) is not None,
          "meson.build passes app_id to config.h as APP_ID")
    config_h = os.path.join(args.build_root, "config.h")
    if check(os.path.isfile(config_h), "config.h is generated"):
        check(f'#define APP_ID "{app_id}"' in read(config_h).splitlines(),
              f'config.h defines APP_ID "{app_id}"')
    m = re.search(r"^resource_base\s*=\s*'([^']+)'", meson_build, re.MULTILINE)
    if m:
        check(m.group(1) == "/" + app_id.replace(".", "/"),
              "resource_base is the app id as a path")
    # No source file spells out an app id of its own instead of APP_ID.
    dotted = re.compile(r'"(io\.github\.[\w.]+)')
    for root_dir, _dirs, files in os.walk(os.path.join(src, "src")):
        for f in files:
            if not f.endswith((".c", ".h", ".ui")):
                continue
            path = os.path.join(root_dir, f)
            for found in dotted.findall(read(path)):
                if found != app_id and not found.startswith(app_id + "."):
                    check(False, f"{os.path.relpath(path, src)} names {found}, not {app_id}")

    return report()


def report():
    if failures:
        print(f"\n{len(failures)} check(s) failed")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
