#!/usr/bin/env bash
# The papers as a registrar and an archive read them, in Swedish: the
# organisation in every header, the board paper's date and unit, the
# minutes' secretary and the OSL ground read back with pdftotext; title,
# author, subject, keywords and language with pdfinfo and pikepdf; and the
# archival copies (PDF/A-2b) checked rule by rule by check-archival.py.
set -euo pipefail

binary=${BEREDNING_BINARY:?}
source_dir=${BEREDNING_SOURCE_DIR:?}
python=/usr/bin/python3
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
db="$dir/demo.db"
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

"$binary" --database="$db" --init-demo >/dev/null

# Meeting 7 is held and its minutes adjusted; item 12 has a board paper;
# item 17 is confidential under OSL 18 kap. 8 §.
"$binary" --database="$db" --export=minutes --meeting=7 --output="$dir/minutes.pdf" >/dev/null
"$binary" --database="$db" --export=board-paper --item=12 --output="$dir/paper.pdf" >/dev/null
"$binary" --database="$db" --export=board-paper --item=17 --output="$dir/secret.pdf" >/dev/null
"$binary" --database="$db" --export=meeting-pack --meeting=9 --output="$dir/pack.pdf" >/dev/null
for f in minutes paper secret pack; do
  pdftotext -enc UTF-8 -layout "$dir/$f.pdf" "$dir/$f.txt"
  pdfinfo -enc UTF-8 "$dir/$f.pdf" > "$dir/$f.info"
done

check "the minutes name the organisation" "$dir/minutes.txt" "Region Norrbotten"
check "the minutes name the unit" "$dir/minutes.txt" "internationella sekretariatet"
check "the minutes name the address" "$dir/minutes.txt" "971 89 Luleå"
check "the minutes name their secretary" "$dir/minutes.txt" "Sekreterare  *Johanna Strand"
check "the board paper has its date" "$dir/paper.txt" "Datum  *[0-9]\{4\}-[0-9][0-9]-[0-9][0-9]"
check "the board paper has its diary number" "$dir/paper.txt" "Diarienummer  *RS 2026/262"
check "the board paper has its case officer" "$dir/paper.txt" "Handläggare  *Sofia Lundberg"
check "the board paper has its unit" "$dir/paper.txt" "Enhet  *Regionala utvecklingsförvaltningen"
check "a confidential paper cites its OSL ground" "$dir/secret.txt" "Sekretess enligt OSL 18 kap. 8 §"
check "the minutes record a motion" "$dir/minutes.txt" "Birgitta Wiklund (SD) yrkar att regionen säger upp medlemskapet i EHMA."
check "the minutes record the order of decision" "$dir/minutes.txt" "Propositionsordning"
check "the order of decision puts the proposals" "$dir/minutes.txt" "Ordföranden ställer förslaget och yrkandet från Birgitta Wiklund (SD) mot varandra"
check "the minutes record the vote" "$dir/minutes.txt" "Ja för förslaget, nej för yrkandet från Birgitta Wiklund (SD)."
check "the minutes list each member's vote" "$dir/minutes.txt" "Birgitta Wiklund (SD)  *Nej"
check "the minutes give the result of the vote" "$dir/minutes.txt" "Med 5 ja-röster mot 1 nej-röster, 0 avstår, beslutar Regionstyrelsen"
check "the reservation refers to the member's own motion" "$dir/minutes.txt" "Birgitta Wiklund (SD) reserverar sig mot beslutet till förmån för eget yrkande."
check "the minutes' author is the organisation" "$dir/minutes.info" "^Author: *Region Norrbotten"
check "the minutes have a subject" "$dir/minutes.info" "^Subject: *Protokoll, Regionstyrelsen"
check "the minutes have keywords" "$dir/minutes.info" "^Keywords: *Protokoll"
check "the board paper has a subject" "$dir/paper.info" "^Subject: *Tjänsteskrivelse RS 2026/262"
check "the pack has a title" "$dir/pack.info" "^Title: *Sammanträdeshandlingar"

# The language, the outline and the links of the table of contents.
if "$python" - "$dir/pack.pdf" <<'PY'
import sys, pikepdf
pdf = pikepdf.open(sys.argv[1])
assert str(pdf.Root.Lang) == "sv-SE", pdf.Root.get("/Lang")
with pdf.open_outline() as outline:
    titles = [item.title for item in outline.root]
assert len(titles) >= 3 and titles[0] == "Kallelse och föredragningslista", titles
names = pdf.Root.Names.Dests.Names
dests = {str(names[i]) for i in range(0, len(names), 2)}
links = [a for a in pdf.pages[0].get("/Annots", []) if a.get("/Subtype") == "/Link"]
assert len(links) >= len(titles) - 1, (len(links), titles)
for link in links:
    assert str(link.Dest) in dests, link.Dest
print("%d outline entries, %d contents links, every one to a destination" % (len(titles), len(links)))
PY
then
  echo "ok - the pack is in Swedish, with an outline and linked contents"
else
  echo "not ok - the pack's language, outline or contents links"
  failures=$((failures + 1))
fi

# The minutes' bookmarks name each paragraph with its matter.
if "$python" - "$dir/minutes.pdf" <<'PY'
import sys, pikepdf
with pikepdf.open(sys.argv[1]).open_outline() as outline:
    titles = [item.title for item in outline.root]
assert "§ 79 Fortsatt medlemskap i EHMA" in titles, titles
PY
then
  echo "ok - the minutes' outline names each paragraph with its matter"
else
  echo "not ok - the minutes' outline"
  failures=$((failures + 1))
fi

# Archival copies: adjusted minutes, an extract and a board paper.
"$binary" --database="$db" --export=minutes --meeting=7 --archival \
  --output="$dir/minutes-a.pdf" >/dev/null
"$binary" --database="$db" --export=extract --meeting=7 --paragraph=76 --archival \
  --output="$dir/extract-a.pdf" >/dev/null
"$binary" --database="$db" --export=board-paper --item=12 --archival \
  --output="$dir/paper-a.pdf" >/dev/null
if "$python" "$source_dir/tests/check-archival.py" "$dir/minutes-a.pdf" "$dir/extract-a.pdf" \
     "$dir/paper-a.pdf"; then
  echo "ok - the archival copies keep every PDF/A-2b rule checked"
else
  echo "not ok - an archival copy breaks a PDF/A-2b rule"
  failures=$((failures + 1))
fi
if "$python" "$source_dir/tests/check-archival.py" --not-archival "$dir/minutes.pdf"; then
  echo "ok - an ordinary export does not claim to be PDF/A"
else
  echo "not ok - an ordinary export claims to be PDF/A"
  failures=$((failures + 1))
fi
qpdf --check "$dir/minutes-a.pdf" > "$dir/qpdf.txt" 2>&1 || true
check "qpdf finds the archival minutes sound" "$dir/qpdf.txt" "No syntax or stream encoding errors"

# Minutes not yet adjusted are refused, with the reason.
if "$binary" --database="$db" --export=minutes --meeting=9 --archival \
     --output="$dir/refused.pdf" 2> "$dir/refused.txt"; then
  echo "not ok - unadjusted minutes were archived"
  failures=$((failures + 1))
else
  check "unadjusted minutes are refused with the reason" "$dir/refused.txt" "justerade"
fi
test ! -e "$dir/refused.pdf" || { echo "not ok - a refused copy left a file"; failures=$((failures + 1)); }

echo "$failures failed"
exit $((failures > 0))
