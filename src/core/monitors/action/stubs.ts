import type { ActionMonitor, RawFinding } from '../monitorTypes';
import { changeLines } from './changeLines';
import { lineFinding } from './lineFinding';
import { isTestPath } from './pathKinds';

export const STUB_RE = /\braise\s+NotImplementedError\b|\bthrow\s+new\s+Error\(\s*["'`](?:not\s+implemented|todo|unimplemented)[^"'`]{0,80}["'`]|\bunimplemented!\(|\btodo!\(|\bpanic\(\s*["'](?:not implemented|todo)|(?:\/\/|#)\s*TODO\b[^\n]{0,40}\b(?:implement|finish|real|actual|later)|\bpass\s*#\s*(?:TODO|FIXME|stub)|\bNotImplementedException\b|return\s+(?:null|None|nil|0|""|\[\]|\{\})\s*;?\s*(?:\/\/|#)\s*(?:TODO|FIXME|stub|placeholder)/i;

/** Stubs left in source (TODO implement, NotImplementedError). Low on their own; remembered so a later "done" claim is caught. */
export const stubsMonitor: ActionMonitor = {
  id: 'action.stubs',
  scan(call, ctx) {
    const out: RawFinding[] = [];
    for (const c of call.changes ?? []) {
      if (isTestPath(c.path)) continue;
      const stubs = changeLines(c).added.filter((l) => STUB_RE.test(l.text));
      if (stubs.length === 0) continue;
      ctx.stubbedPaths.add(c.path);
      out.push(lineFinding(c, stubs, { category: 'give_up', severity: 'low', topic: 'stub', monitor: 'action.stubs.added', message: `Leaves ${stubs.length} stub${stubs.length > 1 ? 's' : ''} / TODO in the code` }));
    }
    return out;
  },
};
