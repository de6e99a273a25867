#!/usr/bin/env bash
# The layers hold: the interface talks to the model only (no store calls, no
# queries, no raw rows, no transactions), and nothing outside src/store
# knows SQLite. Prints each breach with its place; exits 1 if any.
set -uo pipefail
top=${1:-$(dirname "$0")/..}
cd "$top" || exit 2
status=0

breach () {
  echo "$1"
  status=1
}

while IFS= read -r line; do
  breach "src/ui uses the store or a query: $line"
done < <(grep -rnE '\b(ber_store_[a-z_]+|ber_query_[a-z_]+|ber_context_get_store) *\(|\bBer(Store|Query)\b' \
           src/ui --include='*.c' --include='*.h')

while IFS= read -r line; do
  breach "src/ui reads a raw row: $line"
done < <(grep -rnE '\bg_variant_lookup(_value)? *\(|\bber_row_[a-z_]+ *\(' src/ui --include='*.c')

while IFS= read -r line; do
  breach "SQLite outside src/store: $line"
done < <(grep -rnE '#include <sqlite3.h>|\bsqlite3_[a-z_]+ *\(' src --include='*.c' --include='*.h' \
           | grep -v '^src/store/')

while IFS= read -r line; do
  breach "GTK below the interface: $line"
done < <(grep -rnE '#include <(gtk|adwaita|gdk)' src/store src/model src/export src/demo src/cli \
           --include='*.c' --include='*.h')

exit $status
