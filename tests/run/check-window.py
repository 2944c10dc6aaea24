#!/usr/bin/env python3
# Copyright 2026 The Secteurs authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks the window that `build-aux/dev run` shows, as a person would.

On the X display in DISPLAY: waits for a mapped window titled « Secteurs »,
checks that it stays mapped for 5 seconds and that the icon it gives the
window manager (the taskbar's) is the app's, reads its labels through
AT-SPI and checks that they are in the expected language, then closes it
with its close button. tests/run/check-run starts the app and this script side by
side; it needs no session bus of its own: libatspi finds the app's
accessibility bus through the AT_SPI_BUS property of the X root window.

Usage: check-window.py --language en|fr [--timeout SECONDS]
"""

import argparse
import subprocess
import sys
import time

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi  # noqa: E402

STAYS_UP = 5.0

# Labels the window shows at start, in English and as po/fr.po has them.
# Each language's labels must all be there, and none of the other's.
LABELS = {
    "en": ["Search sectors", "Issues", "Main Menu", "Phone"],
    "fr": ["Rechercher des secteurs", "Enjeux", "Menu principal", "Téléphone"],
}
# The window's close button is GTK's, named in GTK's own catalogue.
CLOSE = {"en": "Close", "fr": "Fermer"}

# Two colours of the app's icon (data/icons/hicolor/scalable/apps/), which
# no fallback icon has: its orange and its purple.
ICON_COLOURS = [(0xFF, 0x78, 0x00), (0x91, 0x41, 0xAC)]


def mapped_windows():
    """The ids of the mapped top-level windows titled « Secteurs »."""
    res = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "^Secteurs$"],
                         capture_output=True, text=True, check=False)
    return set(res.stdout.split())


def wait_for_window(timeout):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        windows = mapped_windows()
        if windows:
            return windows
        time.sleep(0.2)
    return set()


def icon_shows_app_colours(window):
    """Whether the window's _NET_WM_ICON has the app icon's colours."""
    res = subprocess.run(["xprop", "-notype", "-f", "_NET_WM_ICON", "32c", "=$0+",
                          "-id", window, "_NET_WM_ICON"],
                         capture_output=True, text=True, check=False)
    if "=" not in res.stdout:
        return False
    values = [int(v) for v in res.stdout.split("=", 1)[1].split(",") if v.strip()]
    # Width, height, then that many ARGB pixels, for each size.
    pixels = values[2:2 + values[0] * values[1]] if len(values) > 2 else []

    def count(colour):
        return sum(1 for p in pixels
                   if p >> 24 > 200 and all(abs((p >> shift & 0xFF) - c) < 40
                                            for shift, c in zip((16, 8, 0), colour)))
    return all(count(colour) >= 20 for colour in ICON_COLOURS)


def walk(accessible, depth=0):
    """Every accessible under ACCESSIBLE, itself first."""
    yield accessible
    if depth > 60:
        return
    for i in range(accessible.get_child_count()):
        child = accessible.get_child_at_index(i)
        if child is not None:
            yield from walk(child, depth + 1)


def find_frame():
    """The accessible of the « Secteurs » window, or None."""
    desktop = Atspi.get_desktop(0)
    for i in range(desktop.get_child_count()):
        app = desktop.get_child_at_index(i)
        if app is None:
            continue
        for j in range(app.get_child_count()):
            window = app.get_child_at_index(j)
            if window is not None and window.get_name() == "Secteurs":
                return window
    return None


def read_names(timeout):
    """The accessible names in the window, once its labels are there."""
    deadline = time.monotonic() + timeout
    names = set()
    while time.monotonic() < deadline:
        try:
            frame = find_frame()
            if frame is not None:
                names = {a.get_name() for a in walk(frame)}
                if any(label in names for labels in LABELS.values() for label in labels):
                    return frame, names
        except gi.repository.GLib.Error as error:
            print(f"note: AT-SPI: {error.message}", file=sys.stderr)
        time.sleep(0.5)
    return None, names


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--language", choices=sorted(LABELS), required=True)
    parser.add_argument("--timeout", type=float, default=120,
                        help="how long to wait for the window to map")
    args = parser.parse_args()
    failures = []

    windows = wait_for_window(args.timeout)
    if not windows:
        print(f"FAIL: no « Secteurs » window mapped within {args.timeout:.0f} s")
        return 1
    mapped_at = time.monotonic()
    print(f"ok: the « Secteurs » window is mapped ({', '.join(sorted(windows))})")

    while time.monotonic() - mapped_at < STAYS_UP:
        time.sleep(0.5)
        if not windows & mapped_windows():
            print(f"FAIL: the window went away after {time.monotonic() - mapped_at:.1f} s")
            return 1
    print(f"ok: the window stays mapped for {STAYS_UP:.0f} s")

    if any(icon_shows_app_colours(window) for window in windows):
        print("ok: the window's icon is the app's")
    else:
        failures.append("the window's icon is not the app's (no _NET_WM_ICON with its colours)")

    frame, names = read_names(30)
    if frame is None:
        print("FAIL: the window is not on the accessibility bus, or shows none of "
              f"the expected labels; its names: {sorted(n for n in names if n)}")
        return 1
    for language, labels in LABELS.items():
        for label in labels:
            if language == args.language and label not in names:
                failures.append(f"« {label} » is not shown")
            elif language != args.language and label in names:
                failures.append(f"« {label} » is shown, in the wrong language")
    if not failures:
        print(f"ok: the window's labels are in {args.language}: "
              + ", ".join(f"« {label} »" for label in LABELS[args.language]))

    # Closing the window ends the app, and `build-aux/dev run` with it.
    close = next((a for a in walk(frame)
                  if a.get_role() == Atspi.Role.BUTTON and a.get_name() == CLOSE[args.language]),
                 None)
    if close is None:
        failures.append(f"the window has no « {CLOSE[args.language]} » button")
    else:
        close.get_action_iface().do_action(0)
        print(f"ok: closed the window with its « {CLOSE[args.language]} » button")

    for failure in failures:
        print(f"FAIL: {failure}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
