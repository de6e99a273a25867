#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks that PDFs exported as archival copies meet what PDF/A-2b asks.

    /usr/bin/python3 tests/check-archival.py FILE.pdf...
    /usr/bin/python3 tests/check-archival.py --not-archival FILE.pdf...

Prints one line per check, PASS or FAIL, and exits with 1 when any check
fails. With --not-archival it checks that an ordinary export has its
language but does not claim to be PDF/A.

This is not a full PDF/A validator (veraPDF is): it checks what the
program adds to cairo's output, and what cairo could get wrong, so that a
plain cairo PDF fails it. It needs pikepdf (Debian's python3-pikepdf),
hence /usr/bin/python3 rather than whatever python3 is first in PATH.
"""

import argparse
import datetime
import re
import sys
import xml.etree.ElementTree as ET

try:
    import pikepdf
    from pikepdf import Name
except ImportError:
    sys.exit("check-archival: needs pikepdf (python3-pikepdf); run it with /usr/bin/python3")

NS = {
    "x": "adobe:ns:meta/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "pdfaid": "http://www.aiim.org/pdfa/ns/id/",
    "dc": "http://purl.org/dc/elements/1.1/",
    "pdf": "http://ns.adobe.com/pdf/1.3/",
    "xmp": "http://ns.adobe.com/xap/1.0/",
}
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

# Actions PDF/A-2 forbids (ISO 19005-2, 6.6.1), and GoToR and GoToE: an
# archival copy stands on its own.
FORBIDDEN_ACTIONS = {
    "/Launch", "/Sound", "/Movie", "/ResetForm", "/ImportData", "/JavaScript", "/Hide",
    "/SetOCGState", "/Rendition", "/Trans", "/GoTo3DView", "/GoToR", "/GoToE",
}

# Annotation flags: Invisible, Hidden, NoView and ToggleNoView must be off.
ANNOT_PRINT = 4
ANNOT_FORBIDDEN_FLAGS = 1 | 2 | 32 | 256


class Report:
    def __init__(self):
        self.failed = 0

    def check(self, ok, name, detail=""):
        if not ok:
            self.failed += 1
        line = "%s  %s" % ("PASS" if ok else "FAIL", name)
        if detail:
            line += ": " + detail
        print(line)
        return ok


def is_dict(obj):
    return isinstance(obj, pikepdf.Dictionary)


def is_stream(obj):
    return isinstance(obj, pikepdf.Stream)


def walk(pdf):
    """Every dictionary and stream reachable from the trailer, each once,
    with the key it was found under."""
    seen = set()
    stack = [(pdf.trailer, "trailer")]
    while stack:
        obj, where = stack.pop()
        if not isinstance(obj, pikepdf.Object):
            continue  # a number or a boolean
        if obj.is_indirect:
            if obj.objgen in seen:
                continue
            seen.add(obj.objgen)
        if is_dict(obj) or is_stream(obj):
            yield obj, where
            for key in obj.keys():
                stack.append((obj[key], key))
        elif isinstance(obj, pikepdf.Array):
            for item in obj:
                stack.append((item, where))


def text(obj):
    return None if obj is None else str(obj)


def pdf_date(value):
    """A PDF date (D:YYYYMMDDHHmmSS+HH'mm') as an aware datetime, or None."""
    if value is None:
        return None
    m = re.fullmatch(r"D:(\d{4})(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)(?:Z|([+-])(\d\d)'?(\d\d)'?)?",
                     str(value))
    if not m:
        return None
    offset = datetime.timedelta(0)
    if m.group(7):
        offset = datetime.timedelta(hours=int(m.group(8)), minutes=int(m.group(9)))
        if m.group(7) == "-":
            offset = -offset
    return datetime.datetime(*(int(g) for g in m.groups()[:6]),
                             tzinfo=datetime.timezone(offset))


def xmp_date(value):
    if value is None:
        return None
    try:
        return datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


def xmp_property(description_list, prefix, name):
    """A simple property, written as an element or as an attribute of an
    rdf:Description."""
    tag = "{%s}%s" % (NS[prefix], name)
    for desc in description_list:
        if tag in desc.attrib:
            return desc.attrib[tag]
        element = desc.find(tag)
        if element is not None:
            return (element.text or "").strip()
    return None


def xmp_array_items(description_list, prefix, name, kind):
    tag = "{%s}%s" % (NS[prefix], name)
    for desc in description_list:
        element = desc.find("%s/rdf:%s" % (tag, kind), NS)
        if element is not None:
            return element.findall("rdf:li", NS)
    return None


def xmp_default_alt(description_list, prefix, name):
    items = xmp_array_items(description_list, prefix, name, "Alt")
    if not items:
        return None
    for li in items:
        if li.get(XML_LANG) == "x-default":
            return li.text or ""
    return None


def read_metadata(pdf):
    """(stream, descriptions or None, error)"""
    stream = pdf.Root.get("/Metadata")
    if stream is None:
        return None, None, "no /Metadata in the catalog"
    if not is_stream(stream):
        return stream, None, "/Metadata is not a stream"
    try:
        root = ET.fromstring(stream.read_bytes())
    except ET.ParseError as e:
        return stream, None, "not well-formed XML: %s" % e
    return stream, root.findall(".//rdf:Description", NS), ""


def check_lang(report, pdf):
    lang = pdf.Root.get("/Lang")
    report.check(isinstance(lang, pikepdf.String) and str(lang) != "", "catalog /Lang",
                 repr(text(lang)))


def check_fonts(report, pdf):
    fonts = [obj for obj, _ in walk(pdf) if is_dict(obj) and obj.get("/Type") == Name.Font]
    problems = []
    checked = 0
    for font in fonts:
        subtype = font.get("/Subtype")
        if subtype == Name.Type3:
            continue
        if subtype == Name.Type0:
            # Its descendants are fonts of their own, found by the walk.
            continue
        checked += 1
        base = text(font.get("/BaseFont"))
        descriptor = font.get("/FontDescriptor")
        if not is_dict(descriptor):
            problems.append("%s has no FontDescriptor" % base)
        elif not any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")):
            problems.append("%s is not embedded" % base)
    for font in fonts:
        if font.get("/Subtype") == Name.Type0:
            descendants = font.get("/DescendantFonts")
            if not isinstance(descendants, pikepdf.Array) or len(descendants) != 1:
                problems.append("%s has no descendant font" % text(font.get("/BaseFont")))
    report.check(not problems, "fonts embedded",
                 "; ".join(problems) if problems else "%d fonts" % checked)


def check_output_intent(report, pdf):
    intents = pdf.Root.get("/OutputIntents")
    detail = "no /OutputIntents in the catalog"
    ok = False
    if isinstance(intents, pikepdf.Array):
        detail = "no GTS_PDFA1 output intent"
        for intent in intents:
            if not is_dict(intent) or intent.get("/S") != Name.GTS_PDFA1:
                continue
            profile = intent.get("/DestOutputProfile")
            if not is_stream(profile):
                detail = "GTS_PDFA1 intent without a DestOutputProfile stream"
            elif profile.get("/N") != 3:
                detail = "DestOutputProfile /N is %r, not 3" % profile.get("/N")
            else:
                data = profile.read_bytes()
                if data[36:40] != b"acsp":
                    detail = "DestOutputProfile is not an ICC profile"
                elif data[16:20] != b"RGB ":
                    detail = "DestOutputProfile is not an RGB profile"
                else:
                    ok = True
                    detail = "%s, ICC %d.%d, %d bytes" % (
                        text(intent.get("/OutputConditionIdentifier")),
                        data[8], data[9] >> 4, len(data))
                    break
    report.check(ok, "sRGB output intent", detail)


def check_metadata(report, pdf):
    stream, descs, error = read_metadata(pdf)
    info = pdf.trailer.get("/Info")
    if stream is not None and is_stream(stream):
        report.check(stream.get("/Type") == Name.Metadata and stream.get("/Subtype") == Name.XML,
                     "metadata /Type /Metadata /Subtype /XML")
        report.check("/Filter" not in stream, "metadata not compressed",
                     "" if "/Filter" not in stream else "/Filter %s" % stream.Filter)
        raw = stream.read_raw_bytes()
        report.check(raw.startswith(b"<?xpacket begin=") and raw.rstrip().endswith(b"<?xpacket end=\"w\"?>"),
                     "metadata xpacket header and trailer")
    if not report.check(descs is not None, "metadata XMP", error or "well-formed"):
        return
    report.check(xmp_property(descs, "pdfaid", "part") == "2", "pdfaid:part = 2",
                 repr(xmp_property(descs, "pdfaid", "part")))
    report.check(xmp_property(descs, "pdfaid", "conformance") == "B", "pdfaid:conformance = B",
                 repr(xmp_property(descs, "pdfaid", "conformance")))

    if not report.check(is_dict(info) and info.is_indirect, "trailer /Info indirect dictionary"):
        info = pikepdf.Dictionary()

    title = xmp_default_alt(descs, "dc", "title")
    report.check(title is not None and title == text(info.get("/Title")),
                 "dc:title = Info /Title", "%r / %r" % (title, text(info.get("/Title"))))

    creators = xmp_array_items(descs, "dc", "creator", "Seq")
    author = text(info.get("/Author"))
    xmp_author = None if creators is None else "; ".join(li.text or "" for li in creators)
    report.check(xmp_author == author, "dc:creator = Info /Author",
                 "%r / %r" % (xmp_author, author))
    pairs = (
        (xmp_default_alt(descs, "dc", "description"), "/Subject", "dc:description"),
        (xmp_property(descs, "pdf", "Keywords"), "/Keywords", "pdf:Keywords"),
        (xmp_property(descs, "pdf", "Producer"), "/Producer", "pdf:Producer"),
        (xmp_property(descs, "xmp", "CreatorTool"), "/Creator", "xmp:CreatorTool"),
    )
    for xmp_value, key, xmp_name in pairs:
        report.check(xmp_value == text(info.get(key)), "%s = Info %s" % (xmp_name, key),
                     "%r / %r" % (xmp_value, text(info.get(key))))

    created = xmp_property(descs, "xmp", "CreateDate")
    report.check(xmp_date(created) is not None, "xmp:CreateDate present", repr(created))
    for xmp_name, key in (("CreateDate", "/CreationDate"), ("ModifyDate", "/ModDate")):
        xmp_value = xmp_property(descs, "xmp", xmp_name)
        pdf_value = info.get(key)
        if xmp_value is None and pdf_value is None:
            continue
        same = xmp_date(xmp_value) is not None and xmp_date(xmp_value) == pdf_date(pdf_value)
        report.check(same, "xmp:%s = Info %s" % (xmp_name, key),
                     "%r / %r" % (xmp_value, text(pdf_value)))


def check_file_structure(report, pdf, path):
    ids = pdf.trailer.get("/ID")
    report.check(isinstance(ids, pikepdf.Array) and len(ids) == 2
                 and all(isinstance(i, pikepdf.String) and len(bytes(i)) > 0 for i in ids),
                 "trailer /ID with two strings")
    report.check(not pdf.is_encrypted and "/Encrypt" not in pdf.trailer, "no /Encrypt")
    # PDF/A-2, 6.1.7.1: an end of line before every endstream
    with open(path, "rb") as f:
        data = f.read()
    bad = [m.start() for m in re.finditer(rb"endstream", data)
           if m.start() == 0 or data[m.start() - 1] not in b"\r\n"]
    report.check(not bad, "end of line before endstream",
                 "" if not bad else "%d without, first at offset %d" % (len(bad), bad[0]))


def check_forbidden(report, pdf):
    names = pdf.Root.get("/Names")
    report.check(not (is_dict(names) and "/JavaScript" in names), "no /JavaScript name tree")
    report.check(not (is_dict(names) and "/EmbeddedFiles" in names), "no /EmbeddedFiles name tree")
    found = {"/JS": 0, "/AA": 0, "/EmbeddedFiles": 0, "/EF": 0}
    actions = []
    for obj, where in walk(pdf):
        for key in found:
            if key in obj:
                found[key] += 1
        subtype = obj.get("/S")
        if isinstance(subtype, pikepdf.Name) and str(subtype) in FORBIDDEN_ACTIONS:
            actions.append("%s under %s" % (subtype, where))
    report.check(found["/JS"] == 0 and found["/AA"] == 0, "no /JS or /AA anywhere",
                 "%d /JS, %d /AA" % (found["/JS"], found["/AA"]))
    report.check(found["/EmbeddedFiles"] == 0 and found["/EF"] == 0, "no embedded files",
                 "%d /EmbeddedFiles, %d /EF" % (found["/EmbeddedFiles"], found["/EF"]))
    report.check(not actions, "no Launch, GoToR, ImportData or other forbidden actions",
                 ", ".join(actions))


def check_annotations(report, pdf):
    count = 0
    bad = []
    for number, page in enumerate(pdf.pages, 1):
        for annot in page.obj.get("/Annots", pikepdf.Array()):
            count += 1
            flags = annot.get("/F")
            if not isinstance(flags, int) or not flags & ANNOT_PRINT:
                bad.append("page %d: %s /F %r" % (number, annot.get("/Subtype"), flags))
            elif flags & ANNOT_FORBIDDEN_FLAGS:
                bad.append("page %d: %s hidden (/F %d)" % (number, annot.get("/Subtype"), flags))
    report.check(not bad, "annotations printed (/F 4)",
                 "; ".join(bad) if bad else "%d annotations" % count)


def check_archival(report, pdf, path):
    check_lang(report, pdf)
    check_fonts(report, pdf)
    check_output_intent(report, pdf)
    check_metadata(report, pdf)
    check_file_structure(report, pdf, path)
    check_forbidden(report, pdf)
    check_annotations(report, pdf)


def check_not_archival(report, pdf):
    check_lang(report, pdf)
    stream, descs, error = read_metadata(pdf)
    if stream is None:
        report.check(True, "no PDF/A identification", "no /Metadata")
        return
    if not report.check(descs is not None, "metadata XMP", error or "well-formed"):
        return
    part = xmp_property(descs, "pdfaid", "part")
    report.check(part is None, "no PDF/A identification",
                 "" if part is None else "pdfaid:part %r" % part)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--not-archival", action="store_true",
                        help="check that ordinary PDFs are not marked as PDF/A")
    parser.add_argument("files", nargs="+", metavar="FILE")
    args = parser.parse_args()

    report = Report()
    for path in args.files:
        print("# %s" % path)
        try:
            pdf = pikepdf.open(path)
        except (pikepdf.PdfError, OSError) as e:
            report.check(False, "open", str(e))
            continue
        with pdf:
            if args.not_archival:
                check_not_archival(report, pdf)
            else:
                check_archival(report, pdf, path)

    if report.failed:
        print("%d checks failed" % report.failed)
    return 1 if report.failed else 0


if __name__ == "__main__":
    sys.exit(main())
