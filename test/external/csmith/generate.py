#!/usr/bin/env python3
# Generates random differential-test programs with csmith (Debian package `csmith`) for
# test/external/csmith.test.ts. Each program is made self-contained: csmith's `#include "csmith.h"` is
# replaced by our own prelude (the C subset's headers, a CRC-32 checksum, and UB-free "safe math"
# wrappers for exactly the functions the program calls; written here, not taken from csmith). The
# expected output (the final checksum line) comes from real gcc builds exactly as for test/programs:
# m68k-linux-gnu-gcc under qemu-m68k, i686-linux-gnu-gcc -funsigned-char for rv32. Programs that gcc
# cannot build, that time out, or whose gcc builds disagree in unexpected ways are skipped.
# Usage: python3 test/external/csmith/generate.py [first_seed] [count] [small|large]
# (file numbers continue after the existing files; the suite holds seeds 1-20, 1000-1020 small, 5000-5009 large)
import os, re, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'programs')
CSMITH_OPTS = ['--no-bitfields', '--no-volatiles', '--no-volatile-pointers', '--no-packed-struct', '--no-builtins',
               '--max-array-len-per-dim', '5', '--max-struct-fields', '5', '--max-union-fields', '3']
PROFILES = {
    'small': ['--max-funcs', '5', '--max-block-depth', '3', '--max-expr-complexity', '6'],
    'large': ['--max-funcs', '8', '--max-block-depth', '4', '--max-expr-complexity', '10'],
}

BITS = {'int8_t': 8, 'int16_t': 16, 'int32_t': 32, 'int64_t': 64, 'uint8_t': 8, 'uint16_t': 16, 'uint32_t': 32, 'uint64_t': 64}

PRELUDE = '''/* --- prelude written for Shuttle's csmith tests (replaces csmith.h) --- */
#include "csmith-prelude.h"
'''

def limits(t):
    b = BITS[t]
    if t.startswith('u'):
        return None, None
    return '(-%s - 1)' % ('0x7FFFFFFFFFFFFFFFLL' if b == 64 else str(2 ** (b - 1) - 1)), ('0x7FFFFFFFFFFFFFFFLL' if b == 64 else str(2 ** (b - 1) - 1))

def safe_fn(name):
    m = re.match(r'safe_(add|sub|mul|div|mod|lshift|rshift|unary_minus)_func_(u?int\d+_t)_([su])(?:_([su]))?$', name)
    if not m:
        return None
    op, t, a1, a2 = m.groups()
    b = BITS[t]
    signed = not t.startswith('u')
    mn, mx = limits(t)
    wide = 'int64_t' if b < 64 else None
    utype = 'uint64_t' if b == 64 else 'uint32_t'
    if op == 'unary_minus':
        body = ('return (a == %s) ? a : (%s)-a;' % (mn, t)) if signed else 'return (%s)(0u - (%s)a);' % (t, utype)
        return 'static %s %s(%s a) { %s }' % (t, name, t, body)
    if op in ('lshift', 'rshift'):
        rt = 'int' if a2 == 's' else 'unsigned int'
        width = 64 if b == 64 else 32
        neg = '(int)b < 0 || ' if a2 == 's' else ''
        if signed:
            if op == 'lshift':
                cond = 'a < 0 || %s(unsigned int)b >= %d || a > (%s >> b)' % (neg, width, mx)
                res = '(%s)(a << b)' % t
            else:
                cond = 'a < 0 || %s(unsigned int)b >= %d' % (neg, width)
                res = '(%s)(a >> b)' % t
        else:
            cond = '%s(unsigned int)b >= %d' % (neg, width)
            res = '(%s)((%s)a %s b)' % (t, utype, '<<' if op == 'lshift' else '>>')
        return 'static %s %s(%s a, %s b) { return (%s) ? a : %s; }' % (t, name, t, rt, cond, res)
    # binary arithmetic on two values of type t
    if not signed:
        if op in ('div', 'mod'):
            return 'static %s %s(%s a, %s b) { return b == 0 ? a : (%s)(a %s b); }' % (t, name, t, t, t, '/' if op == 'div' else '%')
        sym = {'add': '+', 'sub': '-', 'mul': '*'}[op]
        return 'static %s %s(%s a, %s b) { return (%s)((%s)a %s (%s)b); }' % (t, name, t, t, t, utype, sym, utype)
    if op in ('div', 'mod'):
        return 'static %s %s(%s a, %s b) { return (b == 0 || (a == %s && b == -1)) ? a : (%s)(a %s b); }' % (
            t, name, t, t, mn, t, '/' if op == 'div' else '%')
    sym = {'add': '+', 'sub': '-', 'mul': '*'}[op]
    if wide:
        return ('static %s %s(%s a, %s b) { int64_t r = (int64_t)a %s (int64_t)b; '
                'return (r < %s || r > %s) ? a : (%s)r; }') % (t, name, t, t, sym, mn, mx, t)
    if op == 'add':
        cond = '(b > 0 && a > %s - b) || (b < 0 && a < %s - b)' % (mx, mn)
    elif op == 'sub':
        cond = '(b < 0 && a > %s + b) || (b > 0 && a < %s + b)' % (mx, mn)
    else:
        cond = ('(a > 0 && b > 0 && a > %s / b) || (a > 0 && b <= 0 && b < %s / a) || '
                '(a <= 0 && b > 0 && a < %s / b) || (a < 0 && b < 0 && b < %s / a)') % (mx, mn, mn, mx)
    return 'static %s %s(%s a, %s b) { return (%s) ? a : (%s)(a %s b); }' % (t, name, t, t, cond, t, sym)

def make_source(raw):
    names = sorted(set(re.findall(r'\bsafe_[a-z_0-9]+', raw)))
    fns = []
    for n in names:
        f = safe_fn(n)
        if f is None:
            raise ValueError('unknown csmith helper ' + n)
        fns.append(f)
    body = raw.replace('#include "csmith.h"', PRELUDE + '\n'.join(fns) + '\n/* --- end of prelude --- */')
    return '/* expect-exit: 0 */\n' + body

def run(cmd, **kw):
    return subprocess.run(cmd, capture_output=True, timeout=kw.pop('timeout', 20), **kw)

def truth(src_path, tmp):
    flags = ['-std=c99', '-w', '-static', '-O0', '-I', OUT]  # OUT holds csmith-prelude.h
    outs = {}
    for isa, cc, extra, runner in (('m68k', 'm68k-linux-gnu-gcc', [], ['qemu-m68k']), ('rv32', 'i686-linux-gnu-gcc', ['-funsigned-char'], [])):
        exe = os.path.join(tmp, isa)
        if run([cc] + flags + extra + [src_path, '-o', exe]).returncode != 0:
            return None
        try:
            r = run(runner + [exe], timeout=5)
        except subprocess.TimeoutExpired:
            return None
        if r.returncode != 0:
            return None
        outs[isa] = r.stdout
    return outs

def main():
    first = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 20
    profile = PROFILES[sys.argv[3] if len(sys.argv) > 3 else 'small']
    os.makedirs(OUT, exist_ok=True)
    made = 0
    existing = len([f for f in os.listdir(OUT) if f.endswith('.c')])
    seed = first
    with tempfile.TemporaryDirectory() as tmp:
        while made < count and seed < first + count * 5:
            raw = run(['csmith', '--seed', str(seed)] + CSMITH_OPTS + profile).stdout.decode()
            seed += 1
            try:
                src = make_source(raw)
            except ValueError as e:
                print('seed %d: %s' % (seed - 1, e)); continue
            path = os.path.join(tmp, 'p.c')
            with open(path, 'w') as f:
                f.write(src)
            outs = truth(path, tmp)
            if outs is None:
                print('seed %d: skipped (gcc build failed or timed out)' % (seed - 1)); continue
            made += 1
            base = os.path.join(OUT, '%02d-seed%d' % (existing + made, seed - 1))
            with open(base + '.c', 'w') as f:
                f.write(src)
            if outs['m68k'] == outs['rv32']:
                open(base + '.out', 'wb').write(outs['m68k'])
            else:
                open(base + '.m68k.out', 'wb').write(outs['m68k'])
                open(base + '.rv32.out', 'wb').write(outs['rv32'])
            print('%s: %s' % (os.path.basename(base), outs['m68k'].decode().strip()))

main()
