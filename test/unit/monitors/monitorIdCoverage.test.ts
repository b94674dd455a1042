import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const MONITOR_DIR = path.join(ROOT, 'src', 'core', 'monitors');
const UNIT_DIR = path.join(ROOT, 'test', 'unit');

/** A literal monitor id in source: `'action.stubs.cannedReturn'`, `"reasoning.claims.noChanges"`, `` `text.x.y` ``. */
const ID_RE = /['"`]((?:action|reasoning|text)\.[a-zA-Z]+\.[a-zA-Z]+)['"`]/g;

function filesUnder(dir: string, ext: RegExp): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(p, ext));
    else if (ext.test(entry.name)) out.push(p);
  }
  return out;
}

function monitorIds(): string[] {
  const ids = new Set<string>();
  for (const f of filesUnder(MONITOR_DIR, /\.ts$/)) for (const m of fs.readFileSync(f, 'utf8').matchAll(ID_RE)) ids.add(m[1] as string);
  return [...ids].sort();
}

/** The id as a whole name: `action.earlyExit.orTrue` is not covered by a test naming only `action.earlyExit.orTrueX`. */
function mentions(text: string, id: string): boolean {
  for (let i = text.indexOf(id); i >= 0; i = text.indexOf(id, i + 1)) {
    const before = text[i - 1] ?? ' ';
    const after = text[i + id.length] ?? ' ';
    if (!/[\w.]/.test(before) && !/\w/.test(after)) return true;
  }
  return false;
}

describe('monitor id coverage', () => {
  it('finds the monitor ids in source', () => {
    const ids = monitorIds();
    expect(ids.length).toBeGreaterThan(100);
    expect(ids).toContain('action.stubs.cannedReturn');
    expect(ids).toContain('reasoning.claims.passUnverified');
  });

  it('names every monitor id in at least one other unit test file', () => {
    const self = path.resolve(__filename);
    const tests = filesUnder(UNIT_DIR, /\.ts$/)
      .filter((f) => path.resolve(f) !== self)
      .map((f) => fs.readFileSync(f, 'utf8'));
    const missing = monitorIds().filter((id) => !tests.some((t) => mentions(t, id)));
    expect(missing, `monitor ids with no unit test naming them:\n  ${missing.join('\n  ')}`).toEqual([]);
  });
});
