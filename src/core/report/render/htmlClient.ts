/**
 * The HTML report's one inline script. It is serialized with Function.prototype.toString, so it must
 * be self-contained: no imports, no module-level helpers, only its parameters (`doc`, `win`).
 * It reads the view JSON from `<script type="application/json" id="vigil-data">` and builds the page
 * with createElement/textContent only (never innerHTML), so agent text cannot become markup.
 */
export function reportClient(doc: Document, win: Window): void {
  type Seg = [string, string, string];
  type VFinding = { id: string; sev: string; cat: string; monitor: string; message: string; quote: string; where: string };
  type VRow = { id: string; seq: number; time: string; kind: string; label: string; sev: string; cats: string[]; segs?: Seg[]; blocks?: [string, string][]; diffs?: [string, string[]][]; findings: VFinding[]; risk?: [number, string]; decision?: string };
  type VDecision = { seq: number; time: string; decision: string; by: string; score: number; what: string; reason: string };
  type VFile = { path: string; kind: string; added: number; removed: number; edits: number };
  type View = { title: string; facts: [string, string][]; notes: string[]; task: string; files: VFile[]; decisions: VDecision[]; categories: string[]; sessions: { name: string; rows: VRow[] }[]; generated: string };

  const SEVS = ['critical', 'high', 'medium', 'low'];
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] => {
    const e = doc.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  };
  const add = (parent: Element, ...kids: (Node | string)[]): void => {
    for (const k of kids) parent.append(typeof k === 'string' ? doc.createTextNode(k) : k);
  };
  const source = doc.getElementById('vigil-data');
  const root = doc.getElementById('app');
  if (!source || !root) return;
  const data = JSON.parse(source.textContent || '{}') as View;

  // Header
  const head = el('header');
  add(head, el('h1', '', `Vigil report: ${data.title}`));
  const facts = el('dl', 'facts');
  for (const [k, v] of data.facts) add(facts, el('dt', '', k), el('dd', '', v));
  add(head, facts);
  for (const n of data.notes) add(head, el('p', 'note', n));
  add(root, head);

  // Filters
  const controls = el('form', 'controls');
  controls.setAttribute('aria-label', 'Filter events');
  const boxes: Record<string, HTMLInputElement> = {};
  for (const s of [...SEVS, 'none']) {
    const label = el('label', `chip sev-${s}`);
    const box = el('input');
    box.type = 'checkbox';
    box.checked = true;
    box.name = `sev-${s}`;
    boxes[s] = box;
    add(label, box, s === 'none' ? ' unflagged events' : ` ${s}`);
    add(controls, label);
  }
  const cat = el('select');
  cat.name = 'category';
  cat.setAttribute('aria-label', 'Category');
  add(cat, Object.assign(el('option', '', 'all categories'), { value: '' }));
  for (const c of data.categories) add(cat, Object.assign(el('option', '', c.replace(/_/g, ' ')), { value: c }));
  const shown = el('output', 'shown');
  add(controls, cat, shown);
  add(root, controls);

  const section = (title: string): HTMLElement => {
    const s = el('section');
    add(s, el('h2', '', title));
    add(root, s);
    return s;
  };
  if (data.task) add(section('Task'), el('pre', 'text', data.task));

  const files = section(`Files changed (${data.files.length})`);
  if (data.files.length) {
    const table = el('table', 'files');
    for (const f of data.files) {
      const tr = el('tr');
      add(tr, el('td', 'path', f.path), el('td', 'add', `+${f.added}`), el('td', 'del', `−${f.removed}`), el('td', '', f.kind + (f.edits > 1 ? ` · ${f.edits} edits` : '')));
      add(table, tr);
    }
    add(files, table);
  } else add(files, el('p', 'muted', 'No file changes.'));

  const decisions = section(`Gate decisions (${data.decisions.length})`);
  if (!data.decisions.length) add(decisions, el('p', 'muted', 'No gate decisions.'));
  for (const d of data.decisions) {
    const p = el('p', `decision ${d.decision}`);
    add(p, el('strong', '', d.decision === 'deny' ? 'Denied' : 'Allowed'), ` ${d.what} — by ${d.by}, risk ${d.score}, #${d.seq} ${d.time}`);
    if (d.reason) add(p, el('span', 'muted', ` — ${d.reason}`));
    add(decisions, p);
  }

  // Timeline rows
  const rows: { el: HTMLElement; row: VRow }[] = [];
  const lazy = new WeakMap<Element, () => void>();
  const build = (d: Element): void => {
    const make = lazy.get(d);
    if (!make) return;
    lazy.delete(d);
    make();
  };
  // 'toggle' does not bubble, but it passes the root in the capture phase.
  root.addEventListener('toggle', (ev) => build(ev.target as Element), true);
  const renderRow = (r: VRow): HTMLElement => {
    const art = el('article', `row kind-${r.kind}${r.sev ? ` flagged sev-${r.sev}` : ''}`);
    art.id = `ev-${r.seq}`;
    const bar = el('div', 'bar');
    add(bar, el('span', 'seq', `#${r.seq}`), el('span', 'time', r.time), el('span', 'kind', r.kind.replace(/_/g, ' ')), el('span', 'label', r.label));
    if (r.risk) add(bar, el('span', `risk${r.risk[0] >= 40 ? ' high' : ''}`, `risk ${r.risk[0]}`));
    if (r.sev) add(bar, el('span', `chip sev-${r.sev}`, r.sev));
    add(art, bar);
    if (r.risk && r.risk[1]) add(art, el('p', 'muted small', `Risk: ${r.risk[1]}`));
    if (r.segs && r.segs.length) {
      const text = el(r.kind === 'tool_call' ? 'pre' : 'div', r.kind === 'tool_call' ? 'command' : 'text');
      for (const [s, sev, ids] of r.segs) {
        if (!sev) {
          add(text, s);
          continue;
        }
        const m = el('mark', `flag sev-${sev}`, s);
        const msgs = r.findings.filter((f) => ids.split(' ').includes(f.id)).map((f) => `${f.sev} · ${f.cat.replace(/_/g, ' ')}: ${f.message}`);
        m.title = msgs.join('\n');
        add(text, m);
      }
      add(art, text);
    }
    for (const [title, body] of r.blocks ?? []) {
      // Tool inputs/outputs are built when first opened (most are never opened; keeps big reports fast).
      const det = el('details');
      add(det, el('summary', '', title));
      lazy.set(det, () => add(det, el('pre', 'block', body)));
      add(art, det);
    }
    for (const [path, lines] of r.diffs ?? []) {
      const det = el('details', 'diff');
      det.open = true;
      add(det, el('summary', 'path', path));
      const pre = el('pre', 'diff');
      for (const l of lines) add(pre, el('span', l.startsWith('+') ? 'l-add' : l.startsWith('-') ? 'l-del' : l.startsWith('@@') ? 'l-hunk' : 'l-ctx', `${l}\n`));
      add(det, pre);
      add(art, det);
    }
    if (r.findings.length) {
      const ul = el('ul', 'findings');
      for (const f of r.findings) {
        const li = el('li', `finding sev-${f.sev}`);
        add(li, el('span', `chip sev-${f.sev}`, f.sev), ` ${f.cat.replace(/_/g, ' ')}: `, el('strong', '', f.message), el('span', 'muted small', ` ${f.monitor}`));
        if (f.quote) add(li, el('blockquote', '', f.quote));
        add(ul, li);
      }
      add(art, ul);
    }
    return art;
  };
  for (const s of data.sessions) {
    const sec = section(`${s.name} (${s.rows.length} events)`);
    const list = el('div', 'rows');
    for (const r of s.rows) {
      const e = renderRow(r);
      rows.push({ el: e, row: r });
      add(list, e);
    }
    add(sec, list);
  }

  const apply = (): void => {
    const c = cat.value;
    let n = 0;
    for (const { el: e, row } of rows) {
      const visible = row.findings.length
        ? row.findings.some((f) => boxes[f.sev]?.checked && (!c || f.cat === c))
        : !c && Boolean(boxes.none?.checked);
      e.hidden = !visible;
      if (visible) n++;
    }
    shown.textContent = `${n} of ${rows.length} events shown`;
    doc.body.dataset.shown = String(n);
  };
  controls.addEventListener('change', apply);
  controls.addEventListener('submit', (ev) => ev.preventDefault());
  apply();
  add(root, el('footer', 'muted small', `Generated by ${data.generated}`));
  // Printing shows collapsed details too.
  win.addEventListener('beforeprint', () =>
    doc.querySelectorAll('details').forEach((d) => {
      build(d);
      d.open = true;
    }),
  );
  doc.body.dataset.rendered = String(rows.length);
}
