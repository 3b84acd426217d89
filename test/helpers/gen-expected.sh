#!/usr/bin/env bash
# Produces the expected outputs of test/programs with real C compilers, never with Shuttle:
#   m68k: m68k-linux-gnu-gcc -static -O0 under qemu-m68k (ILP32, big-endian, signed char, 2-byte alignment:
#         exactly Shuttle's m68k data model);
#   rv32: i686-linux-gnu-gcc -funsigned-char -static -O0, run natively (ILP32, little-endian, unsigned char:
#         Shuttle's rv32 data model except that i386 aligns long long to 4 inside structs — programs avoid
#         printing layouts that depend on it).
# Writes NN-name.out when both agree, else NN-name.rv32.out and NN-name.m68k.out, and checks the exit code
# against the `/* expect-exit: N */` first line. Needs Debian's gcc-m68k-linux-gnu, gcc-i686-linux-gnu,
# libc6-dev-i386-cross and qemu-user. Usage: bash test/helpers/gen-expected.sh [test/programs/NN-x.c ...]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
inc="$root/test/helpers/truth-include"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
cflags=(-std=c99 -pedantic -Wall -Wno-unused -Wno-unused-function -static -O0 -I "$inc")
files=("$@"); [ ${#files[@]} -eq 0 ] && files=("$root"/test/programs/*.c)
status=0
for c in "${files[@]}"; do
  base="${c%.c}"; name="$(basename "$base")"
  want_exit=$(head -1 "$c" | sed -n 's/.*expect-exit: *\([0-9]*\).*/\1/p'); want_exit=${want_exit:-0}
  args=$(sed -n 's/^\/\* args: \(.*\) \*\/$/\1/p' "$c" | head -1)
  stdin=/dev/null; [ -f "$base.stdin" ] && stdin="$base.stdin"
  m68k-linux-gnu-gcc "${cflags[@]}" -DTRUTH_M68K "$c" -o "$tmp/m68k" 2> "$tmp/m68k.err" || { echo "$name: m68k gcc failed"; cat "$tmp/m68k.err"; status=1; continue; }
  i686-linux-gnu-gcc "${cflags[@]}" -funsigned-char "$c" -o "$tmp/rv32" 2> "$tmp/rv32.err" || { echo "$name: i686 gcc failed"; cat "$tmp/rv32.err"; status=1; continue; }
  [ -s "$tmp/m68k.err" ] && { echo "$name: warnings:"; cat "$tmp/m68k.err"; }
  set +e
  # shellcheck disable=SC2086
  timeout 20 qemu-m68k "$tmp/m68k" $args < "$stdin" > "$tmp/m68k.out"; rm68k=$?
  # shellcheck disable=SC2086
  timeout 20 "$tmp/rv32" $args < "$stdin" > "$tmp/rv32.out"; rrv32=$?
  set -e
  [ "$rm68k" = "$want_exit" ] || { echo "$name: m68k exit $rm68k, expected $want_exit"; status=1; }
  [ "$rrv32" = "$want_exit" ] || { echo "$name: rv32 exit $rrv32, expected $want_exit"; status=1; }
  rm -f "$base.out" "$base.rv32.out" "$base.m68k.out"
  if cmp -s "$tmp/m68k.out" "$tmp/rv32.out"; then cp "$tmp/m68k.out" "$base.out"
  else cp "$tmp/m68k.out" "$base.m68k.out"; cp "$tmp/rv32.out" "$base.rv32.out"; echo "$name: output differs by ISA"; fi
done
exit $status
