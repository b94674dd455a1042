import { describe, expect, it } from 'vitest';
import { codexToolToCall, parseArguments } from '../../../src/core/sources/codex/codexTools';
import { findShellPatch, shellCommandText } from '../../../src/core/sources/codex/codexShell';

const PATCH = '*** Begin Patch\n*** Update File: src/a.ts\n@@\n-x\n+y\n*** Add File: b.txt\n+hi\n*** End Patch\n';

describe('shellCommandText', () => {
  it('unwraps bash -lc and joins plain argv', () => {
    expect(shellCommandText(['bash', '-lc', 'npm test && echo ok'])).toBe('npm test && echo ok');
    expect(shellCommandText(['/bin/zsh', '-c', 'ls'])).toBe('ls');
    expect(shellCommandText(['rg', '-n', 'foo bar', 'src'])).toBe("rg -n 'foo bar' src");
    expect(shellCommandText("bash -lc 'git status'")).toBe('git status');
    expect(shellCommandText('bash -lc "echo \\"hi\\""')).toBe('echo "hi"');
    expect(shellCommandText(['pwsh', '-Command', 'Get-ChildItem'])).toBe('Get-ChildItem');
    expect(shellCommandText('git status')).toBe('git status');
    expect(shellCommandText(42)).toBeUndefined();
    expect(shellCommandText([])).toBeUndefined();
  });
});

describe('findShellPatch', () => {
  it('finds argv, heredoc and cd-prefixed forms', () => {
    expect(findShellPatch(['apply_patch', PATCH])).toEqual({ patch: PATCH });
    expect(findShellPatch(['bash', '-lc', `apply_patch <<'EOF'\n${PATCH}EOF\n`])?.patch).toBe(PATCH.trimEnd());
    expect(findShellPatch(`cd sub && apply_patch <<'EOF'\n${PATCH}EOF`)).toEqual({ patch: PATCH.trimEnd(), cdDir: 'sub' });
    expect(findShellPatch(['cat', 'apply_patch.md'])).toBeUndefined();
    expect(findShellPatch('echo "*** Begin Patch"')).toBeUndefined();
  });

  it('stays linear on adversarial 100 kB commands', () => {
    expect(findShellPatch(`;${' '.repeat(100_000)}x`)).toBeUndefined();
    expect(findShellPatch(`${'; '.repeat(50_000)}apply_patch`)).toBeUndefined();
    expect(shellCommandText(`bash ${'-'.repeat(100_000)}`)).toMatch(/^bash/);
  });
});

describe('codexToolToCall', () => {
  const cwd = '/repo';

  it('maps every shell tool', () => {
    expect(codexToolToCall('exec_command', { cmd: 'ls -la', workdir: '/repo' }, cwd)).toEqual({ name: 'exec_command', toolKind: 'shell', command: 'ls -la' });
    expect(codexToolToCall('shell', { command: ['bash', '-lc', 'cat x'] }, cwd)).toMatchObject({ toolKind: 'shell', command: 'cat x' });
    expect(codexToolToCall('shell_command', { command: 'git diff' }, cwd)).toMatchObject({ toolKind: 'shell', command: 'git diff' });
    expect(codexToolToCall('write_stdin', { session_id: 3, chars: 'y\n' }, cwd)).toMatchObject({ toolKind: 'shell', command: 'y\n' });
    expect(codexToolToCall('write_stdin', { session_id: 3, chars: '' }, cwd)).toEqual({ name: 'write_stdin', toolKind: 'shell' });
    expect(codexToolToCall('local_shell_call', { action: { type: 'exec', command: ['bash', '-lc', 'make'] } }, cwd)).toMatchObject({ toolKind: 'shell', command: 'make' });
    expect(codexToolToCall('Bash', { command: 'rm -rf build' }, cwd)).toMatchObject({ toolKind: 'shell', command: 'rm -rf build' });
  });

  it('maps apply_patch in all its forms to edits with changes', () => {
    const expected = [
      { path: 'src/a.ts', kind: 'update' },
      { path: 'b.txt', kind: 'add', after: 'hi\n' },
    ];
    for (const [name, input] of [
      ['apply_patch', PATCH],
      ['apply_patch', { input: PATCH }],
      ['apply_patch', { command: PATCH }],
      ['shell', { command: ['apply_patch', PATCH] }],
      ['exec_command', { cmd: `apply_patch <<'EOF'\n${PATCH}EOF` }],
      ['shell_command', { command: `bash -lc 'apply_patch <<EOF\n${PATCH}EOF'` }],
    ] as const) {
      const call = codexToolToCall(name, input, cwd);
      expect(call.toolKind, name).toBe('edit');
      expect(call.changes, name).toMatchObject(expected);
      expect(call.paths).toEqual(['src/a.ts', 'b.txt']);
    }
    const sub = codexToolToCall('exec_command', { cmd: `cd pkg && apply_patch <<'EOF'\n${PATCH}EOF` }, cwd);
    expect(sub.changes?.map((c) => c.path)).toEqual(['pkg/src/a.ts', 'pkg/b.txt']);
  });

  it('keeps a redacted or malformed patch as an edit with no changes and the error', () => {
    const r = codexToolToCall('apply_patch', '[REDACTED_INPUT len=6285 sha=a6f17956]', cwd);
    expect(r).toMatchObject({ toolKind: 'edit', changes: [] });
    expect(r.patchError).toMatch(/first line/);
  });

  it('maps plan, mcp, reads and unknown tools', () => {
    expect(codexToolToCall('update_plan', { plan: [] }, cwd).toolKind).toBe('other');
    expect(codexToolToCall('mcp__github__create_issue', {}, cwd).toolKind).toBe('mcp');
    expect(codexToolToCall('create_issue', {}, cwd, 'mcp__github').toolKind).toBe('mcp');
    expect(codexToolToCall('view_image', { path: 'img.png' }, cwd)).toEqual({ name: 'view_image', toolKind: 'read', paths: ['img.png'] });
    expect(codexToolToCall('spawn_agent', {}, cwd).toolKind).toBe('subagent');
    expect(codexToolToCall('frobnicate', null, cwd).toolKind).toBe('other');
  });

  it('parseArguments keeps non-JSON strings', () => {
    expect(parseArguments('{"cmd":"ls"}')).toEqual({ cmd: 'ls' });
    expect(parseArguments('[REDACTED_ARGUMENTS len=1]')).toBe('[REDACTED_ARGUMENTS len=1]');
    expect(parseArguments('{broken')).toBe('{broken');
  });
});
