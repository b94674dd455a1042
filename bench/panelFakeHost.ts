/**
 * In-page fake extension host for the panel bench: installed with `page.addInitScript` before
 * dist/webview.js runs. Self-contained (serialized into the page): no imports, no closures.
 * It generates a session of `total` events in the page and answers the webview like the real host.
 */
export interface FakeHostOptions {
  total: number;
}

export function installFakeHost(opts: FakeHostOptions): void {
  const w = window as unknown as Record<string, unknown>;
  const sid = 'bench-session';
  const kinds = ['reasoning', 'assistant_message', 'tool_call', 'tool_result'];
  const events: unknown[] = [];
  const findings: unknown[] = [];
  const make = (i: number): Record<string, unknown> => {
    const base = { id: `e${i}`, sessionId: sid, seq: i, ts: new Date(1_700_000_000_000 + i * 1000).toISOString() };
    if (i % 50 === 0) return { ...base, kind: 'user_prompt', text: `Prompt ${i}: fix the failing test in src/module${i % 97}.ts without touching the others.` };
    const k = kinds[i % kinds.length];
    if (k === 'reasoning') return { ...base, kind: 'reasoning', visibility: 'full', text: `Thinking about step ${i}. The test expects the parser to handle empty input. I could special-case the test input, but the right fix is in the tokenizer.` };
    if (k === 'assistant_message') return { ...base, kind: 'assistant_message', text: `Step ${i}: I will update the tokenizer and re-run the tests.` };
    if (k === 'tool_call') return { ...base, kind: 'tool_call', toolUseId: `t${i}`, name: 'Bash', toolKind: 'shell', input: { command: `npm test -- --grep case${i}` }, command: `npm test -- --grep case${i}`, paths: [`src/module${i % 97}.ts`] };
    return { ...base, kind: 'tool_result', toolUseId: `t${i - 1}`, isError: i % 7 === 0, output: `ok ${i}\n`.repeat(3) };
  };
  for (let i = 0; i < opts.total; i++) {
    const e = make(i);
    events.push(e);
    if (e.kind === 'reasoning' && i % 100 === 2) {
      const quote = 'special-case the test input';
      const start = String(e.text).indexOf(quote);
      findings.push({ id: `f${i}`, category: 'reward_hacking', severity: 'high', channel: 'reasoning', monitor: 'bench', eventId: e.id, field: 'text', quote, span: { start, end: start + quote.length }, message: 'Plans to special-case a test', relatedEventId: `e${i + 1}` });
    }
  }
  const summary = () => ({
    session: { id: sid, agent: 'claude-code', title: 'Bench session', startedAt: new Date(1_700_000_000_000).toISOString() },
    state: 'live', source: 'transcript', readOnly: false,
    counts: { events: events.length, reasoning: Math.floor(events.length / 4), reasoningVisible: Math.floor(events.length / 4), toolCalls: Math.floor(events.length / 4), findings: findings.length },
    maxSeverity: 'high', maxRisk: 50, children: [],
  });
  const post = (msg: unknown) => window.postMessage(msg, '*');
  const arrivals = new Map<string, number>();
  w.__bench = { events, findings, arrivals, sid, make, post, summary };
  // Arrival time of every appended event, taken before the panel's own listener runs.
  window.addEventListener('message', (ev: MessageEvent) => {
    const d = ev.data as { kind?: string; rows?: { event: { id: string } }[] };
    if (d?.kind === 'appended') for (const r of d.rows ?? []) arrivals.set(r.event.id, performance.now());
    if (d?.kind === 'init') (w.__bench as Record<string, unknown>).initAt = performance.now();
  });
  const respond = (id: number, result: unknown) => setTimeout(() => post({ kind: 'response', id, ok: true, result }), 0);
  w.acquireVsCodeApi = () => ({
    getState: () => undefined,
    setState: () => undefined,
    postMessage(m: Record<string, unknown>) {
      const id = m.id as number;
      switch (m.kind) {
        case 'ready':
          (w.__bench as Record<string, unknown>).readyAt = performance.now();
          setTimeout(() => post({ kind: 'init', sessions: [summary()], selected: sid, settings: { showAll: false, monitorsReasoning: true, monitorsAction: true }, state: { filter: { kinds: [], categories: [], flaggedOnly: false, text: '', sessions: [] }, follow: true } }), 0);
          return;
        case 'selectSession':
        case 'setFilter':
          return respond(id, { sessionId: sid, total: events.length, findings, sessions: [sid] });
        case 'loadRange': {
          const start = m.start as number;
          const count = m.count as number;
          const rows = events.slice(start, start + count).map((event, k) => ({ row: start + k, event }));
          return respond(id, { sessionId: sid, start, total: events.length, rows });
        }
        case 'locateEvent':
          return respond(id, { row: events.findIndex((e) => (e as { id: string }).id === m.eventId) });
        default:
          return respond(id, { done: true });
      }
    },
  });
}
