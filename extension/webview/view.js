// The Migration view's script (runs in the webview, plain browser JavaScript): renders the model
// the extension posts ({ type: 'model', model }, see extension/view-model.ts) into the three
// columns, the target picker, the Migrate button and the timeline; sends the picked target and
// Migrate clicks back ({ type: 'target' | 'migrate', isa }).
// @ts-check
(function () {
  // eslint-disable-next-line no-undef
  const vscode = acquireVsCodeApi();
  const $ = (id) => /** @type {HTMLElement} */ (document.getElementById(id));
  const select = /** @type {HTMLSelectElement} */ ($('target-isa'));
  const button = /** @type {HTMLButtonElement} */ ($('migrate-button'));
  const open = new Set(); // tree nodes the user opened, kept across updates
  const closed = new Set();

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function row(r) {
    const d = el('div', 'row' + (r.changed ? ' changed' : ''));
    d.title = r.changed ? `${r.name} changed since the last stop` : r.name;
    d.append(el('span', 'name', r.name), el('span', 'value', r.value));
    if (!r.fields || !r.fields.length) return d;
    const wrap = el('div', 'register');
    const f = el('div', 'fields');
    for (const x of r.fields) f.append(el('span', 'field' + (x.changed ? ' changed' : ''), `${x.name}=${x.value}`));
    wrap.append(d, f);
    return wrap;
  }

  function node(n) {
    if (!n.children) {
      const d = el('div', 'row' + (n.changed ? ' changed' : ''));
      d.title = `${n.label} = ${n.value || ''}`; // the whole value where the column cuts it short
      d.append(el('span', 'name', n.label), el('span', 'value', n.value || ''));
      return d;
    }
    const det = /** @type {HTMLDetailsElement} */ (el('details', 'node' + (n.changed ? ' changed' : '') + (n.selected ? ' selected' : '')));
    det.open = open.has(n.key) || (!closed.has(n.key) && !!n.open);
    det.addEventListener('toggle', () => {
      if (det.open) { open.add(n.key); closed.delete(n.key); } else { closed.add(n.key); open.delete(n.key); }
    });
    const sum = el('summary');
    sum.append(el('span', 'name', n.label), el('span', 'value', n.value || ''));
    det.append(sum);
    for (const c of n.children) det.append(node(c));
    if (!n.children.length) det.append(el('div', 'empty', '(none)'));
    return det;
  }

  function column(id, col, fallback, render) {
    const sec = $(id);
    const h = /** @type {HTMLElement} */ (sec.querySelector('h3'));
    const body = /** @type {HTMLElement} */ (sec.querySelector('.body'));
    h.textContent = col ? col.title : fallback;
    body.replaceChildren();
    body.classList.toggle('registers', render === row); // register lists flow into as many sub-columns as fit
    if (!col) return;
    if (col.subtitle) body.append(el('div', 'subtitle', col.subtitle));
    if (col.error) body.append(el('div', 'error', col.error));
    for (const item of col.items) body.append(render(item));
  }

  function render(m) {
    document.body.dataset.state = m.state;
    $('message').textContent = m.message || '';
    const prev = select.value;
    select.replaceChildren(...m.targets.map((t) => {
      const o = /** @type {HTMLOptionElement} */ (el('option', undefined, t.id));
      o.value = t.id;
      o.title = `${t.label} · ${t.description}`;
      return o;
    }));
    select.value = m.target || prev;
    select.disabled = m.state !== 'stopped' || !m.targets.length;
    button.disabled = !m.canMigrate;
    button.title = m.canMigrate ? `Migrate from ${m.isa} to ${select.value}` : 'Migration needs a stopped Shuttle session';
    column('source-column', m.source, 'Source', row);
    column('canonical-column', m.canonical, 'Canonical state', node);
    column('target-column', m.preview, 'Target', row);
    $('timeline').replaceChildren(...m.timeline.map((t) => el('li', undefined, t)));
  }

  select.addEventListener('change', () => vscode.postMessage({ type: 'target', isa: select.value }));
  button.addEventListener('click', () => {
    button.disabled = true;
    vscode.postMessage({ type: 'migrate', isa: select.value });
  });
  window.addEventListener('message', (e) => { if (e.data && e.data.type === 'model') render(e.data.model); });
  vscode.postMessage({ type: 'ready' });
})();
