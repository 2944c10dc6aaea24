#!/usr/bin/env python3
# Copyright 2026 The Secteurs authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""The flatpak test phase (issue 25): builds the manifest as committed on a
stand-in GNOME runtime (build-aux/flatpak-runtime), bundles it, installs the
bundle into an empty user installation and checks the app in its sandbox:
its command line, what it may and may not see, its window in English and
French, its search provider as GNOME Shell starts it over D-Bus, and what
the installation exports.

Writes one line per check to LOG, in the format of meson's testlog.json, so
that build-aux/run-tests counts them with the other phases.

Usage: check-flatpak.py --work-dir DIR --log LOG
Runs as root or as a user who may run sudo (for the runtime's root).
"""

import argparse
import configparser
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
import traceback

SRCDIR = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BRANCH = "50"
# The permissions of issue 6, as tests/packaging/check-manifest.py has them:
# the metadata [Context] key each lands in, and the finish-arg that sets it.
PERMISSIONS = {
    ("shared", "ipc"): "--share=ipc",
    ("sockets", "fallback-x11"): "--socket=fallback-x11",
    ("sockets", "wayland"): "--socket=wayland",
    ("devices", "dri"): "--device=dri",
}
SEARCH_TERMS = ["alimentaire"]
FOOD_SECTORS = {"autonomie-alimentaire-premieres-nations",
                "poles-logistiques-alimentation", "production-agricole"}
# GLib's format for warnings and criticals, and flatpak's for its errors.
WARNING_RE = re.compile(r"-(WARNING|CRITICAL) \*\*|^error:", re.MULTILINE)


class Failure(Exception):
    """A check that failed, with the message that says why."""


class Skipped(Exception):
    """A check that cannot run because an earlier step failed."""


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def tail(text, lines=30):
    return "\n".join(text.rstrip().splitlines()[-lines:])


def key_file(path):
    parser = configparser.RawConfigParser(interpolation=None, strict=False)
    parser.optionxform = str
    parser.read_string(read(path), source=path)
    return parser


class Phase:
    def __init__(self, work, log):
        self.work = work
        self.log = log
        self.results = []
        meson_build = read(os.path.join(SRCDIR, "meson.build"))
        self.app_id = re.search(r"^app_id\s*=\s*'([^']+)'", meson_build, re.MULTILINE).group(1)
        self.name = re.search(r"project\(\s*'([^']+)'", meson_build).group(1)
        self.project_version = re.search(r"version:\s*'([^']+)'", meson_build).group(1)
        self.manifest = os.path.join("flatpak", self.app_id + ".json")
        self.installation = os.path.join(work, "installation")
        self.home = os.path.join(work, "home")
        self.runtime = os.path.join(
            os.environ.get("SECTEURS_ROOT_CACHE", "/var/cache/secteurs"), "flatpak-runtime")
        self.runtime_dir = tempfile.mkdtemp(prefix="secteurs-flatpak-")
        self.env = {
            "PATH": "/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin",
            "HOME": self.home,
            "LANG": "C.UTF-8",
            "FLATPAK_USER_DIR": self.installation,
            # The stand-in runtime, installed once as a desktop has Flathub's.
            "FLATPAK_SYSTEM_DIR": os.path.join(self.runtime, "installation"),
            "XDG_RUNTIME_DIR": self.runtime_dir,
            # Where GNOME Shell's session finds exported apps and services.
            "XDG_DATA_DIRS": os.path.join(self.installation, "exports", "share")
                             + ":/usr/local/share:/usr/share",
        }
        self.built = False
        self.installed = False
        self.xvfb = None
        self.bus = None
        self.session = False

    # --- running things ---------------------------------------------------

    def run(self, cmd, timeout=120, env=None, **kwargs):
        full_env = dict(self.env)
        full_env.update(env or {})
        kwargs.setdefault("stdout", subprocess.PIPE)
        kwargs.setdefault("stderr", subprocess.PIPE)
        return subprocess.run(cmd, env=full_env, text=True, timeout=timeout, **kwargs)

    def flatpak_run(self, args, env=None, timeout=120):
        """flatpak run with the app's own permissions plus ARGS' options."""
        return self.run(["flatpak", "run"] + args, env=env, timeout=timeout)

    def must(self, what, res):
        if res.returncode != 0:
            raise Failure(f"{what} exited with {res.returncode}:\n"
                          f"{tail((res.stdout or '') + (res.stderr or ''))}")
        return res

    def step(self, name, func, needs=None):
        start = time.monotonic()
        output = ""
        try:
            if needs is not None and not needs():
                raise Skipped("not run: an earlier step failed")
            output = func() or ""
            result = "OK"
            print(f"ok: {name}" + (f": {output}" if output else ""))
        except Skipped as e:
            result, output = "SKIP", str(e)
            print(f"SKIP: {name}: {output}")
        except Failure as e:
            result, output = "FAIL", str(e)
            print(f"FAIL: {name}: {output}")
        except Exception:  # a bug in this script or a tool gone missing
            result, output = "FAIL", traceback.format_exc()
            print(f"FAIL: {name}:\n{output}")
        sys.stdout.flush()
        self.results.append({"name": f"flatpak: {name}", "result": result,
                             "duration": round(time.monotonic() - start, 2),
                             "stdout": output})

    def write_log(self):
        os.makedirs(os.path.dirname(self.log), exist_ok=True)
        with open(self.log, "w", encoding="utf-8") as log:
            for result in self.results:
                log.write(json.dumps(result) + "\n")

    # --- build, bundle, install -------------------------------------------

    def ensure_runtime(self):
        """The stand-in runtime, made once per change of its package list,
        and a new, empty user installation."""
        out = os.path.join(self.work, "runtime.log")
        with open(out, "w", encoding="utf-8") as f:
            res = subprocess.run([os.path.join(SRCDIR, "build-aux", "flatpak-runtime")],
                                 stdout=f, stderr=subprocess.STDOUT, timeout=3600)
        if res.returncode != 0:
            raise Failure(f"build-aux/flatpak-runtime failed (whole log: {out}):\n{tail(read(out))}")
        for path in (self.installation, self.home):
            shutil.rmtree(path, ignore_errors=True)
            os.makedirs(path)
        for ref in (f"org.gnome.Platform//{BRANCH}", f"org.gnome.Sdk//{BRANCH}"):
            self.must(f"flatpak info {ref}", self.run(["flatpak", "info", "--system", ref]))
        return (f"org.gnome.Platform//{BRANCH} and org.gnome.Sdk//{BRANCH} in "
                f"{self.env['FLATPAK_SYSTEM_DIR']}")

    def build(self):
        # A copy of the checkout as a clone has it, with any uncommitted
        # change: not the build trees of the other phases, which the
        # manifest's dir source would otherwise copy in.
        source = os.path.join(self.work, "source")
        shutil.rmtree(source, ignore_errors=True)

        def ignore(folder, names):
            if os.path.samefile(folder, SRCDIR):
                return [n for n in names
                        if n.startswith(("_build", ".git", ".flatpak-builder", "_flatpak"))
                        or n == "repo" or n.endswith(".flatpak")]
            return []

        shutil.copytree(SRCDIR, source, symlinks=True, ignore=ignore)
        repo = os.path.join(self.work, "repo")
        shutil.rmtree(repo, ignore_errors=True)
        self.must("ostree init", self.run(["ostree", "init", "--mode=bare-user-only",
                                           "--repo=" + repo]))
        out = os.path.join(self.work, "flatpak-builder.log")
        with open(out, "w", encoding="utf-8") as f:
            res = self.run(["flatpak-builder", "--user", "--force-clean", "--disable-rofiles-fuse",
                            "--state-dir=" + os.path.join(self.work, "state"),
                            "--repo=" + repo, os.path.join(self.work, "build-dir"),
                            self.manifest],
                           cwd=source, stdout=f, stderr=subprocess.STDOUT, timeout=1800)
        if res.returncode != 0:
            raise Failure(f"flatpak-builder did not build {self.manifest} "
                          f"(whole log: {out}):\n{tail(read(out))}")
        self.built = True
        return f"flatpak-builder built {self.manifest} into {repo}"

    def bundle_and_install(self):
        bundle = os.path.join(self.work, self.name + ".flatpak")
        self.must("flatpak build-bundle", self.run(
            ["flatpak", "build-bundle", os.path.join(self.work, "repo"), bundle, self.app_id]))
        self.must("flatpak install (the bundle)", self.run(
            ["flatpak", "install", "--user", "--noninteractive", "--bundle", bundle]))
        self.must("flatpak info", self.run(["flatpak", "info", "--user", self.app_id]))
        self.installed = True
        return f"{os.path.basename(bundle)} ({os.path.getsize(bundle) // 1024} KiB) installed"

    # --- in the sandbox -----------------------------------------------------

    def version(self):
        res = self.must("secteurs --version", self.flatpak_run([self.app_id, "--version"]))
        want = f"{self.name} {self.project_version}"
        if res.stdout.strip() != want:
            raise Failure(f"--version printed {res.stdout.strip()!r}, not {want!r}")
        return want

    def data_files(self):
        """A copy of the bundled data where the app may read it, and another
        where it may not."""
        files = {}
        for where in ("allowed", "outside"):
            folder = os.path.join(self.work, "host-files", where)
            os.makedirs(folder, exist_ok=True)
            files[where] = os.path.join(folder, "sectors.json")
            shutil.copyfile(os.path.join(SRCDIR, "data", "sectors.json"), files[where])
        return files

    def check_data(self):
        data = self.data_files()["allowed"]
        allow = f"--filesystem={data}:ro"
        res = self.must("secteurs --check-data", self.flatpak_run(
            [allow, self.app_id, "--check-data", data]))
        if res.stdout.strip() != f"{data}: valid, 12 sectors":
            raise Failure(f"--check-data printed {res.stdout.strip()!r}")
        before = read(data)
        res = self.flatpak_run([allow, "--command=sh", self.app_id, "-c", 'echo >> "$1"', "sh", data])
        if res.returncode == 0 or read(data) != before:
            raise Failure(f"the app could write to {data}, passed read-only")
        return f"{res.stderr.strip()} (and it reads it)"

    def outside_refused(self):
        data = self.data_files()["outside"]
        res = self.flatpak_run([self.app_id, "--check-data", data])
        want = f"{data}: Could not read “{data}”: "
        if res.returncode == 0:
            raise Failure(f"the app read {data}, which no permission gives it")
        if not res.stderr.startswith(want) or "No such file or directory" not in res.stderr:
            raise Failure(f"the error does not say the file is out of reach: {res.stderr.strip()!r}")
        return res.stderr.strip()

    def network(self):
        res = self.must("cat /proc/net/dev", self.flatpak_run(
            ["--command=cat", self.app_id, "/proc/net/dev"]))
        interfaces = [line.split(":")[0].strip() for line in res.stdout.splitlines()[2:]]
        if interfaces != ["lo"]:
            raise Failure(f"the sandbox has the network interfaces {interfaces}, not only lo")
        return "only lo"

    def seccomp(self):
        # 2 is SECCOMP_MODE_FILTER: flatpak's filter, which blocks the
        # system calls a sandbox escape would need (ptrace, new user
        # namespaces, TIOCSTI…).
        res = self.must("cat /proc/self/status", self.flatpak_run(
            ["--command=cat", self.app_id, "/proc/self/status"]))
        mode = re.search(r"^Seccomp:\s*(\d+)", res.stdout, re.MULTILINE)
        if not mode or mode.group(1) != "2":
            raise Failure("the sandbox runs without a seccomp filter: "
                          + (mode.group(0) if mode else "no Seccomp line in /proc/self/status"))
        return "Seccomp: 2 (filter)"

    def host_hidden(self):
        marker = os.path.join(self.home, "host-only")
        with open(marker, "w", encoding="utf-8") as f:
            f.write("a file in the host's home\n")
        paths = [marker, os.path.join(SRCDIR, "meson.build")]
        res = self.must("sh", self.flatpak_run(
            ["--command=sh", self.app_id, "-c", 'for f; do test -e "$f" && echo "$f"; done; true',
             "sh"] + paths))
        seen = res.stdout.split()
        if seen:
            raise Failure(f"the sandbox sees host paths: {', '.join(seen)}")
        return "neither the home's files nor the checkout"

    def window(self, locale):
        """Starts the app as a desktop would and waits for its window."""
        env = {"LC_ALL": locale, "GSK_RENDERER": "cairo"}
        stderr_path = os.path.join(self.work, f"window-{locale}.log")
        with open(stderr_path, "w+", encoding="utf-8") as err:
            app = subprocess.Popen(["flatpak", "run", self.app_id], env={**self.env, **env},
                                   stdout=subprocess.DEVNULL, stderr=err, text=True)
            mapped = False
            deadline = time.monotonic() + 60
            try:
                while time.monotonic() < deadline and app.poll() is None:
                    res = self.run(["xdotool", "search", "--onlyvisible", "--name", "^Secteurs$"])
                    if res.returncode == 0 and res.stdout.strip():
                        mapped = True
                        break
                    time.sleep(0.2)
                # What it logs while drawing its first frames counts too.
                time.sleep(2 if mapped else 0)
                exited = app.poll()
            finally:
                self.run(["flatpak", "kill", self.app_id])
                try:
                    app.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    app.kill()
                    app.wait()
            err.seek(0)
            stderr = err.read()
        if not mapped:
            how = f"exited with {exited}" if exited is not None else "showed none in 60 s"
            raise Failure(f"no window mapped under {locale}: flatpak run {how}:\n{tail(stderr)}")
        if WARNING_RE.search(stderr):
            raise Failure(f"warnings under {locale}:\n{tail(stderr)}")
        return f"the window maps under {locale}, no warning"

    def french(self):
        data = self.data_files()["allowed"]
        res = self.must("secteurs --check-data (French)", self.flatpak_run(
            [f"--filesystem={data}:ro", self.app_id, "--check-data", data],
            env={"LC_ALL": "fr_CA.UTF-8"}))
        if "valide, 12 secteurs" not in res.stdout:
            raise Failure(f"the app does not speak French in its sandbox: {res.stdout.strip()!r}")
        return res.stdout.strip()

    def search_provider(self):
        """As GNOME Shell does: the provider named by the exported .ini,
        started by D-Bus from the exported service, which runs flatpak."""
        from gi.repository import Gio, GLib

        share = os.path.join(self.installation, "exports", "share")
        ini_path = os.path.join(share, "gnome-shell", "search-providers",
                                self.app_id + ".search-provider.ini")
        if not os.path.isfile(ini_path):
            raise Failure(f"the installation exports no search provider ({ini_path})")
        provider = key_file(ini_path)["Shell Search Provider"]
        bus_name, path = provider["BusName"], provider["ObjectPath"]
        service_path = os.path.join(share, "dbus-1", "services", bus_name + ".service")
        if not os.path.isfile(service_path):
            raise Failure(f"the installation exports no D-Bus service for {bus_name}")
        exec_line = key_file(service_path)["D-BUS Service"]["Exec"]
        if shlex.split(exec_line)[1:2] != ["run"]:
            raise Failure(f"the exported {bus_name} service does not go through flatpak run: {exec_line}")

        bus = Gio.DBusConnection.new_for_address_sync(
            self.env["DBUS_SESSION_BUS_ADDRESS"],
            Gio.DBusConnectionFlags.AUTHENTICATION_CLIENT
            | Gio.DBusConnectionFlags.MESSAGE_BUS_CONNECTION, None, None)

        def call(method, args, reply_type):
            try:
                return bus.call_sync(bus_name, path, "org.gnome.Shell.SearchProvider2", method,
                                     args, GLib.VariantType(reply_type), Gio.DBusCallFlags.NONE,
                                     60000, None).unpack()[0]
            except GLib.Error as e:
                raise Failure(f"{method} on {bus_name}: {e.message}") from None

        ids = call("GetInitialResultSet", GLib.Variant("(as)", (SEARCH_TERMS,)), "(as)")
        if set(ids) != FOOD_SECTORS:
            raise Failure(f"GetInitialResultSet({SEARCH_TERMS}) gave {ids}, "
                          f"not {sorted(FOOD_SECTORS)}")
        metas = call("GetResultMetas", GLib.Variant("(as)", (ids,)), "(aa{sv})")
        named = {m.get("id"): m.get("name") for m in metas}
        if set(named) != FOOD_SECTORS or not all(named.values()):
            raise Failure(f"GetResultMetas gave {metas}")
        bus.close_sync(None)
        return "; ".join(f"{i}: {named[i]}" for i in ids)

    # --- what the installation holds ----------------------------------------

    def active(self, *parts):
        return os.path.join(self.installation, "app", self.app_id, "current", "active", *parts)

    def permissions(self):
        metadata = key_file(self.active("metadata"))
        context = metadata["Context"] if metadata.has_section("Context") else {}
        granted = {(key, value) for key, values in context.items()
                   for value in values.split(";") if value}
        # flatpak writes x11 beside fallback-x11, for versions that predate
        # it; newer ones drop x11 when there is a Wayland display.
        if ("sockets", "fallback-x11") in granted:
            granted.discard(("sockets", "x11"))
        problems = [f"it lacks {key}={value} (finish-args {arg})"
                    for (key, value), arg in PERMISSIONS.items() if (key, value) not in granted]
        problems += [f"it has {key}={value}, which issue 6 does not grant"
                     for key, value in sorted(granted - set(PERMISSIONS))]
        problems += [f"it has a [{group}] policy, which issue 6 does not grant"
                     for group in metadata.sections() if group.endswith("Bus Policy")]
        if problems:
            raise Failure("the installed app's permissions are not the four of the manifest: "
                          + "; ".join(problems))
        return ", ".join(f"{k}={v}" for k, v in PERMISSIONS)

    def exports(self):
        share = os.path.join(self.installation, "exports", "share")
        problems = []
        desktop = os.path.join(share, "applications", self.app_id + ".desktop")
        if not os.path.isfile(desktop):
            problems.append(f"no desktop file exported ({desktop})")
        else:
            argv = shlex.split(key_file(desktop)["Desktop Entry"]["Exec"])
            if (os.path.basename(argv[0]) != "flatpak" or argv[1:2] != ["run"]
                    or f"--command={self.name}" not in argv or self.app_id not in argv):
                problems.append(f"the desktop file's Exec does not run {self.name} "
                                f"through flatpak run: {shlex.join(argv)}")
        service = os.path.join(share, "dbus-1", "services", self.app_id + ".service")
        if not os.path.isfile(service):
            problems.append(f"no D-Bus service exported for {self.app_id} (DBusActivatable)")
        for icon in (f"scalable/apps/{self.app_id}.svg", f"symbolic/apps/{self.app_id}-symbolic.svg"):
            if not os.path.isfile(os.path.join(share, "icons", "hicolor", icon)):
                problems.append(f"the icon {icon} is not exported")
        if problems:
            raise Failure("; ".join(problems))
        return "desktop file through flatpak run, D-Bus service, both icons"

    def translations(self):
        # flatpak-builder moves translations to an ID.Locale extension unless
        # the manifest keeps them in the app.
        mo = os.path.join("fr", "LC_MESSAGES", self.name + ".mo")
        places = [self.active("files", "share", "locale", mo),
                  os.path.join(self.installation, "runtime", self.app_id + ".Locale",
                               self.env_arch(), "master", "active", "files", "fr", "share", mo)]
        found = [p for p in places if os.path.isfile(p)]
        if not found:
            raise Failure(f"the French {self.name}.mo is not installed: looked for "
                          + " and ".join(places))
        return os.path.relpath(found[0], self.installation)

    def env_arch(self):
        return self.run(["flatpak", "--default-arch"]).stdout.strip()

    # --- a session for the app ----------------------------------------------

    def start_session(self):
        """A private X server and session bus, the bus started only now so
        that it sees the installation's exports as a new login would."""
        # As build-aux/run-tests does: only the socket file, which the
        # sandbox is given, and a display number of its own, 600 and up
        # (run-tests takes 100 to 599): X clients outside the sandbox try
        # the abstract socket of that number first, which every build root
        # shares.
        first = 600 + os.getpid() % 300
        for number in range(first, first + 20):
            if os.path.exists(f"/tmp/.X{number}-lock"):
                continue
            self.xvfb = subprocess.Popen(
                ["Xvfb", f":{number}", "-screen", "0", "1280x800x24",
                 "-nolisten", "tcp", "-nolisten", "local"],
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            deadline = time.monotonic() + 10
            while (self.xvfb.poll() is None and time.monotonic() < deadline
                   and not os.path.exists(f"/tmp/.X11-unix/X{number}")):
                time.sleep(0.05)
            if self.xvfb.poll() is None and os.path.exists(f"/tmp/.X11-unix/X{number}"):
                break
            self.xvfb.kill()
            self.xvfb.wait()
            self.xvfb = None
        if self.xvfb is None:
            raise Failure(f"Xvfb did not start on any display from :{first}")
        self.env["DISPLAY"] = f":{number}"
        # Its log (each service it starts) goes to a file.
        with open(os.path.join(self.work, "session-bus.log"), "w", encoding="utf-8") as log:
            self.bus = subprocess.Popen(
                ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
                env=self.env, stdout=subprocess.PIPE, stderr=log, text=True)
        self.env["DBUS_SESSION_BUS_ADDRESS"] = self.bus.stdout.readline().strip()
        if not self.env["DBUS_SESSION_BUS_ADDRESS"]:
            raise Failure("dbus-daemon did not start a session bus")
        self.session = True
        return f"display {self.env['DISPLAY']}, bus {self.env['DBUS_SESSION_BUS_ADDRESS']}"

    def stop_session(self):
        if self.installed:
            self.run(["flatpak", "kill", self.app_id])
        for process in (self.bus, self.xvfb):
            if process is not None:
                process.terminate()
                process.wait()
        shutil.rmtree(self.runtime_dir, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--work-dir", required=True)
    parser.add_argument("--log", required=True)
    args = parser.parse_args()
    os.makedirs(args.work_dir, exist_ok=True)
    phase = Phase(os.path.abspath(args.work_dir), os.path.abspath(args.log))

    installed = lambda: phase.installed
    in_session = lambda: phase.installed and phase.session
    try:
        phase.step("stand-in runtime installed", phase.ensure_runtime)
        phase.step("flatpak-builder builds the manifest", phase.build,
                   needs=lambda: phase.results[-1]["result"] == "OK")
        phase.step("bundle built and installed", phase.bundle_and_install,
                   needs=lambda: phase.built)
        phase.step("private X server and session bus", phase.start_session,
                   needs=installed)
        phase.step("--version in the sandbox", phase.version, needs=in_session)
        phase.step("--check-data on a read-only --filesystem file", phase.check_data, needs=in_session)
        phase.step("a file outside the sandbox is refused", phase.outside_refused, needs=in_session)
        phase.step("no network interface but lo", phase.network, needs=in_session)
        phase.step("seccomp filter on", phase.seccomp, needs=in_session)
        phase.step("no host home or paths", phase.host_hidden, needs=in_session)
        phase.step("window maps in English", lambda: phase.window("en_US.UTF-8"), needs=in_session)
        phase.step("window maps in French", lambda: phase.window("fr_CA.UTF-8"), needs=in_session)
        phase.step("French translations in the sandbox", phase.french, needs=in_session)
        phase.step("search provider over D-Bus", phase.search_provider, needs=in_session)
        phase.step("exactly the manifest's permissions", phase.permissions, needs=installed)
        phase.step("desktop file, D-Bus service and icons exported", phase.exports, needs=installed)
        phase.step("French .mo installed", phase.translations, needs=installed)
    finally:
        phase.stop_session()
        phase.write_log()

    failed = [r for r in phase.results if r["result"] == "FAIL"]
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
