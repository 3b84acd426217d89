// A readable text form of IR modules, for debugging the lowering and the backends (and for a
// CLI `--ir` listing): one line per instruction, temps as %N (with :hi/:lo for legalized halves),
// labels as LN, slots as $N, points and call sites by their stable ids.

import type { Instr, IRData, IRFunction, IRModule } from './ir';
import { typeName } from './types';

export function formatModule(mod: IRModule): string {
  const out: string[] = [`; module ${mod.file} (${mod.dataModel})`];
  if (mod.externs.length) out.push(`; externs: ${mod.externs.join(', ')}`);
  for (const d of mod.data) out.push(formatData(d));
  for (const fn of mod.functions) out.push('', formatFunction(fn));
  return out.join('\n') + '\n';
}

function formatData(d: IRData): string {
  const bytes = d.bytes ? ` [${[...d.bytes.subarray(0, 32)].map((b) => b.toString(16).padStart(2, '0')).join(' ')}${d.bytes.length > 32 ? ' …' : ''}]` : '';
  const relocs = d.relocs.map((r) => ` @${r.offset}=${r.sym}${r.addend ? `+${r.addend}` : ''}`).join('');
  return `data ${d.isStatic ? 'static ' : ''}${d.name} .${d.section} size ${d.size} align ${d.align}${bytes}${relocs}`;
}

export function formatFunction(fn: IRFunction): string {
  const lines: string[] = [];
  const params = fn.params.map((p) => `$${p.slot}:${p.ty}${p.part ? `.${p.part}` : ''}`).join(', ');
  lines.push(`func ${fn.isStatic ? 'static ' : ''}${fn.name}(${params}${fn.variadic ? ', ...' : ''}) -> ${fn.ret}${fn.runtime ? ' runtime' : ''}`);
  fn.slots.forEach((s, i) => {
    const what = s.name !== undefined ? ` ${s.name}` : '';
    const ty = s.ctype ? ` : ${typeName(s.ctype)}` : '';
    lines.push(`  slot $${i} ${s.role}${what}${ty} size ${s.size} align ${s.align}${s.addressTaken ? ' &' : ''}`);
  });
  const t = (n: number): string => {
    const info = fn.temps[n];
    return `%${n}${info?.part ? `:${info.part}` : ''}${info?.ty === 'i64' ? ':64' : ''}`;
  };
  for (const i of fn.body) lines.push(formatInstr(fn, i, t));
  return lines.join('\n');
}

function formatInstr(fn: IRFunction, i: Instr, t: (n: number) => string): string {
  const at = i.loc ? `    ; ${i.loc.line}:${i.loc.col}` : '';
  const s = ((): string => {
    switch (i.op) {
      case 'label': return `L${i.label}:`;
      case 'const': return `${t(i.dst)} = ${i.value}`;
      case 'copy': return `${t(i.dst)} = ${t(i.a)}`;
      case 'bin': case 'cmp': return `${t(i.dst)} = ${i.kind} ${t(i.a)}, ${t(i.b)}`;
      case 'neg': case 'not': case 'trunc': return `${t(i.dst)} = ${i.op} ${t(i.a)}`;
      case 'ext': return `${t(i.dst)} = ext${i.bits}${i.signed ? 's' : 'u'} ${t(i.a)}`;
      case 'widen': return `${t(i.dst)} = widen${i.signed ? 's' : 'u'} ${t(i.a)}`;
      case 'load': return `${t(i.dst)} = load${i.size}${i.signed ? 's' : 'u'} [${t(i.addr)}${off(i.offset)}]`;
      case 'store': return `store${i.size} [${t(i.addr)}${off(i.offset)}], ${t(i.src)}`;
      case 'copymem': return `copymem [${t(i.dst)}], [${t(i.src)}], ${i.size}`;
      case 'zeromem': return `zeromem [${t(i.dst)}], ${i.size}`;
      case 'slotaddr': return `${t(i.dst)} = &$${i.slot}`;
      case 'symaddr': return `${t(i.dst)} = &${i.sym}${off(i.offset)}`;
      case 'vastart': return `${t(i.dst)} = vastart`;
      case 'call': {
        const callee = 'sym' in i.callee ? i.callee.sym : `*${t(i.callee.temp)}`;
        const args = i.args.map((a, k) => `${k === i.fixedArgs ? '... ' : ''}${t(a.t)}`).join(', ');
        const dst = i.dst === undefined ? '' : `${t(i.dst)}${i.dstHi !== undefined ? `:${t(i.dstHi)}` : ''} = `;
        return `${dst}call ${callee}(${args})    ; ${fn.callSites[i.site]?.id ?? '?'}`;
      }
      case 'syscall': return `${t(i.dst)} = syscall 0x${i.num.toString(16)}(${i.args.map(t).join(', ')})`;
      case 'jump': return `jump L${i.target}`;
      case 'branch': return `branch ${t(i.cond)}, L${i.ifTrue}, L${i.ifFalse}`;
      case 'switch': return `switch ${t(i.value)} [${i.cases.map((c) => `${c.value}: L${c.target}`).join(', ')}] default L${i.dflt}`;
      case 'ret': return `ret${i.value !== undefined ? ` ${t(i.value)}` : ''}${i.valueHi !== undefined ? `:${t(i.valueHi)}` : ''}`;
      case 'point': return `point ${fn.points[i.point]?.id ?? '?'} (${fn.points[i.point]?.kind ?? '?'})`;
    }
  })();
  return (i.op === 'label' ? '' : '    ') + s + at;
}

const off = (n: number): string => (n === 0 ? '' : n > 0 ? `+${n}` : `${n}`);
