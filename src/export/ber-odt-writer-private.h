/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* What the OpenDocument writer's two parts share: content.xml and meta.xml in
 * ber-odt-writer.c, styles.xml (named styles, page, header, footer) in
 * ber-odt-writer-styles.c. */

#include "ber-print-document-private.h"

G_BEGIN_DECLS

#define BER_ODT_VERSION "1.2"

#define BER_ODT_NAMESPACES \
  " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"" \
  " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\"" \
  " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"" \
  " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\"" \
  " xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\"" \
  " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\"" \
  " xmlns:xlink=\"http://www.w3.org/1999/xlink\"" \
  " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"" \
  " xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\"" \
  " xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\"" \
  " office:version=\"" BER_ODT_VERSION "\""

/* The text area: A4 less 25 mm margins, as in the PDF. */
#define BER_ODT_TEXT_WIDTH (BER_PRINT_A4_WIDTH - 2 * BER_PRINT_MARGIN)

typedef struct
{
  GBytes *png;
  double  width;   /* in points */
  double  height;
} BerOdtLogo;

void   ber_odt_append_text   (GString          *out,
                              const char       *text);
void   ber_odt_append_length (GString          *out,
                              const char       *attribute,
                              double            points);
char  *ber_odt_language      (void);
char  *ber_odt_styles_xml    (BerPrintDocument *self,
                              const BerOdtLogo *logo);

G_END_DECLS
