/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "ber-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(BerApplication) app = NULL;
  const char *localedir = g_getenv ("BEREDNING_LOCALEDIR");

  setlocale (LC_ALL, "");
  /* The build tree's translations, for running uninstalled (meson devenv). */
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = ber_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
