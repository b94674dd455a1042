import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { enableThinkingSummaries, thinkingSummariesEnabled } from '../../../src/core/settingsFile/claudeThinkingSummaries';
import { JsoncError, parseJsoncObject, setJsoncValue, writeSettingsFile } from '../../../src/core/settingsFile/jsoncFile';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigil-jsonc-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const withComments = `{
    // my model
    "model": "opus",
    "hooks": { "PreToolUse": [] }, // keep me
}
`;

describe('jsonc settings editing', () => {
  it('sets a key keeping comments, trailing comma style, other keys and indentation', () => {
    const out = setJsoncValue(withComments, ['showThinkingSummaries'], true);
    expect(out).toContain('// my model');
    expect(out).toContain('// keep me');
    expect(out).toContain('"hooks": { "PreToolUse": [] }');
    expect(out).toMatch(/\n {4}"showThinkingSummaries": true/);
    expect(parseJsoncObject(out)).toEqual({ model: 'opus', hooks: { PreToolUse: [] }, showThinkingSummaries: true });
  });

  it('creates an object from empty text and refuses invalid JSON or non-objects', () => {
    expect(JSON.parse(setJsoncValue('', ['a'], 1))).toEqual({ a: 1 });
    expect(() => setJsoncValue('{ "a": ', ['b'], 1)).toThrow(JsoncError);
    expect(() => parseJsoncObject('[1,2]')).toThrow(/not changing/);
  });

  it('writes atomically with a backup and keeps the mode', async () => {
    const f = path.join(dir, 's.json');
    fs.writeFileSync(f, 'old', { mode: 0o640 });
    const { backupPath } = await writeSettingsFile(f, 'new', { backup: true });
    expect(fs.readFileSync(f, 'utf8')).toBe('new');
    expect(fs.readFileSync(backupPath!, 'utf8')).toBe('old');
    expect(fs.statSync(f).mode & 0o777).toBe(0o640);
    expect(fs.readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
});

describe('Claude thinking summaries', () => {
  it('turns the setting on in an existing file, and undo restores it byte for byte', async () => {
    const f = path.join(dir, 'settings.json');
    fs.writeFileSync(f, withComments);
    expect(await thinkingSummariesEnabled(dir)).toBe(false);
    const change = await enableThinkingSummaries(dir);
    expect(change.changed).toBe(true);
    expect(await thinkingSummariesEnabled(dir)).toBe(true);
    expect(fs.readFileSync(change.backupPath!, 'utf8')).toBe(withComments);
    expect(fs.readFileSync(f, 'utf8')).toContain('// keep me');
    expect(await change.undo()).toBe(true);
    expect(fs.readFileSync(f, 'utf8')).toBe(withComments);
  });

  it('creates the file when missing; undo removes it', async () => {
    const change = await enableThinkingSummaries(dir);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'settings.json'), 'utf8'))).toEqual({ showThinkingSummaries: true });
    expect(change.backupPath).toBeUndefined();
    expect(await change.undo()).toBe(true);
    expect(fs.existsSync(path.join(dir, 'settings.json'))).toBe(false);
  });

  it('does nothing when already on, leaves invalid files alone, and undo does not clobber later edits', async () => {
    const f = path.join(dir, 'settings.json');
    fs.writeFileSync(f, '{"showThinkingSummaries": true}');
    expect((await enableThinkingSummaries(dir)).changed).toBe(false);
    fs.writeFileSync(f, '{ broken');
    await expect(enableThinkingSummaries(dir)).rejects.toThrow(JsoncError);
    expect(fs.readFileSync(f, 'utf8')).toBe('{ broken');
    fs.writeFileSync(f, '{}');
    const change = await enableThinkingSummaries(dir);
    fs.writeFileSync(f, '{"edited": 1}');
    expect(await change.undo()).toBe(false);
    expect(fs.readFileSync(f, 'utf8')).toBe('{"edited": 1}');
  });
});
