// "Shuttle: Migrate to…": a quick pick of the other ISAs (label the ISA id, description its byte
// order, word size and register count), then the adapter's custom `migrate` request. Used by the
// command palette, the debug toolbar, the status bar item and the Migration view's button. Only a
// stopped session migrates: the status bar item runs the command whatever its enablement says, so
// while the program runs it answers with a plain message instead of asking the adapter.

import * as vscode from 'vscode';
import { describeIsa } from '../isa-info';
import type { ShuttleSessions } from '../sessions';
import type { MigrationRecord } from '../view-model';

/** Migrate the active Shuttle session to `target` (asked for when not given). */
export async function migrateTo(sessions: ShuttleSessions, target?: unknown): Promise<MigrationRecord | undefined> {
  const st = sessions.active();
  if (!st) { void vscode.window.showErrorMessage('Shuttle: no Shuttle debug session to migrate.'); return undefined; }
  if (!st.stopped) {
    const why = st.migrating ? `it is already on its way to ${st.migrating}` : `the program is running on ${st.isa}`;
    void vscode.window.showInformationMessage(`Shuttle: ${why}. Migrate when it stops (pause it, or wait for a breakpoint).`);
    return undefined;
  }
  const isas = await sessions.isas(st);
  let isa = typeof target === 'string' ? target : undefined;
  if (!isa) {
    const items = isas.filter((i) => i.id !== st.isa).map((i) => ({ label: i.id, description: describeIsa(i), detail: i.title }));
    const pick = await vscode.window.showQuickPick(items, { placeHolder: `Migrate from ${st.isa} to…`, title: 'Shuttle: Migrate to…' });
    if (!pick) return undefined;
    isa = pick.label;
  }
  st.migrating = isa; // away from a migration point the adapter runs to the next one first ('continued')
  try {
    const r = await st.session.customRequest('migrate', { targetIsa: isa }) as MigrationRecord;
    if (typeof r?.to === 'string') st.isa = r.to;
    return r;
  } catch (e) {
    void vscode.window.showErrorMessage(`Shuttle: cannot migrate to ${isa}: ${e instanceof Error ? e.message : String(e)}`);
    return undefined;
  } finally {
    st.migrating = undefined;
  }
}
