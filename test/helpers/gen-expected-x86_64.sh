#!/usr/bin/env bash
# Produces the x86_64 expected outputs of test/programs with the host's gcc (x86-64 Linux, LP64,
# little-endian, signed plain char: exactly Shuttle's x86_64 data model), run natively, never with
# Shuttle. Writes NN-name.x86_64.out when the program has no shared NN-name.out or when gcc's x86-64
# output differs from it (LP64 shows in sizeof(long), pointer sizes, struct layouts, LONG_MAX…), and
# checks the exit code against the `/* expect-exit: N */` first line. The <shuttle.h> stand-in is
# test/helpers/truth-include/shuttle.h with current_isa() answering "x86_64".
# Usage: bash test/helpers/gen-expected-x86_64.sh [test/programs/NN-x.c ...]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/inc"
sed 's/return "rv32";/return "x86_64";/' "$root/test/helpers/truth-include/shuttle.h" > "$tmp/inc/shuttle.h"
cflags=(-std=c99 -pedantic -Wall -Wno-unused -Wno-unused-function -static -O0 -I "$tmp/inc")
files=("$@"); [ ${#files[@]} -eq 0 ] && files=("$root"/test/programs/*.c)
status=0
for c in "${files[@]}"; do
  base="${c%.c}"; name="$(basename "$base")"
  want_exit=$(head -1 "$c" | sed -n 's/.*expect-exit: *\([0-9]*\).*/\1/p'); want_exit=${want_exit:-0}
  args=$(sed -n 's/^\/\* args: \(.*\) \*\/$/\1/p' "$c" | head -1)
  stdin=/dev/null; [ -f "$base.stdin" ] && stdin="$base.stdin"
  gcc "${cflags[@]}" -DTRUTH_X86_64 "$c" -o "$tmp/x86" 2> "$tmp/x86.err" || { echo "$name: gcc failed"; cat "$tmp/x86.err"; status=1; continue; }
  set +e
  # shellcheck disable=SC2086
  timeout 20 "$tmp/x86" $args < "$stdin" > "$tmp/x86.out"; rx=$?
  set -e
  [ "$rx" = "$want_exit" ] || { echo "$name: x86_64 exit $rx, expected $want_exit"; status=1; }
  rm -f "$base.x86_64.out"
  if [ -f "$base.out" ] && cmp -s "$tmp/x86.out" "$base.out"; then continue; fi
  cp "$tmp/x86.out" "$base.x86_64.out"; echo "$name: x86_64 output of its own"
done
exit $status
