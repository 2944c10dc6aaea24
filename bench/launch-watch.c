/* Copyright 2026 The Secteurs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Launches a program and watches the X server for its first top-level
 * window: how long from exec until the window is mapped (MapNotify), and
 * until it is drawn: its last DAMAGE report before it stays still for the
 * settling time. The first report comes with the map itself, as the
 * server clears the new window, before the program has drawn anything;
 * the program's first frame, then any it draws as icons arrive, come
 * after. Then it kills the program and reports its peak RSS from
 * wait4(). Events arrive as they happen, unlike `xdotool --sync`, which
 * polls every half second.
 *
 * Usage: launch-watch [--settle MS] [--timeout MS] PROGRAM [ARGS…]
 * Prints one JSON object on one line. The program's environment is ours.
 */

#define _GNU_SOURCE

#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>

#include <X11/Xlib.h>
#include <X11/extensions/Xdamage.h>

extern char **environ;

#define MAX_WATCHED 64

static double
now_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

static int
usage (void)
{
  fprintf (stderr, "Usage: launch-watch [--settle MS] [--timeout MS] PROGRAM [ARGS…]\n");
  return 2;
}

int
main (int   argc,
      char *argv[])
{
  double settle_ms = 300, timeout_ms = 20000;
  double start, map_at = -1, drawn_at = -1, deadline;
  int n_watched = 0;
  Window mapped = None;
  int damage_event, damage_error;
  struct rusage usage_info;
  int status = 0, exited = 0;
  Display *display;
  pid_t pid;
  int arg = 1;

  while (arg < argc && strncmp (argv[arg], "--", 2) == 0)
    {
      if (strcmp (argv[arg], "--") == 0)
        {
          arg++;
          break;
        }
      if (arg + 1 >= argc)
        return usage ();
      if (strcmp (argv[arg], "--settle") == 0)
        settle_ms = atof (argv[arg + 1]);
      else if (strcmp (argv[arg], "--timeout") == 0)
        timeout_ms = atof (argv[arg + 1]);
      else
        return usage ();
      arg += 2;
    }
  if (arg >= argc)
    return usage ();

  display = XOpenDisplay (NULL);
  if (display == NULL)
    {
      fprintf (stderr, "launch-watch: cannot open the X display\n");
      return 1;
    }
  if (!XDamageQueryExtension (display, &damage_event, &damage_error))
    damage_event = -1;

  /* Creations and maps of every top-level window come to the root. */
  XSelectInput (display, DefaultRootWindow (display), SubstructureNotifyMask);
  XSync (display, False);

  start = now_ms ();
  if (posix_spawnp (&pid, argv[arg], NULL, NULL, argv + arg, environ) != 0)
    {
      fprintf (stderr, "launch-watch: cannot start %s: %s\n", argv[arg], strerror (errno));
      return 1;
    }

  deadline = start + timeout_ms;
  while (!exited)
    {
      double now = now_ms ();
      struct pollfd fd = { ConnectionNumber (display), POLLIN, 0 };

      /* Done once the window is mapped and drawn (or has had a second to),
       * and has been still for the settling time. */
      if (map_at >= 0 &&
          (drawn_at >= 0 || damage_event < 0 || now > map_at + 1000) &&
          now > (drawn_at >= 0 ? drawn_at : map_at) + settle_ms)
        break;
      if (now > deadline)
        break;

      if (waitpid (pid, &status, WNOHANG) == pid)
        {
          exited = 1;
          break;
        }

      if (XPending (display) == 0)
        {
          poll (&fd, 1, 5);
          continue;
        }

      while (XPending (display) > 0)
        {
          XEvent event;

          XNextEvent (display, &event);
          now = now_ms ();

          if (event.type == CreateNotify && !event.xcreatewindow.override_redirect &&
              damage_event >= 0 && n_watched < MAX_WATCHED)
            {
              /* Watched from its creation: the first drawing may follow
               * the map closely. */
              XDamageCreate (display, event.xcreatewindow.window, XDamageReportNonEmpty);
              n_watched++;
            }
          else if (event.type == MapNotify && !event.xmap.override_redirect &&
                   event.xmap.event == DefaultRootWindow (display) && mapped == None)
            {
              mapped = event.xmap.window;
              map_at = now;
            }
          else if (damage_event >= 0 && event.type == damage_event + XDamageNotify)
            {
              XDamageNotifyEvent *damage = (XDamageNotifyEvent *) &event;

              if (damage->drawable == mapped && map_at >= 0)
                drawn_at = now;
              XDamageSubtract (display, damage->damage, None, None);
            }
        }
    }

  if (!exited)
    kill (pid, SIGKILL);
  if (wait4 (pid, &status, 0, &usage_info) != pid)
    {
      fprintf (stderr, "launch-watch: wait4: %s\n", strerror (errno));
      return 1;
    }

  printf ("{\"bench\": \"launch\", \"map_ms\": ");
  if (map_at >= 0)
    printf ("%.3f", map_at - start);
  else
    printf ("null");
  printf (", \"drawn_ms\": ");
  if (drawn_at >= 0)
    printf ("%.3f", drawn_at - start);
  else
    printf ("null");
  printf (", \"maxrss_kib\": %ld, \"exited_early\": %s, \"exit_status\": %d}\n",
          usage_info.ru_maxrss, exited ? "true" : "false",
          exited && WIFEXITED (status) ? WEXITSTATUS (status) : -1);

  XCloseDisplay (display);
  return map_at >= 0 ? 0 : 1;
}
