import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { VigilEventSchema, type VigilEvent } from '../../../src/core/model/events';
import { createCodexParser } from '../../../src/core/sources/codex/codexParser';
import { fixturePath } from '../fixturesPath';

const ROLLOUT = fixturePath('codex-home/sessions/2026/02/23/rollout-2026-02-23T12-40-23-019c8a4c-ed82-79a1-aa28-7738fc5ab61a.jsonl');
const NEWER = fixturePath('record-types/codex-0.149-small.jsonl');

function parseFile(file: string) {
  const parser = createCodexParser({ transcriptPath: file });
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const events: VigilEvent[] = [];
  lines.forEach((l, i) => events.push(...parser.pushLine(l, i + 1)));
  return { parser, events, lines };
}

/** Independent count of payload types straight from the file. */
function countPayloads(lines: string[], pred: (type: string, p: Record<string, unknown>) => boolean): number {
  let n = 0;
  for (const l of lines) {
    const r = JSON.parse(l) as { type: string; payload: Record<string, unknown> };
    if (pred(r.type, r.payload)) n++;
  }
  return n;
}

describe('codex parser on the public rollout (Codex 0.104)', () => {
  const { parser, events, lines } = parseFile(ROLLOUT);
  const calls = events.filter((e) => e.kind === 'tool_call');

  it('reads the session meta', () => {
    expect(parser.session()).toMatchObject({
      id: '019c8a4c-ed82-79a1-aa28-7738fc5ab61a',
      agent: 'codex',
      cwd: '/redacted/path/fa3f7eaace',
      agentVersion: '0.104.0-alpha.1',
      model: 'gpt-5.3-codex',
      startedAt: '2026-02-23T11:40:23.298Z',
    });
    expect(parser.stats()).toMatchObject({ lines: 702, records: 702, skipped: 0 });
  });

  it('gives one reasoning block per reasoning item (69), not one per item plus one per agent_reasoning (128)', () => {
    const items = countPayloads(lines, (t, p) => t === 'response_item' && p.type === 'reasoning');
    const copies = countPayloads(lines, (t, p) => t === 'event_msg' && p.type === 'agent_reasoning');
    expect([items, copies]).toEqual([69, 59]);
    const reasoning = events.filter((e) => e.kind === 'reasoning');
    expect(reasoning).toHaveLength(69);
    const withSummary = countPayloads(lines, (t, p) => t === 'response_item' && p.type === 'reasoning' && Array.isArray(p.summary) && p.summary.length > 0);
    expect(reasoning.filter((e) => e.kind === 'reasoning' && e.visibility === 'summary')).toHaveLength(withSummary);
    expect(reasoning.filter((e) => e.kind === 'reasoning' && e.visibility === 'hidden' && e.text === '')).toHaveLength(69 - withSummary);
  });

  it('gives one assistant message per message item and only the typed user prompts', () => {
    expect(events.filter((e) => e.kind === 'assistant_message')).toHaveLength(countPayloads(lines, (t, p) => t === 'response_item' && p.type === 'message' && p.role === 'assistant'));
    const prompts = events.filter((e) => e.kind === 'user_prompt');
    expect(prompts).toHaveLength(countPayloads(lines, (t, p) => t === 'event_msg' && p.type === 'user_message'));
    expect(prompts.map((p) => p.line)).toEqual([9, 188, 290, 530, 653]);
  });

  it('maps all 22 apply_patch calls to edits and every shell call to shell', () => {
    const patches = countPayloads(lines, (t, p) => t === 'response_item' && p.name === 'apply_patch');
    const shells = countPayloads(lines, (t, p) => t === 'response_item' && (p.name === 'exec_command' || p.name === 'write_stdin'));
    expect(patches).toBe(22);
    expect(calls.filter((c) => c.kind === 'tool_call' && c.toolKind === 'edit' && c.name === 'apply_patch')).toHaveLength(patches);
    expect(calls.filter((c) => c.kind === 'tool_call' && c.toolKind === 'shell')).toHaveLength(shells);
    expect(calls.filter((c) => c.kind === 'tool_call' && c.name === 'update_plan' && c.toolKind === 'other')).toHaveLength(2);
    expect(calls.filter((c) => c.kind === 'tool_call' && c.toolKind === 'search')).toHaveLength(1);
    // Upstream redacted the patch text: no paths can be recovered, and none are invented.
    for (const c of calls) if (c.kind === 'tool_call' && c.toolKind === 'edit') expect(c.changes).toEqual([]);
  });

  it('pairs every output with its call and ends turns with notices', () => {
    const results = events.filter((e) => e.kind === 'tool_result');
    // A finished web search has no output item: its status is its result.
    expect(results).toHaveLength(countPayloads(lines, (t, p) => t === 'response_item' && (/_output$/.test(String(p.type)) || (p.type === 'web_search_call' && p.status === 'completed'))));
    const callIds = new Set(calls.map((c) => (c.kind === 'tool_call' ? c.toolUseId : '')));
    expect(results.every((r) => r.kind === 'tool_result' && callIds.has(r.toolUseId))).toBe(true);
    expect(events.filter((e) => e.kind === 'notice' && e.subtype === 'turn_end')).toHaveLength(5);
  });

  it('assigns unique ids and strictly increasing seq; every event validates against the model', () => {
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
    for (const e of events) expect(VigilEventSchema.safeParse(e).success, e.id).toBe(true);
    expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i));
    expect(events.every((e) => e.sessionId === '019c8a4c-ed82-79a1-aa28-7738fc5ab61a')).toBe(true);
  });
});

describe('codex parser on newer record types (0.149)', () => {
  it('parses every line without throwing and counts what it skips', () => {
    const { parser, events, lines } = parseFile(NEWER);
    const st = parser.stats();
    expect(st.lines).toBe(lines.length);
    expect(st.records + st.skipped).toBe(lines.length);
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) expect(VigilEventSchema.safeParse(e).success, e.id).toBe(true);
    const kinds = new Set(events.map((e) => e.kind));
    expect([...kinds].sort()).toEqual(expect.arrayContaining(['assistant_message', 'notice', 'reasoning', 'tool_call', 'tool_result', 'user_prompt']));
    const shell = events.find((e) => e.kind === 'tool_call' && e.toolUseId === 'call-2');
    expect(shell).toMatchObject({ toolKind: 'shell', command: 'ls' });
    const output = events.find((e) => e.kind === 'tool_result' && e.toolUseId === 'call-2');
    expect(output).toMatchObject({ output: 'a.txt\n', isError: false });
    expect(events.filter((e) => e.kind === 'user_prompt' && e.text === 'List the files')).toHaveLength(1);
    expect(events.filter((e) => e.kind === 'assistant_message' && e.text === 'Found 2 files.')).toHaveLength(1);
    // The fixture trims many call ids to the same "[trimmed for fixture]": later copies are duplicates.
    expect(st.skippedByReason).toEqual({ 'duplicate-call': 4, 'duplicate-output': 3 });
    // Calls known only from their *_end record (no response item) are still shown.
    expect(events.find((e) => e.kind === 'tool_call' && e.toolUseId === 'call-5')).toMatchObject({ toolKind: 'mcp', name: 'mcp__example__example_tool' });
    expect(events.find((e) => e.kind === 'tool_call' && e.toolUseId === 'call-6')).toMatchObject({ toolKind: 'edit', paths: ['a.txt'] });
  });
});
