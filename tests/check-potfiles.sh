#!/usr/bin/env bash
# Every source or template with translatable text is listed in po/POTFILES.in,
# so that no visible string escapes the Swedish translation.
set -euo pipefail
top=${1:-$(dirname "$0")/..}
cd "$top"
status=0
while IFS= read -r file; do
  if ! grep -qxF "$file" po/POTFILES.in; then
    echo "not in po/POTFILES.in: $file"
    status=1
  fi
done < <( { grep -rlE '\b(N?_|C_|NC_|g_dngettext) ?\(' src --include='*.c';
            grep -rl 'translatable="yes"' resources --include='*.ui'; } | sort -u)
while IFS= read -r file; do
  case "$file" in ''|\#*) continue ;; esac
  [ -e "$file" ] || { echo "listed but missing: $file"; status=1; }
done < po/POTFILES.in
exit $status
