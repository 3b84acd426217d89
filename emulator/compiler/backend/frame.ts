// Frame layout shared by every backend: places each IR slot and each temp in the area below
// the frame pointer, after `reserved` bytes the backend keeps for itself (saved registers).
// Offsets are negative and fp-relative; they become the home slots of the debug info.

import type { IRFunction, Ty } from '../ir';
import { roundUp } from '../types';

export interface FrameLayout { slotOffsets: number[]; tempOffsets: number[]; frameSize: number }

export function layoutFrame(
  fn: IRFunction,
  opts: { reserved: number; tempBytes: (ty: Ty) => number; tempAlign: number; stackAlign: number; maxAlign: number },
): FrameLayout {
  let used = opts.reserved;
  const place = (size: number, align: number): number => {
    used = roundUp(used + size, Math.min(Math.max(align, 1), opts.maxAlign));
    return -used;
  };
  const slotOffsets = fn.slots.map((s) => place(s.size, s.align));
  const tempOffsets = fn.temps.map((t) => place(opts.tempBytes(t.ty), opts.tempAlign));
  return { slotOffsets, tempOffsets, frameSize: roundUp(used, opts.stackAlign) };
}
