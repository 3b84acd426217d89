#!/usr/bin/env bash
# Expected outputs of test/programs/migrate/*.c from real C compilers (never from Shuttle), as
# test/helpers/gen-expected.sh does for test/programs, but with test/programs/migrate/truth-include's
# <shuttle.h>, whose migrate() succeeds like Shuttle's. Usage: bash test/migrate/gen-expected.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
dir="$root/test/programs/migrate"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
cflags=(-std=c99 -pedantic -Wall -Wno-unused -Wno-unused-function -static -O0 -I "$dir/truth-include")
status=0
for c in "$dir"/*.c; do
  base="${c%.c}"; name="$(basename "$base")"
  want_exit=$(head -1 "$c" | sed -n 's/.*expect-exit: *\([0-9]*\).*/\1/p'); want_exit=${want_exit:-0}
  m68k-linux-gnu-gcc "${cflags[@]}" "$c" -o "$tmp/m68k"
  i686-linux-gnu-gcc "${cflags[@]}" -funsigned-char "$c" -o "$tmp/rv32"
  set +e
  timeout 20 qemu-m68k "$tmp/m68k" < /dev/null > "$tmp/m68k.out" 2>/dev/null; rm68k=$?
  timeout 20 "$tmp/rv32" < /dev/null > "$tmp/rv32.out" 2>/dev/null; rrv32=$?
  set -e
  [ "$rm68k" = "$want_exit" ] || { echo "$name: m68k exit $rm68k, expected $want_exit"; status=1; }
  [ "$rrv32" = "$want_exit" ] || { echo "$name: rv32 exit $rrv32, expected $want_exit"; status=1; }
  rm -f "$base.out" "$base.rv32.out" "$base.m68k.out"
  if cmp -s "$tmp/m68k.out" "$tmp/rv32.out"; then cp "$tmp/m68k.out" "$base.out"
  else cp "$tmp/m68k.out" "$base.m68k.out"; cp "$tmp/rv32.out" "$base.rv32.out"; echo "$name: output differs by ISA"; fi
done
exit $status
