#!/usr/bin/env bash
# The OpenDocument text as an editor reads it: test-odt writes its sample
# document (every kind of block, four charts, Swedish text with åäö and
# XML's special characters), LibreOffice opens it headless and prints it to
# PDF, and the headings, table cells, text, chart captions, header and
# footer come back through pdftotext, the charts and the logo as images
# through pdfimages. Skips (77) when LibreOffice is not installed.
# With BER_ODT_SAMPLE_DIR set, the converted PDF is kept there too.
set -euo pipefail

test_odt=${1:?usage: odt.sh path/to/test-odt}
soffice=$(command -v soffice || command -v libreoffice || true)
if [ -z "$soffice" ]; then
  echo "LibreOffice (soffice) is not installed: the document was not opened in an editor"
  exit 77
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0

check () {
  local what=$1 file=$2 pattern=$3
  if grep -q -- "$pattern" "$file"; then
    echo "ok - $what"
  else
    echo "not ok - $what: “$pattern” not found in $(basename "$file")"
    failures=$((failures + 1))
  fi
}

BER_ODT_SAMPLE_DIR="$tmp" BER_SCREENSHOT_DIR='' "$test_odt" -p /odt/package >"$tmp/test.log" 2>&1 || {
  cat "$tmp/test.log"
  echo "not ok - test-odt could not write the sample"
  exit 1
}

# A profile of its own: a first start writes one, and a running office would take over.
timeout 240 "$soffice" -env:UserInstallation="file://$tmp/lo" --headless --norestore \
  --convert-to pdf --outdir "$tmp/out" "$tmp/sample.odt" >"$tmp/soffice.log" 2>&1 || true
if [ ! -s "$tmp/out/sample.pdf" ]; then
  cat "$tmp/soffice.log"
  echo "not ok - LibreOffice did not convert the document"
  exit 1
fi
echo "ok - LibreOffice opens the document and prints it"

pdftotext -enc UTF-8 -layout "$tmp/out/sample.pdf" "$tmp/sample.txt"
pdfimages -list "$tmp/out/sample.pdf" >"$tmp/images.txt"
pdfinfo -enc UTF-8 "$tmp/out/sample.pdf" >"$tmp/info.txt"

check "the title" "$tmp/sample.txt" "Årsrapport 2026 & <utkast>"
check "a heading of level 1" "$tmp/sample.txt" "Sammanfattning"
check "a heading of level 2" "$tmp/sample.txt" "Nätverk och avgifter"
check "a heading of level 3" "$tmp/sample.txt" "Håll ihop"
check "the contents list a heading with its page" "$tmp/sample.txt" "Sammanfattning[ .]*2"
check "Swedish text with XML's special characters" "$tmp/sample.txt" "Åsa & <Björn> \"citat\" 'apostrof' – äöÅÄÖ"
check "a key and its value" "$tmp/sample.txt" "Diarienummer *RS 2026/262"
check "a table's header" "$tmp/sample.txt" "Nätverk *Ärenden *Avgift (kr)"
check "a table cell with special characters" "$tmp/sample.txt" "Eurocities & <partners>"
check "a table's total row" "$tmp/sample.txt" "Summa *120 *187 500"
check "a chart's caption" "$tmp/sample.txt" "Ärenden per månad"
check "a chart's caption with an ampersand" "$tmp/sample.txt" "Avgifter per nätverk & år"
check "the empty chart's caption" "$tmp/sample.txt" "Inga återrapporter"
check "the header names the issuer" "$tmp/sample.txt" "Region Norrbotten & <Co>"
check "the header holds the title" "$tmp/sample.txt" "Regionstyrelsen"
check "the footer numbers the pages" "$tmp/sample.txt" "Page 2 of [0-9]"
check "the footer has the date" "$tmp/sample.txt" "2026-12-04"
check "the document has its title" "$tmp/info.txt" "^Title: *Årsrapport 2026 & <utkast>"
check "the document is A4" "$tmp/info.txt" "Page size: *595.* x 841.* pts (A4)"

# Four charts and the logo (on every page) as images.
charts=$(awk 'NR > 2 && $3 == "image" && $4 >= 1200 { n++ } END { print n + 0 }' "$tmp/images.txt")
if [ "$charts" -ge 4 ]; then
  echo "ok - the four charts are images ($charts of at least 1,200 pixels)"
else
  cat "$tmp/images.txt"
  echo "not ok - $charts chart images, 4 expected"
  failures=$((failures + 1))
fi
logos=$(awk 'NR > 2 && $3 == "image" && $4 < 1200 { n++ } END { print n + 0 }' "$tmp/images.txt")
if [ "$logos" -ge 1 ]; then
  echo "ok - the logo is in the header"
else
  echo "not ok - no logo image"
  failures=$((failures + 1))
fi

# The parts against the ODF 1.2 RelaxNG schema (OASIS), when it is at hand: Debian
# ships no copy. BER_ODF_SCHEMA_DIR holds OpenDocument-v1.2-os-schema.rng and
# OpenDocument-v1.2-os-manifest-schema.rng.
schema_dir=${BER_ODF_SCHEMA_DIR:-}
if [ -n "$schema_dir" ] && [ -f "$schema_dir/OpenDocument-v1.2-os-schema.rng" ]; then
  if /usr/bin/python3 - "$tmp/sample.odt" "$schema_dir" <<'PY'
import sys, zipfile
from lxml import etree
package, schemas = sys.argv[1], sys.argv[2]
odf = etree.RelaxNG(etree.parse(schemas + "/OpenDocument-v1.2-os-schema.rng"))
manifest = etree.RelaxNG(etree.parse(schemas + "/OpenDocument-v1.2-os-manifest-schema.rng"))
failed = False
with zipfile.ZipFile(package) as z:
    for name, schema in (("content.xml", odf), ("styles.xml", odf), ("meta.xml", odf),
                         ("META-INF/manifest.xml", manifest)):
        if not schema.validate(etree.fromstring(z.read(name)).getroottree()):
            failed = True
            print(name, schema.error_log)
sys.exit(1 if failed else 0)
PY
  then
    echo "ok - the parts are valid ODF 1.2"
  else
    echo "not ok - the parts are not valid ODF 1.2"
    failures=$((failures + 1))
  fi
else
  echo "ok - # SKIP no ODF schema (set BER_ODF_SCHEMA_DIR)"
fi

if [ -n "${BER_ODT_SAMPLE_DIR:-}" ]; then
  mkdir -p "$BER_ODT_SAMPLE_DIR"
  cp "$tmp/sample.odt" "$tmp/sample.pdf" "$BER_ODT_SAMPLE_DIR/"
  cp "$tmp/out/sample.pdf" "$BER_ODT_SAMPLE_DIR/sample-libreoffice.pdf"
fi

if [ "$failures" -gt 0 ]; then
  echo "$failures failed"
  exit 1
fi
echo "all passed"
