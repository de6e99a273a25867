#!/usr/bin/env bash
# The yearly report from the command line, as the secretariat sends it to the
# regional executive board: the PDF read back with pdftotext, the ODT turned
# into PDF by a real LibreOffice and read back the same way, both checked for
# the headings and for figures counted with sqlite3 on the same register;
# and the wrong arguments refused with a clear message and a non-zero exit.
set -euo pipefail

binary=${BEREDNING_BINARY:?}
source_dir=${BEREDNING_SOURCE_DIR:?}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
db="$dir/demo.db"
failures=0
n=0

ok () { n=$((n + 1)); echo "ok $n - $1"; }
not_ok () { n=$((n + 1)); echo "not ok $n - $1"; failures=$((failures + 1)); }

check () {
  local what=$1 file=$2 pattern=$3
  # pdftotext breaks lines and pads columns: compare with single spaces (no-break
  # spaces, which group thousands, too).
  sed 's/\xc2\xa0/ /g' "$file" | tr -s ' \n' ' ' > "$file.flat"
  if grep -q -- "$pattern" "$file.flat"; then
    ok "$what"
  else
    not_ok "$what: “$pattern” not found in $(basename "$file")"
  fi
}

refuses () {
  local what=$1 pattern=$2
  shift 2
  if "$binary" --database="$db" "$@" >"$dir/out" 2>"$dir/err"; then
    not_ok "$what: exited 0"
  elif grep -q -- "$pattern" "$dir/err"; then
    ok "$what"
  else
    not_ok "$what: “$pattern” not in: $(cat "$dir/err")"
  fi
}

check_info () {
  local what=$1 file=$2 pattern=$3
  if grep -q -- "$pattern" "$file"; then ok "$what"; else not_ok "$what: “$pattern” not in $(cat "$file")"; fi
}

sql () { sqlite3 "$db" "$1"; }

# Thousands grouped as the documents write them (a space, read back as one).
grouped () { echo "$1" | sed ':a;s/\B[0-9]\{3\}\>/ &/;ta'; }

"$binary" --database="$db" --init-demo >/dev/null
year=$(sql "SELECT max(substr(received_on, 1, 4)) FROM item")
first="$year-01-01"
last="$year-12-31"

items=$(sql "SELECT count(*) FROM item WHERE received_on BETWEEN '$first' AND '$last'")
meetings=$(sql "SELECT count(*) FROM meeting WHERE status != 'cancelled' AND held_on BETWEEN '$first' AND '$last'")
decisions=$(sql "SELECT count(*) FROM agenda_entry AS e JOIN meeting AS m ON m.id = e.meeting_id
                 WHERE m.status != 'cancelled' AND m.held_on BETWEEN '$first' AND '$last' AND e.decision IS NOT NULL")
due=$(sql "SELECT count(*) FROM report WHERE due_on BETWEEN '$first' AND '$last'")
on_time=$(sql "SELECT count(*) FROM report WHERE due_on BETWEEN '$first' AND '$last' AND received_on <= due_on")
late=$(sql "SELECT count(*) FROM report WHERE due_on BETWEEN '$first' AND '$last' AND received_on > due_on")
outstanding=$(sql "SELECT count(*) FROM report WHERE due_on BETWEEN '$first' AND '$last' AND received_on IS NULL")
fees=$(sql "SELECT CAST(round(sum(CASE WHEN currency = 'SEK' THEN amount ELSE amount * sek_rate END)) AS INTEGER)
            FROM fee WHERE year = $year AND (currency = 'SEK' OR sek_rate IS NOT NULL)")
events=$(sql "SELECT count(*) FROM forum_event WHERE starts_on BETWEEN '$first' AND '$last'")
rs_items=$(sql "SELECT count(*) FROM item JOIN body ON body.id = item.routed_body_id
                WHERE body.short_name = 'RS' AND received_on BETWEEN '$first' AND '$last'")

summary="In $year, $items items were received"
meeting_text="$meetings meetings were held, where $decisions decisions were recorded"
report_text="Of $due returned reports due in the year, $on_time came on time, $late late and $outstanding"
fee_text="The fees for $year amount to SEK $(grouped "$fees")"
event_text="took part in $events forum events"

headings=("International work — yearly report $year" "Summary" "Contents" "Items received"
          "Items received per month, $year" "Meetings and decisions" "Memberships on 31 December"
          "Membership fees $year" "Fees by network in SEK, $year" "Representatives and assignments"
          "Forum events and attendance" "Returned reports" "Influence questions")

check_document () {
  local kind=$1 text=$2
  for heading in "${headings[@]}"; do
    check "$kind has “$heading”" "$text" "$heading"
  done
  check "$kind: items received ($items)" "$text" "$summary"
  check "$kind: meetings and decisions ($meetings, $decisions)" "$text" "$meeting_text"
  check "$kind: reports on time, late, outstanding ($on_time, $late, $outstanding)" "$text" "$report_text"
  check "$kind: fees in SEK ($fees)" "$text" "$fee_text"
  check "$kind: forum events ($events)" "$text" "$event_text"
  check "$kind names the organisation" "$text" "Region Norrbotten"
}

# PDF
"$binary" --database="$db" --export=yearly-report --year="$year" --output="$dir/report.pdf" >/dev/null
pdftotext -enc UTF-8 -layout "$dir/report.pdf" "$dir/pdf.txt"
pdfinfo -enc UTF-8 "$dir/report.pdf" > "$dir/pdf.info"
check_document "the PDF" "$dir/pdf.txt"
check_info "the PDF has a title" "$dir/pdf.info" "^Title: *International work — yearly report $year"
check_info "the PDF has a subject" "$dir/pdf.info" "^Subject: *Yearly follow-up of international work $year"
check_info "the PDF has keywords" "$dir/pdf.info" "^Keywords: *yearly report, $year"
check_info "the PDF's author is the organisation" "$dir/pdf.info" "^Author: *Region Norrbotten"

# One body
"$binary" --database="$db" --export=yearly-report --year="$year" --body=rs --output="$dir/rs.pdf" >/dev/null
pdftotext -enc UTF-8 -layout "$dir/rs.pdf" "$dir/rs.txt"
check "one body's report says what it covers" "$dir/rs.txt" "For Regionstyrelsen the report covers"
check "one body's report counts its items ($rs_items)" "$dir/rs.txt" "In $year, $rs_items items were received"

# ODT, opened by LibreOffice
"$binary" --database="$db" --export=yearly-report --year="$year" --output="$dir/report.odt" >/dev/null
# Listed to files first: grep -q stops reading early, which pipefail would count as failure.
unzip -p "$dir/report.odt" mimetype > "$dir/odt-mimetype" 2>/dev/null || true
unzip -l "$dir/report.odt" > "$dir/odt-list" 2>/dev/null || true
if grep -q "application/vnd.oasis.opendocument.text" "$dir/odt-mimetype"; then
  ok "the ODT is an OpenDocument text"
else
  not_ok "the ODT is an OpenDocument text"
fi
if grep -q "Pictures/chart[0-9]*\.png" "$dir/odt-list"; then
  ok "the ODT holds the charts as images"
else
  not_ok "the ODT holds the charts as images"
fi
unzip -p "$dir/report.odt" meta.xml > "$dir/odt-meta.xml"
check_info "the ODT has a title" "$dir/odt-meta.xml" "<dc:title>International work — yearly report $year</dc:title>"
check_info "the ODT's author is the organisation" "$dir/odt-meta.xml" "<dc:creator>Region Norrbotten</dc:creator>"
if ! command -v soffice >/dev/null; then
  # shellcheck source=/dev/null
  source "$source_dir/tools/deps.sh"
  beredning_install_deps libreoffice-writer-nogui >&2
fi
if timeout 240 soffice --headless "-env:UserInstallation=file://$dir/lo" \
     --convert-to pdf --outdir "$dir/lo-out" "$dir/report.odt" >"$dir/lo.log" 2>&1 \
   && [ -s "$dir/lo-out/report.pdf" ]; then
  ok "LibreOffice opens the ODT"
  pdftotext -enc UTF-8 -layout "$dir/lo-out/report.pdf" "$dir/odt.txt"
  check_document "the ODT" "$dir/odt.txt"
else
  not_ok "LibreOffice opens the ODT: $(cat "$dir/lo.log")"
fi

# Wrong arguments
refuses "a missing year is refused" "needs --year=YYYY" --export=yearly-report --output="$dir/x.pdf"
refuses "a year that is no year is refused" "is not a year" --export=yearly-report --year=26 --output="$dir/x.pdf"
refuses "an unknown body is refused, naming the codes" "There is no body “XYZ”.*RS" \
  --export=yearly-report --year="$year" --body=XYZ --output="$dir/x.pdf"
refuses "an unknown format is refused, naming the allowed ones" "\.pdf, \.odt" \
  --export=yearly-report --year="$year" --output="$dir/x.docx"
refuses "an unwritable output is refused" "Could not write" \
  --export=yearly-report --year="$year" --output="$dir/no-such-folder/x.pdf"
if [ -e "$dir/x.pdf" ]; then not_ok "a refused export writes nothing"; else ok "a refused export writes nothing"; fi

echo "1..$n"
exit $((failures > 0))
