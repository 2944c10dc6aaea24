#!/usr/bin/env python3
# Copyright 2026 The Secteurs authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The sandbox half that the manifest cannot show (tests/packaging checks
# its finish-args): the application starts no process. Emails and exports
# go through GtkUriLauncher and GtkFileDialog, which use the desktop's
# portals inside Flatpak; anything that spawns would bypass them.
#
# Usage: check-no-spawn.py SRC-DIR

import pathlib
import re
import sys

FORBIDDEN = re.compile(
    r'\bg_spawn_\w+'
    r'|\bg_subprocess_\w+|\bGSubprocess\w*'
    r'|\b(?:system|popen|fork|vfork|daemon|posix_spawnp?'
    r'|execl[ep]?|execv[ep]?|execvpe|fexecve)\s*\('
    r'|\bg_app_info_launch\w*|\bg_app_info_create_from_commandline\b'
    r'|\bg_desktop_app_info_\w+|\bgtk_show_uri\w*'
    r'|\bxdg-open\b|\bxdg-email\b|\bgio\s+open\b')

# What the application must use instead, so that the check is not vacuous.
REQUIRED = ['gtk_uri_launcher_launch', 'gtk_file_dialog_save']

COMMENT = re.compile(r'/\*.*?\*/|//[^\n]*', re.S)


def strip_comments(text):
    """Blanks comments out, keeping line numbers."""
    return COMMENT.sub(lambda m: re.sub(r'[^\n]', ' ', m.group()), text)


def self_test():
    for line in ['g_spawn_async (NULL, argv, NULL, 0, NULL, NULL, NULL, &e);',
                 'g_subprocess_new (0, &e, "ls", NULL);', 'GSubprocessLauncher *l;',
                 'system ("ls");', 'popen (cmd, "r")', 'execvp (argv[0], argv);',
                 'posix_spawn (&pid, path, NULL, NULL, argv, env);',
                 'g_app_info_launch_default_for_uri (uri, NULL, NULL);',
                 'gtk_show_uri (window, uri, 0);', 'const char *cmd = "xdg-open";']:
        assert FORBIDDEN.search(line), line
    for line in ['gtk_uri_launcher_launch (launcher, window, NULL, cb, self);',
                 'gtk_file_dialog_save (dialog, window, NULL, cb, self);',
                 'the_system = 1;', 'sct_export_mailto (sectors);']:
        assert not FORBIDDEN.search(line), line
    assert FORBIDDEN.search(strip_comments('/* system ("x") */')) is None


def main():
    self_test()
    src = pathlib.Path(sys.argv[1])
    found = []
    used = set()
    files = sorted(p for p in src.rglob('*') if p.suffix in ('.c', '.h', '.ui', '.xml', '.in'))
    assert files, f'no sources under {src}'

    for path in files:
        text = strip_comments(path.read_text(encoding='utf-8'))
        for number, line in enumerate(text.splitlines(), start=1):
            match = FORBIDDEN.search(line)
            if match:
                found.append(f'{path}:{number}: {match.group()}: {line.strip()}')
            used.update(name for name in REQUIRED if name in line)

    for problem in found:
        print(problem)
    for name in REQUIRED:
        if name not in used:
            print(f'{src}: no call to {name}: how does the app reach the portals now?')
    if found or used != set(REQUIRED):
        return 1

    print(f'{len(files)} files, no process started; portals through {", ".join(REQUIRED)}')
    return 0


if __name__ == '__main__':
    sys.exit(main())
