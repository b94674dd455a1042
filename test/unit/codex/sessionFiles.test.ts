import { describe, expect, it } from 'vitest';
import { expandHome, jsonStringField, readFileHead, selectSessionFiles } from '../../../src/core/sources/sessionFiles';

describe('sessionFiles helpers', () => {
  it('jsonStringField reads escaped values from cut JSON text', () => {
    expect(jsonStringField('{"a":1,"cwd":"C:\\\\work\\\\x","id":"q', 'cwd')).toBe('C:\\work\\x');
    expect(jsonStringField('{"cwd":"  "}', 'cwd')).toBeUndefined();
    expect(jsonStringField('{"session_id":"s"}', 'id')).toBeUndefined();
  });

  it('expandHome and readFileHead', async () => {
    expect(expandHome('~', '/home/u')).toBe('/home/u');
    expect(expandHome('~/x', '/home/u')).toBe('/home/u/x');
    expect(await readFileHead('/does/not/exist', 10)).toEqual({ text: '', complete: true });
  });

  it('selectSessionFiles filters by workspace folder and sorts newest first', () => {
    const files = [
      { cwd: '/w/a', mtimeMs: 1 },
      { cwd: '/other', mtimeMs: 3 },
      { mtimeMs: 5 },
      { cwd: '/w', mtimeMs: 2 },
    ];
    expect(selectSessionFiles(files, ['/w']).map((f) => f.mtimeMs)).toEqual([2, 1]);
    expect(selectSessionFiles(files, [], true).map((f) => f.mtimeMs)).toEqual([5, 3, 2, 1]);
  });
});
