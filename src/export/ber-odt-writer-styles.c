/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-odt-writer"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ber-odt-writer-private.h"

/*
 * styles.xml: the named styles the text uses (the same sizes and spacing as
 * the PDF), A4 with its margins, and the running header (logo, issuer,
 * header text and title) and footer (date, "Page N of M") of every page.
 * Only ODF 1.2 constructs, so that LibreOffice and Word read it alike.
 */

static const char named_styles[] =
  "<style:default-style style:family=\"paragraph\">"
  "<style:paragraph-properties style:writing-mode=\"lr-tb\"/>"
  "<style:text-properties style:font-name=\"Cantarell\" fo:font-size=\"10pt\""
  " fo:language=\"%s\" fo:country=\"%s\" fo:hyphenate=\"false\" fo:color=\"#141414\"/>"
  "</style:default-style>"
  "<style:default-style style:family=\"table\">"
  "<style:table-properties table:border-model=\"collapsing\"/>"
  "</style:default-style>"
  "<style:style style:name=\"Standard\" style:family=\"paragraph\" style:class=\"text\"/>"
  "<style:style style:name=\"Text_20_body\" style:display-name=\"Text body\""
  " style:family=\"paragraph\" style:parent-style-name=\"Standard\" style:class=\"text\">"
  "<style:paragraph-properties fo:margin-top=\"4pt\" fo:margin-bottom=\"6pt\""
  " fo:line-height=\"115%%\" fo:orphans=\"2\" fo:widows=\"2\"/>"
  "</style:style>"
  "<style:style style:name=\"Small\" style:family=\"paragraph\""
  " style:parent-style-name=\"Text_20_body\" style:class=\"text\">"
  "<style:text-properties fo:font-size=\"8.5pt\"/>"
  "</style:style>"
  "<style:style style:name=\"Title\" style:family=\"paragraph\""
  " style:parent-style-name=\"Standard\" style:next-style-name=\"Text_20_body\""
  " style:class=\"chapter\">"
  "<style:paragraph-properties fo:margin-top=\"0pt\" fo:margin-bottom=\"10pt\""
  " fo:keep-with-next=\"always\"/>"
  "<style:text-properties fo:font-size=\"18pt\" fo:font-weight=\"bold\"/>"
  "</style:style>"
  "<style:style style:name=\"Heading\" style:family=\"paragraph\""
  " style:parent-style-name=\"Standard\" style:next-style-name=\"Text_20_body\""
  " style:class=\"text\">"
  "<style:paragraph-properties fo:keep-with-next=\"always\" fo:keep-together=\"always\"/>"
  "<style:text-properties fo:font-weight=\"bold\"/>"
  "</style:style>"
  "<style:style style:name=\"Heading_20_1\" style:display-name=\"Heading 1\""
  " style:family=\"paragraph\" style:parent-style-name=\"Heading\""
  " style:next-style-name=\"Text_20_body\" style:default-outline-level=\"1\""
  " style:class=\"text\">"
  "<style:paragraph-properties fo:margin-top=\"18pt\" fo:margin-bottom=\"6pt\""
  " fo:padding-bottom=\"2pt\" fo:border-bottom=\"0.5pt solid #737373\""
  " fo:border-top=\"none\" fo:border-left=\"none\" fo:border-right=\"none\"/>"
  "<style:text-properties fo:font-size=\"14pt\"/>"
  "</style:style>"
  "<style:style style:name=\"Heading_20_2\" style:display-name=\"Heading 2\""
  " style:family=\"paragraph\" style:parent-style-name=\"Heading\""
  " style:next-style-name=\"Text_20_body\" style:default-outline-level=\"2\""
  " style:class=\"text\">"
  "<style:paragraph-properties fo:margin-top=\"12pt\" fo:margin-bottom=\"4pt\"/>"
  "<style:text-properties fo:font-size=\"11.5pt\"/>"
  "</style:style>"
  "<style:style style:name=\"Heading_20_3\" style:display-name=\"Heading 3\""
  " style:family=\"paragraph\" style:parent-style-name=\"Heading\""
  " style:next-style-name=\"Text_20_body\" style:default-outline-level=\"3\""
  " style:class=\"text\">"
  "<style:paragraph-properties fo:margin-top=\"8pt\" fo:margin-bottom=\"4pt\"/>"
  "<style:text-properties fo:font-size=\"10pt\"/>"
  "</style:style>"
  "<style:style style:name=\"Key_20_Value\" style:display-name=\"Key Value\""
  " style:family=\"paragraph\" style:parent-style-name=\"Standard\" style:class=\"text\">"
  "<style:paragraph-properties fo:margin-top=\"0pt\" fo:margin-bottom=\"1.5pt\"/>"
  "</style:style>"
  "<style:style style:name=\"Index_20_Link\" style:display-name=\"Index Link\""
  " style:family=\"text\"/>"
  "<style:style style:name=\"Key\" style:family=\"text\">"
  "<style:text-properties fo:color=\"#545454\"/>"
  "</style:style>"
  "<style:style style:name=\"Table_20_Contents\" style:display-name=\"Table Contents\""
  " style:family=\"paragraph\" style:parent-style-name=\"Standard\" style:class=\"extra\">"
  "<style:text-properties fo:font-size=\"9pt\"/>"
  "</style:style>"
  "<style:style style:name=\"Table_20_Contents_20_Small\""
  " style:display-name=\"Table Contents Small\" style:family=\"paragraph\""
  " style:parent-style-name=\"Table_20_Contents\" style:class=\"extra\">"
  "<style:text-properties fo:font-size=\"8.5pt\"/>"
  "</style:style>"
  "<style:style style:name=\"Table_20_Heading\" style:display-name=\"Table Heading\""
  " style:family=\"paragraph\" style:parent-style-name=\"Table_20_Contents\""
  " style:class=\"extra\">"
  "<style:text-properties fo:font-weight=\"bold\"/>"
  "</style:style>"
  "<style:style style:name=\"Caption\" style:family=\"paragraph\""
  " style:parent-style-name=\"Standard\" style:class=\"extra\">"
  "<style:paragraph-properties fo:margin-top=\"10pt\" fo:margin-bottom=\"4pt\""
  " fo:keep-with-next=\"always\" fo:keep-together=\"always\"/>"
  "<style:text-properties fo:font-weight=\"bold\"/>"
  "</style:style>"
  "<style:style style:name=\"Figure\" style:family=\"paragraph\""
  " style:parent-style-name=\"Standard\" style:class=\"extra\">"
  "<style:paragraph-properties fo:margin-top=\"0pt\" fo:margin-bottom=\"12pt\"/>"
  "</style:style>"
  "<style:style style:name=\"Contents_20_Heading\" style:display-name=\"Contents Heading\""
  " style:family=\"paragraph\" style:parent-style-name=\"Heading\" style:class=\"index\">"
  "<style:paragraph-properties fo:margin-top=\"12pt\" fo:margin-bottom=\"4pt\""
  " fo:padding-bottom=\"2pt\" fo:border-bottom=\"0.5pt solid #737373\""
  " fo:border-top=\"none\" fo:border-left=\"none\" fo:border-right=\"none\"/>"
  "<style:text-properties fo:font-size=\"14pt\"/>"
  "</style:style>"
  "<style:style style:name=\"Header\" style:family=\"paragraph\""
  " style:parent-style-name=\"Standard\" style:class=\"extra\">"
  "<style:text-properties fo:font-size=\"8pt\" fo:color=\"#545454\"/>"
  "</style:style>"
  "<style:style style:name=\"Header_20_Issuer\" style:display-name=\"Header Issuer\""
  " style:family=\"paragraph\" style:parent-style-name=\"Header\" style:class=\"extra\">"
  "<style:text-properties fo:font-weight=\"bold\" fo:color=\"#000000\"/>"
  "</style:style>"
  "<style:style style:name=\"Header_20_Right\" style:display-name=\"Header Right\""
  " style:family=\"paragraph\" style:parent-style-name=\"Header\" style:class=\"extra\">"
  "<style:paragraph-properties fo:text-align=\"end\"/>"
  "</style:style>"
  "<style:style style:name=\"Graphics\" style:family=\"graphic\">"
  "<style:graphic-properties svg:x=\"0cm\" svg:y=\"0cm\" style:wrap=\"none\""
  " style:vertical-pos=\"top\" style:vertical-rel=\"baseline\""
  " fo:border=\"none\" fo:padding=\"0cm\"/>"
  "</style:style>";

/* Contents 1–3: indented by level, the page number at the right after dots. */
static void
append_contents_styles (GString *out)
{
  for (guint level = 1; level <= 3; level++)
    {
      double indent = (level - 1) * TOC_INDENT;

      g_string_append_printf (out, "<style:style style:name=\"Contents_20_%u\""
                              " style:display-name=\"Contents %u\" style:family=\"paragraph\""
                              " style:parent-style-name=\"Standard\" style:class=\"index\">"
                              "<style:paragraph-properties", level, level);
      ber_odt_append_length (out, "fo:margin-left", indent);
      g_string_append (out, " fo:margin-top=\"0pt\" fo:margin-bottom=\"3pt\"><style:tab-stops>"
                            "<style:tab-stop style:type=\"right\" style:leader-style=\"dotted\""
                            " style:leader-text=\".\"");
      ber_odt_append_length (out, "style:position", BER_ODT_TEXT_WIDTH - indent);
      g_string_append_printf (out, "/></style:tab-stops></style:paragraph-properties>%s"
                              "</style:style>",
                              level == 1 ? "<style:text-properties fo:font-weight=\"bold\"/>"
                                         : "");
    }
}

static void
append_outline_style (GString *out)
{
  g_string_append (out, "<text:outline-style style:name=\"Outline\">");
  for (guint level = 1; level <= 10; level++)
    g_string_append_printf (out, "<text:outline-level-style text:level=\"%u\""
                            " style:num-format=\"\"/>", level);
  g_string_append (out, "</text:outline-style>");
}

static void
append_page_layout (GString *out)
{
  g_string_append (out, "<style:page-layout style:name=\"pm1\">"
                        "<style:page-layout-properties");
  ber_odt_append_length (out, "fo:page-width", BER_PRINT_A4_WIDTH);
  ber_odt_append_length (out, "fo:page-height", BER_PRINT_A4_HEIGHT);
  /* The header and footer stand in the 25 mm margins, as in the PDF. */
  ber_odt_append_length (out, "fo:margin-top", 10.0 / 25.4 * 72.0);
  ber_odt_append_length (out, "fo:margin-bottom", 10.0 / 25.4 * 72.0);
  ber_odt_append_length (out, "fo:margin-left", BER_PRINT_MARGIN);
  ber_odt_append_length (out, "fo:margin-right", BER_PRINT_MARGIN);
  g_string_append (out, " style:print-orientation=\"portrait\"/>"
                        "<style:header-style><style:header-footer-properties"
                        " fo:min-height=\"1.1cm\" fo:margin-bottom=\"0.4cm\"/>"
                        "</style:header-style>"
                        "<style:footer-style><style:header-footer-properties"
                        " fo:min-height=\"0.8cm\" fo:margin-top=\"0.4cm\"/>"
                        "</style:footer-style></style:page-layout>");

  g_string_append (out, "<style:style style:name=\"HeaderCell\" style:family=\"table-cell\">"
                        "<style:table-cell-properties fo:padding=\"0pt\" fo:padding-bottom=\"3pt\""
                        " fo:border-bottom=\"0.4pt solid #999999\" fo:border-top=\"none\""
                        " fo:border-left=\"none\" fo:border-right=\"none\""
                        " style:vertical-align=\"bottom\"/></style:style>"
                        "<style:style style:name=\"Footer\" style:family=\"paragraph\""
                        " style:parent-style-name=\"Header\">"
                        "<style:paragraph-properties fo:padding-top=\"3pt\""
                        " fo:border-top=\"0.4pt solid #999999\" fo:border-bottom=\"none\""
                        " fo:border-left=\"none\" fo:border-right=\"none\"><style:tab-stops>"
                        "<style:tab-stop style:type=\"right\"");
  ber_odt_append_length (out, "style:position", BER_ODT_TEXT_WIDTH);
  g_string_append (out, "/></style:tab-stops></style:paragraph-properties></style:style>"
                        "<style:style style:name=\"LogoFrame\" style:family=\"graphic\""
                        " style:parent-style-name=\"Graphics\">"
                        "<style:graphic-properties style:vertical-pos=\"top\""
                        " style:vertical-rel=\"baseline\"/></style:style>");
}

/* A header table of @n columns, the widths fractions of the text width. */
static void
append_header_table_styles (GString      *out,
                            guint         n,
                            const double *widths)
{
  g_string_append (out, "<style:style style:name=\"HeaderTable\" style:family=\"table\">"
                        "<style:table-properties table:align=\"margins\"");
  ber_odt_append_length (out, "style:width", BER_ODT_TEXT_WIDTH);
  g_string_append (out, "/></style:style>");
  for (guint c = 0; c < n; c++)
    {
      g_string_append_printf (out, "<style:style style:name=\"HeaderTable.%c\""
                              " style:family=\"table-column\"><style:table-column-properties",
                              'A' + c);
      ber_odt_append_length (out, "style:column-width", BER_ODT_TEXT_WIDTH * widths[c]);
      g_string_append (out, "/></style:style>");
    }
}

/* A header cell of up to three lines; an issuer's name, the first, in bold. */
static void
append_cell (GString    *out,
             const char *style,
             gboolean    issuer,
             const char *first,
             const char *second,
             const char *third)
{
  const char *lines[] = { first, second, third };

  g_string_append (out, "<table:table-cell table:style-name=\"HeaderCell\""
                        " office:value-type=\"string\">");
  for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
    {
      if (lines[i] == NULL)
        continue;
      g_string_append_printf (out, "<text:p text:style-name=\"%s\">",
                              i == 0 && issuer ? "Header_20_Issuer" : style);
      ber_odt_append_text (out, lines[i]);
      g_string_append (out, "</text:p>");
    }
  g_string_append (out, "</table:table-cell>");
}

/* The header: logo, issuer and unit on the left, header text and title on the right. */
static void
append_header (GString          *out,
               BerPrintDocument *self,
               const BerOdtLogo *logo)
{
  gboolean two = self->header_text != NULL && *self->header_text && *self->title;

  g_string_append (out, "<style:header><table:table table:name=\"Header\""
                        " table:style-name=\"HeaderTable\">");
  if (logo->png != NULL && self->issuer_name != NULL)
    g_string_append (out, "<table:table-column table:style-name=\"HeaderTable.A\"/>"
                          "<table:table-column table:style-name=\"HeaderTable.B\"/>"
                          "<table:table-column table:style-name=\"HeaderTable.C\"/>");
  else
    g_string_append (out, "<table:table-column table:style-name=\"HeaderTable.A\"/>"
                          "<table:table-column table:style-name=\"HeaderTable.B\"/>");
  g_string_append (out, "<table:table-row>");

  if (self->issuer_name != NULL)
    {
      if (logo->png != NULL)
        {
          g_string_append (out, "<table:table-cell table:style-name=\"HeaderCell\""
                                " office:value-type=\"string\"><text:p text:style-name=\"Header\">"
                                "<draw:frame draw:style-name=\"LogoFrame\" draw:name=\"Logo\""
                                " text:anchor-type=\"as-char\" draw:z-index=\"0\"");
          ber_odt_append_length (out, "svg:width", logo->width);
          ber_odt_append_length (out, "svg:height", logo->height);
          g_string_append (out, "><draw:image xlink:href=\"Pictures/logo.png\" xlink:type=\"simple\""
                                " xlink:show=\"embed\" xlink:actuate=\"onLoad\"/><svg:title>");
          ber_odt_append_text (out, self->issuer_name);
          g_string_append (out, "</svg:title></draw:frame></text:p></table:table-cell>");
        }
      append_cell (out, "Header", TRUE, self->issuer_name, self->issuer_unit,
                   self->issuer_address);
      append_cell (out, "Header_20_Right", FALSE, two ? self->header_text : self->title,
                   two ? self->title : NULL, NULL);
    }
  else
    {
      append_cell (out, "Header", FALSE, two ? self->header_text : self->title, NULL, NULL);
      append_cell (out, "Header_20_Right", FALSE, two ? self->title : "", NULL, NULL);
    }
  g_string_append (out, "</table:table-row></table:table></style:header>");
}

/* The footer: the date on the left, "Page N of M" with fields on the right. */
static void
append_footer (GString          *out,
               BerPrintDocument *self)
{
  g_autofree char *date = g_date_time_format (self->created, "%Y-%m-%d");
  g_auto(GStrv) parts = g_strsplit (_("Page %d of %d"), "%d", -1);

  g_string_append (out, "<style:footer><text:p text:style-name=\"Footer\">");
  ber_odt_append_text (out, date);
  g_string_append (out, "<text:tab/>");
  if (g_strv_length (parts) == 3)
    {
      ber_odt_append_text (out, parts[0]);
      g_string_append (out, "<text:page-number text:select-page=\"current\">1</text:page-number>");
      ber_odt_append_text (out, parts[1]);
      g_string_append (out, "<text:page-count>1</text:page-count>");
      ber_odt_append_text (out, parts[2]);
    }
  else
    g_string_append (out, "<text:page-number text:select-page=\"current\">1</text:page-number>");
  g_string_append (out, "</text:p></style:footer>");
}

/* Returns: (transfer full): styles.xml */
char *
ber_odt_styles_xml (BerPrintDocument *self,
                    const BerOdtLogo *logo)
{
  GString *out = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  g_autofree char *language = ber_odt_language ();
  g_auto(GStrv) parts = g_strsplit (language, "-", 2);
  gboolean three = logo->png != NULL && self->issuer_name != NULL;
  /* As in the PDF: the logo's own width, the issuer to 62 %, the title in the rest. */
  double logo_column = three ? MIN ((logo->width + 8.0) / BER_ODT_TEXT_WIDTH, 0.3) : 0;
  const double with_logo[] = { logo_column, 0.62 - logo_column, 0.38 };
  const double without_logo[] = { 0.62, 0.38 };

  g_string_append (out, "<office:document-styles" BER_ODT_NAMESPACES ">"
                        "<office:font-face-decls>"
                        "<style:font-face style:name=\"Cantarell\" svg:font-family=\"Cantarell\""
                        " style:font-family-generic=\"swiss\" style:font-pitch=\"variable\"/>"
                        "</office:font-face-decls><office:styles>");
  g_string_append_printf (out, named_styles, parts[0],
                          parts[1] != NULL ? parts[1] : "none");
  append_contents_styles (out);
  append_outline_style (out);
  g_string_append (out, "</office:styles><office:automatic-styles>");
  append_page_layout (out);
  append_header_table_styles (out, three ? 3 : 2, three ? with_logo : without_logo);
  g_string_append (out, "</office:automatic-styles><office:master-styles>"
                        "<style:master-page style:name=\"Standard\" style:page-layout-name=\"pm1\">");
  append_header (out, self, logo);
  append_footer (out, self);
  g_string_append (out, "</style:master-page></office:master-styles></office:document-styles>\n");

  return g_string_free (out, FALSE);
}
