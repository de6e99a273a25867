#!/usr/bin/env bash
# Writes po/POTFILES.in anew: the data files, then every source and template
# with translatable text (the list tests/check-potfiles.sh checks).
set -euo pipefail
cd "$(dirname "$0")/.."
{
  echo "# Files with translatable strings."
  echo "data/io.github.beredning.Beredning.desktop.in"
  echo "data/io.github.beredning.Beredning.metainfo.xml.in"
  echo "data/io.github.beredning.Beredning.gschema.xml"
  { grep -rlE '\b(N?_|C_|NC_|g_dngettext) ?\(' src --include='*.c'
    grep -rl 'translatable="yes"' resources --include='*.ui'; } | LC_ALL=C sort -u
} > po/POTFILES.in
