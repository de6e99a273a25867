/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-meetings-util"

#include "config.h"

#include <glib/gi18n.h>

#include "ber-meetings-util.h"

/* Returns: (transfer full): what an agenda entry of @kind is, as the agenda shows it */
char *
ber_meetings_kind_label (const char *kind)
{
  if (g_strcmp0 (kind, "standard") == 0)
    return g_strdup (_("Standing point"));
  if (g_strcmp0 (kind, "item") == 0)
    return g_strdup (_("Matter"));
  if (g_strcmp0 (kind, "report") == 0)
    return g_strdup (_("Returned report"));
  if (g_strcmp0 (kind, "minutes") == 0)
    return g_strdup (_("Minutes"));
  return g_strdup (_("Information"));
}
