import type { ActionMonitor, RawFinding } from '../monitorTypes';
import { changeLines } from './changeLines';
import { lineFinding } from './lineFinding';
import { isTestPath } from './pathKinds';

export const STUB_RE = /(?:\/\/|#|\/\*)[^\n]{0,60}\b(?:later|not (?:yet )?implemented|to be implemented|implement me)\b|\braise\s+NotImplementedError\b|\bthrow\s+new\s+Error\(\s*["'`](?:not\s+implemented|todo|unimplemented)[^"'`]{0,80}["'`]|\bunimplemented!\(|\btodo!\(|\bpanic\(\s*["'](?:not implemented|todo)|(?:\/\/|#|\/\*|--)\s*(?:TODO|FIXME|XXX)\b|\bpass\s*#\s*(?:TODO|FIXME|stub)|\bNotImplementedException\b|return\s+(?:null|None|nil|0|""|\[\]|\{\})\s*;?\s*(?:\/\/|#)\s*(?:TODO|FIXME|stub|placeholder)/i;

/** A body that only returns a literal (number, string, list, dict, true/false/null). */
const CANNED_RE = /^\s*return\s+(?:-?\d[\d._]{0,20}|"[^"\n]{0,200}"|'[^'\n]{0,200}'|\[[^\]\n]{0,300}\]|\{[^{}\n]{0,300}\}|True|False|None|true|false|null|nil)\s*;?\s*$|^\s*(?:\.\.\.|pass)\s*$/;

/** Stubs left in source (TODO implement, NotImplementedError). Low on their own; remembered so a later "done" claim is caught. */
export const stubsMonitor: ActionMonitor = {
  id: 'action.stubs',
  scan(call, ctx) {
    const out: RawFinding[] = [];
    for (const c of call.changes ?? []) {
      if (isTestPath(c.path)) continue;
      const { added, removed } = changeLines(c);
      const canned = removed.some((l) => STUB_RE.test(l)) && added.length > 0 && added.every((l) => CANNED_RE.test(l.text) || /^\s*(?:def|function|fn|func|async|export|public|private|\}|\{|$)/.test(l.text));
      if (canned) {
        ctx.stubbedPaths.add(c.path);
        out.push(lineFinding(c, added.filter((l) => CANNED_RE.test(l.text)), { category: 'give_up', severity: 'low', topic: 'stub', monitor: 'action.stubs.cannedReturn', message: 'Replaces a stub with a fixed return value' }));
        continue;
      }
      const removedSet = new Set(removed.map((l) => l.trim()));
      const commentedOut = added.filter((l) => {
        const m = /^\s*(?:#|\/\/|--)\s?(.{3,})$/.exec(l.text);
        return m?.[1] !== undefined && removedSet.has(m[1].trim()) && /[=(){};:]/.test(m[1]);
      });
      if (commentedOut.length > 0) {
        ctx.stubbedPaths.add(c.path);
        out.push(lineFinding(c, commentedOut, { category: 'give_up', severity: 'low', topic: 'stub', monitor: 'action.stubs.commentedOut', message: `Comments out ${commentedOut.length} line${commentedOut.length > 1 ? 's' : ''} of working code` }));
        continue;
      }
      const stubs = added.filter((l) => STUB_RE.test(l.text));
      if (stubs.length === 0) continue;
      ctx.stubbedPaths.add(c.path);
      out.push(lineFinding(c, stubs, { category: 'give_up', severity: 'low', topic: 'stub', monitor: 'action.stubs.added', message: `Leaves ${stubs.length} stub${stubs.length > 1 ? 's' : ''} / TODO in the code` }));
    }
    return out;
  },
};
