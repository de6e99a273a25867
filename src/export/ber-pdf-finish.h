/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/*
 * What cairo does not write into a PDF, added with qpdf's library: the
 * document's language in the catalogue and, for an archival copy, what
 * PDF/A-2b asks for (XMP metadata with pdfaid:part and pdfaid:conformance,
 * an sRGB OutputIntent with its ICC profile, a file identifier, annotations
 * marked for printing).
 */

typedef struct
{
  const char *title;
  const char *author;     /* the organisation that issues the paper */
  const char *subject;
  const char *keywords;
  const char *language;   /* BCP 47, such as "sv-SE" */
  const char *creator;    /* the program that made the paper */
  GDateTime  *created;
} BerPdfInfo;

GBytes *ber_pdf_finish (GBytes            *pdf,
                        const BerPdfInfo  *info,
                        gboolean           archival,
                        GError           **error);

G_END_DECLS
