import { parse } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { hookCommand, vigilHookGroups, type HookCommandSpec } from '../../../src/core/gate/hookConfig';
import { addVigilHooks, hasVigilHooks, removeVigilHooks } from '../../../src/core/gate/hookConfigEdit';

const spec: HookCommandSpec = { shimPath: '/opt/my ext/dist/hook.js', timeoutSeconds: 3600 };
const claude = vigilHookGroups('claude-project', spec);
const codex = vigilHookGroups('codex-project', spec);

const JSONC = `{
  // Project settings: keep this comment
  "permissions": {
    "allow": ["Bash(npm test:*)"], /* trailing block comment */
  },
  "hooks": {
    "PreToolUse": [
      { "matcher": "Bash", "hooks": [ { "type": "command", "command": "./audit.sh" } ] } // theirs
    ],
    "Notification": [{ "hooks": [{ "type": "command", "command": "notify-send hi" }] }],
  },
  "model": "opus"
}
`;

function roundTrip(before: string | undefined, groups = claude) {
  const installed = addVigilHooks(before, groups);
  const removed = removeVigilHooks(installed.text, installed.record);
  return { installed, removed };
}

describe('hook config install/uninstall', () => {
  it('JSONC with comments and other hooks: install merges, uninstall restores byte for byte', () => {
    const { installed, removed } = roundTrip(JSONC);
    const v = parse(installed.text) as { hooks: Record<string, { matcher?: string; hooks: { command: string; timeout: number }[] }[]>; model: string };
    expect(v.model).toBe('opus');
    expect(v.hooks.PreToolUse?.map((g) => g.hooks[0]?.command)).toEqual(['./audit.sh', hookCommand(spec, true)]);
    expect(v.hooks.PreToolUse?.[1]).toMatchObject({ matcher: 'Edit|Write|MultiEdit|NotebookEdit|Bash|PowerShell|mcp__.*', hooks: [{ type: 'command', timeout: 3600 }] });
    expect(Object.keys(v.hooks)).toEqual(['PreToolUse', 'Notification', 'PostToolUse', 'UserPromptSubmit', 'Stop']);
    expect(installed.text).toContain('// Project settings: keep this comment');
    expect(installed.text).toContain('// theirs');
    expect(installed.record).toEqual({ createdFile: false, createdHooks: false, createdEvents: ['PostToolUse', 'UserPromptSubmit', 'Stop'] });
    expect(removed.text).toBe(JSONC);
    expect(removed.removed).toBe(4);
    expect(removed.deleteFile).toBe(false);
  });

  it('absent file: install creates it, uninstall says delete', () => {
    const { installed, removed } = roundTrip(undefined);
    expect(installed.record.createdFile).toBe(true);
    expect(hasVigilHooks(installed.text)).toBe(true);
    expect(removed.deleteFile).toBe(true);
    expect(parse(removed.text)).toEqual({});
  });

  it('file without hooks: the hooks object it created is removed again', () => {
    const before = '{\n\t"model": "sonnet" // mine\n}\n';
    const { installed, removed } = roundTrip(before);
    expect(installed.text).toContain('\t"hooks"');
    expect(installed.record.createdHooks).toBe(true);
    expect(removed.text).toBe(before);
    expect(removed.deleteFile).toBe(false);
  });

  it('file with other hooks in every event, Codex form, CRLF', () => {
    const before = JSON.stringify({ hooks: { PreToolUse: [{ matcher: 'apply_patch', hooks: [{ type: 'command', command: 'x' }] }], Stop: [] } }, null, 4).replace(/\n/g, '\r\n');
    const { installed, removed } = roundTrip(before, codex);
    const v = parse(installed.text) as { hooks: Record<string, { matcher?: string }[]> };
    expect(v.hooks.PreToolUse?.[1]?.matcher).toBe('apply_patch|Bash|mcp__.*');
    expect(v.hooks.Stop).toHaveLength(1);
    expect(installed.text).not.toMatch(/[^\r]\n/);
    expect(removed.text).toBe(before);
  });

  it('reinstall replaces older Vigil entries (new path) instead of duplicating them', () => {
    const once = addVigilHooks(JSONC, claude).text;
    const twice = addVigilHooks(once, vigilHookGroups('claude-project', { ...spec, shimPath: '/new/hook.js' })).text;
    const v = parse(twice) as { hooks: Record<string, { hooks: { command: string }[] }[]> };
    expect(v.hooks.PreToolUse).toHaveLength(2);
    expect(v.hooks.PreToolUse?.[1]?.hooks[0]?.command).toContain('/new/hook.js');
    expect(removeVigilHooks(twice).text).toBe(JSONC);
  });

  it('removes only Vigil handlers from a group the user added their own handler to', () => {
    const text = addVigilHooks('{}', { PreToolUse: [{ matcher: 'Bash', hooks: [{ type: 'command', command: 'mine', timeout: 5 }, { type: 'command', command: `node /x/hook.js --vigil-gate`, timeout: 9 }] }] }).text;
    const r = removeVigilHooks(text);
    expect(parse(r.text)).toEqual({ hooks: { PreToolUse: [{ matcher: 'Bash', hooks: [{ type: 'command', command: 'mine', timeout: 5 }] }] } });
  });

  it('refuses to touch invalid JSON or a non-object hooks key', () => {
    expect(() => addVigilHooks('{"hooks": ', claude)).toThrow(/not valid JSON/);
    expect(() => addVigilHooks('{"hooks": []}', claude)).toThrow(/not an object/);
    expect(hasVigilHooks('{ nope')).toBe(false);
  });

  it('quotes the shim path and tells the shim to answer before the agent times out', () => {
    expect(hookCommand(spec, true)).toBe(`node '/opt/my ext/dist/hook.js' --vigil-gate --timeout=3590`);
    expect(hookCommand({ ...spec, shimPath: "/it's/hook.js" }, false)).toBe(`node '/it'\\''s/hook.js' --vigil-gate`);
  });
});
