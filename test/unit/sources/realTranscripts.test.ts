import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectTranscriptFiles } from '../../../src/cli/scanFiles';
import { createParser } from '../../../src/core/sources/createParser';
import { detectFormat } from '../../../src/core/sources/detectFormat';
import { loadReviewed, parseFacts } from '../../eval/realTranscripts';
import { repoRoot } from '../fixturesPath';

/**
 * Real public transcripts kept in the repository (test/fixtures/real, see its SOURCES.md): every file
 * parses with the real reader, pairs its tool calls with results and keeps the parse figures observed when
 * the fixtures were added. The monitors' findings on them are measured by `npm run eval:real`.
 */
const dir = path.join(repoRoot, 'test', 'fixtures', 'real');

interface Expected {
  agent: string;
  version: string;
  sessionId: string;
  parent?: string;
  events: number;
  toolCalls: Record<string, number>;
  reasoning: { full: number; summary: number; hidden: number };
}

/** Parse figures per file as observed when the fixtures were added; skipped lines were 0 in every file. */
const EXPECTED: Record<string, Expected> = {
  'DRMacIver__claude-reliability/coverage-test-fix.transcript.jsonl': { agent: 'claude-code', version: '2.1.14', sessionId: 'c64cc478-3430-40fe-8e9c-4ee9986e9754',
    events: 35, toolCalls: { edit: 3, shell: 5, read: 3, search: 2 }, reasoning: { full: 0, summary: 0, hidden: 0 } },
  'DRMacIver__claude-reliability/python-to-rust-port.transcript.jsonl': { agent: 'claude-code', version: '2.1.14', sessionId: 'c7d3d95c-57f0-4359-8f4b-926a9bef5a3f',
    events: 95, toolCalls: { edit: 1, write: 7, shell: 16, read: 3, search: 1, subagent: 1, other: 10 }, reasoning: { full: 0, summary: 0, hidden: 0 } },
  'codemie-ai__codemie-code/claude-2.0.64/4c2ddfdc-b619-4525-8d03-1950fb1b0257.jsonl': { agent: 'claude-code', version: '2.0.64', sessionId: '4c2ddfdc-b619-4525-8d03-1950fb1b0257',
    events: 19, toolCalls: { edit: 1, write: 3, shell: 1, read: 1 }, reasoning: { full: 0, summary: 0, hidden: 0 } },
  'codemie-ai__codemie-code/claude-2.0.64/agent-36541525.jsonl': { agent: 'claude-code', version: '2.0.64', sessionId: '4c2ddfdc-b619-4525-8d03-1950fb1b0257.agent-36541525', parent: '4c2ddfdc-b619-4525-8d03-1950fb1b0257',
    events: 2, toolCalls: {}, reasoning: { full: 0, summary: 0, hidden: 0 } },
  'codemie-ai__codemie-code/claude-2.0.64/agent-50243ee8.jsonl': { agent: 'claude-code', version: '2.0.64', sessionId: '4c2ddfdc-b619-4525-8d03-1950fb1b0257.agent-50243ee8', parent: '4c2ddfdc-b619-4525-8d03-1950fb1b0257',
    events: 2, toolCalls: {}, reasoning: { full: 0, summary: 0, hidden: 0 } },
  'codemie-ai__codemie-code/codex/rollout-2026-05-11T11-26-55-019e1625-789d-76c0-80ab-3724b5ddb799.jsonl': { agent: 'codex', version: '0.125.0', sessionId: '019e1625-789d-76c0-80ab-3724b5ddb799',
    events: 34, toolCalls: { shell: 12 }, reasoning: { full: 0, summary: 0, hidden: 4 } },
  'codemie-ai__codemie-code/codex/rollout-2026-05-11T13-28-45-019e1695-0522-7c83-8b39-0dd379793f80.jsonl': { agent: 'codex', version: '0.128.0-alpha.1', sessionId: '019e1695-0522-7c83-8b39-0dd379793f80',
    events: 98, toolCalls: { shell: 35, mcp: 3 }, reasoning: { full: 0, summary: 0, hidden: 16 } },
  'codemie-ai__codemie-code/e9fb405b-169f-40eb-9396-7e75076f045d/subagents/agent-a485154.jsonl': { agent: 'claude-code', version: '2.1.7', sessionId: 'e9fb405b-169f-40eb-9396-7e75076f045d.agent-a485154', parent: 'e9fb405b-169f-40eb-9396-7e75076f045d',
    events: 28, toolCalls: { shell: 1, read: 8, search: 4 }, reasoning: { full: 0, summary: 0, hidden: 0 } },
  'codemie-ai__codemie-code/e9fb405b-169f-40eb-9396-7e75076f045d.jsonl': { agent: 'claude-code', version: '2.1.7', sessionId: 'e9fb405b-169f-40eb-9396-7e75076f045d',
    events: 46, toolCalls: { write: 1, shell: 6, read: 4, search: 2, subagent: 1 }, reasoning: { full: 0, summary: 11, hidden: 0 } },
  'codemie-ai__codemie-code/session-196820da.jsonl': { agent: 'claude-code', version: '2.0.76', sessionId: '196820da-1026-4b6f-a513-a6aae42da1a6',
    events: 6, toolCalls: {}, reasoning: { full: 0, summary: 2, hidden: 0 } },
  'codemie-ai__codemie-code/session-3fe1b6bc.jsonl': { agent: 'claude-code', version: '2.0.76', sessionId: '3fe1b6bc-dbd0-4320-b980-4f147befa187',
    events: 81, toolCalls: { edit: 4, shell: 17, read: 1 }, reasoning: { full: 0, summary: 23, hidden: 0 } },
  'd-kimuson__claude-code-viewer/1af7fc5e-8455-4414-9ccd-011d40f70b2a.jsonl': { agent: 'claude-code', version: '1.0.98', sessionId: '1af7fc5e-8455-4414-9ccd-011d40f70b2a',
    events: 28, toolCalls: { write: 1, shell: 2, search: 6, other: 3 }, reasoning: { full: 0, summary: 0, hidden: 0 } },
  'd-kimuson__claude-code-viewer/fe5e1c67-53e7-4862-81ae-d0e013e3270b.jsonl': { agent: 'claude-code', version: '1.0.98', sessionId: 'fe5e1c67-53e7-4862-81ae-d0e013e3270b',
    events: 208, toolCalls: { edit: 5, write: 9, shell: 30, read: 21, subagent: 2, other: 12 }, reasoning: { full: 0, summary: 0, hidden: 0 } },
  'jimmc414__cctrace/phase0-investigation.main.jsonl': { agent: 'claude-code', version: '2.0.76', sessionId: '132b2f66-ee5f-46f6-8904-32d9dc4d36c3',
    events: 277, toolCalls: { edit: 7, shell: 72, read: 3, search: 1 }, reasoning: { full: 0, summary: 53, hidden: 0 } },
  'kvsankar__agent-history/claude-session-01.jsonl': { agent: 'claude-code', version: '2.1.152', sessionId: '06090cb1-3e64-433a-bc7e-a621c0f596d2',
    events: 3, toolCalls: {}, reasoning: { full: 0, summary: 0, hidden: 0 } },
  'kvsankar__agent-history/codex-session-01.jsonl': { agent: 'codex', version: '0.135.0', sessionId: '019e9625-802f-7e91-840a-cfe88d14117a',
    events: 3, toolCalls: {}, reasoning: { full: 0, summary: 0, hidden: 0 } },
  'marot__spotter/6c2214d7-b87e-4432-8e41-22ba294ea584/subagents/agent-afc096d.jsonl': { agent: 'claude-code', version: '2.1.38', sessionId: '6c2214d7-b87e-4432-8e41-22ba294ea584.agent-afc096d', parent: '6c2214d7-b87e-4432-8e41-22ba294ea584',
    events: 115, toolCalls: { shell: 18, read: 30 }, reasoning: { full: 0, summary: 0, hidden: 0 } },
  'marot__spotter/fa812bfe-b295-4cca-9c2f-fdf01028cb46.jsonl': { agent: 'claude-code', version: '2.1.39', sessionId: 'fa812bfe-b295-4cca-9c2f-fdf01028cb46',
    events: 16, toolCalls: { shell: 4, subagent: 1 }, reasoning: { full: 0, summary: 3, hidden: 0 } },
};

const files = Object.keys(EXPECTED);

describe('real public transcripts (test/fixtures/real)', () => {
  it('holds exactly the listed transcripts, each in a supported format', async () => {
    const found = (await collectTranscriptFiles([dir], dir)).files.map((f) => path.relative(dir, f.path).split(path.sep).join('/'));
    expect(found.sort()).toEqual([...files].sort());
  });

  it.each(files)('%s: every line goes through its parser without throwing', (file) => {
    const lines = fs.readFileSync(path.join(dir, file), 'utf8').split('\n');
    const format = detectFormat(lines.slice(0, 50));
    expect(format).toBeDefined();
    const parser = createParser(format!, { transcriptPath: path.join(dir, file) });
    let events = 0;
    expect(() => lines.forEach((l, i) => (events += parser.pushLine(l, i + 1).length))).not.toThrow();
    expect(events).toBe(EXPECTED[file]!.events);
    expect(parser.stats().skipped).toBe(0);
  });

  it.each(files)('%s: parse figures, skipped lines and tool-call pairing', async (file) => {
    const want = EXPECTED[file]!;
    const got = await parseFacts(path.join(dir, file));
    expect({ agent: got.agent, version: got.version, sessionId: got.sessionId, parent: got.parentSessionId }).toEqual({
      agent: want.agent,
      version: want.version,
      sessionId: want.sessionId,
      parent: want.parent,
    });
    expect(got.events).toBe(want.events);
    expect(got.toolCallsByKind).toEqual(want.toolCalls);
    expect(got.reasoning).toEqual(want.reasoning);
    expect(got.skipped).toBe(0);
    expect(got.skippedByReason).toEqual({});
    expect(got.unpairedCalls).toEqual([]);
    expect(got.orphanResults).toEqual([]);
    expect(got.toolResults).toBe(got.toolCalls);
  });

  it('reviewed true positives name fixture files, and lines holding their quotes', () => {
    const reviewed = loadReviewed(dir);
    expect(reviewed.length).toBe(2);
    for (const tp of reviewed) {
      expect(files).toContain(tp.file);
      const lines = fs.readFileSync(path.join(dir, tp.file), 'utf8').split('\n');
      if (tp.line !== undefined) expect(lines[tp.line - 1]).toContain(tp.quote);
      else expect(lines.some((l) => l.includes(tp.quote))).toBe(true);
    }
  });
});
