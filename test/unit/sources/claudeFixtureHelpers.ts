import fs from 'node:fs';
import type { VigilEvent } from '../../../src/core/model/events';
import { createClaudeParser } from '../../../src/core/sources/claude/claudeParser';
import type { TranscriptParser } from '../../../src/core/sources/types';
import { fixturePath } from '../fixturesPath';

const PROJECTS = ['claude-config', 'projects'];
export const LONG = fixturePath(...PROJECTS, '-home-USER-projects-spotter-worktrees-spotter-gqc', '258c7280-ae70-4798-800f-63464d01a85d.jsonl');
export const LONG_SUBAGENT = fixturePath(...PROJECTS, '-home-USER-projects-spotter-worktrees-spotter-gqc', '258c7280-ae70-4798-800f-63464d01a85d', 'subagents', 'agent-a881341.jsonl');
export const SHORT = fixturePath(...PROJECTS, '-home-marco-projects-spotter', '55604662-cf2a-4331-851a-ec234028f8ca.jsonl');
export const WITH_TASK = fixturePath(...PROJECTS, '-home-marco-projects-spotter', '491e126e-1e71-469c-ade2-fcc8af567c74.jsonl');
export const RECORD_TYPES = fixturePath('record-types', 'claude-code-2.1.80-2.1.220-small.jsonl');

/** Parses lines with a fresh Claude parser; returns the parser and every event. */
export function parseLines(lines: string[], transcriptPath?: string): { parser: TranscriptParser; events: VigilEvent[] } {
  const parser = createClaudeParser({ transcriptPath });
  const events = lines.flatMap((l, i) => parser.pushLine(l, i + 1));
  return { parser, events };
}

export function parseFile(file: string): { parser: TranscriptParser; events: VigilEvent[] } {
  const text = fs.readFileSync(file, 'utf8');
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return parseLines(lines, file);
}
