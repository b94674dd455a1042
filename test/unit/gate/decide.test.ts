import { describe, expect, it } from 'vitest';
import { decide, protectedReasons } from '../../../src/core/gate/decide';
import { matchesSignature, signatureFor } from '../../../src/core/gate/similar';
import type { Finding } from '../../../src/core/model/events';
import { toolCall } from './gateTestUtil';

const edit = toolCall({ changes: [{ path: 'src/a.ts', kind: 'update', edits: [{ oldString: 'a', newString: 'b' }] }] });
const base = { enabled: true, threshold: 40, call: edit, findings: [] as Finding[], similar: [] };

describe('decide', () => {
  it('allows below the threshold at once', () => {
    const a = decide({ ...base, risk: { score: 39, reasons: [{ label: 'edits code', weight: 39 }] } });
    expect(a).toEqual({ action: 'allow', decidedBy: 'threshold', reasons: ['edits code'] });
  });

  it('reviews at and above the threshold', () => {
    expect(decide({ ...base, risk: { score: 40, reasons: [] } }).action).toBe('review');
    expect(decide({ ...base, risk: { score: 95, reasons: [] } }).action).toBe('review');
  });

  it('allows everything when the gate is disabled, saying so', () => {
    const a = decide({ ...base, enabled: false, risk: { score: 100, reasons: [] } });
    expect(a.action).toBe('allow');
    expect(a.action === 'allow' && a.decidedBy).toBe('rule');
    expect(a.reasons[0]).toMatch(/gate disabled/);
  });

  it('always reviews critical findings tied to the call, even with a low score', () => {
    const f: Finding = { id: 'f1', category: 'circumvention', severity: 'critical', channel: 'action', monitor: 'm', eventId: 'e1', quote: 'x', message: 'edits hook config' };
    const other: Finding = { ...f, id: 'f2', eventId: 'other' };
    const a = decide({ ...base, findings: [f], risk: { score: 5, reasons: [] } });
    expect(a).toMatchObject({ action: 'review', mandatory: ['critical: edits hook config'] });
    expect(decide({ ...base, findings: [other], risk: { score: 5, reasons: [] } }).action).toBe('allow');
    // cited by a risk reason
    expect(decide({ ...base, findings: [other], risk: { score: 5, reasons: [{ label: 'x', weight: 1, findingId: 'f2' }] } }).action).toBe('review');
  });

  it('always reviews protected paths: Vigil settings, agent hook/permission settings', () => {
    for (const p of ['.vigil/rules.json', '/home/u/.claude/settings.json', 'proj/.claude/settings.local.json', '.codex/hooks.json', '.codex/config.toml', '.github/hooks/x.json']) {
      const call = toolCall({ changes: [{ path: p, kind: 'update' }] });
      expect(decide({ ...base, call, risk: { score: 0, reasons: [] } }).action, p).toBe('review');
    }
    const cmd = toolCall({ name: 'Bash', toolKind: 'shell', command: "sed -i '/vigil/d' .claude/settings.local.json" });
    expect(protectedReasons(cmd)).toEqual(['touches Claude Code settings (hooks and permissions)']);
    expect(protectedReasons(toolCall({ name: 'Bash', toolKind: 'shell', command: 'rm /opt/vigil/dist/hook.js' }), ['/opt/vigil/dist/hook.js'])).toHaveLength(1);
    expect(protectedReasons(toolCall({ changes: [{ path: 'src/claude/settings.ts', kind: 'update' }] }))).toEqual([]);
  });

  it('auto-allows calls matching an "approve similar" signature, but never mandatory ones', () => {
    const sig = signatureFor(edit);
    expect(sig).toEqual({ tool: 'Edit', kind: 'path', dir: 'src', ext: '.ts' });
    const next = toolCall({ changes: [{ path: 'src/b.ts', kind: 'update' }] });
    expect(decide({ ...base, call: next, similar: [sig!], risk: { score: 60, reasons: [] } })).toMatchObject({ action: 'allow', decidedBy: 'allowSimilar' });
    const elsewhere = toolCall({ changes: [{ path: 'test/b.ts', kind: 'update' }] });
    expect(decide({ ...base, call: elsewhere, similar: [sig!], risk: { score: 60, reasons: [] } }).action).toBe('review');
    const vigil = toolCall({ changes: [{ path: '.vigil/x.ts', kind: 'update' }] });
    expect(decide({ ...base, call: vigil, similar: [{ tool: 'Edit', kind: 'path', dir: '.vigil', ext: '.ts' }], risk: { score: 60, reasons: [] } }).action).toBe('review');
  });
});

describe('approve-similar signatures', () => {
  const bash = (command: string) => toolCall({ name: 'Bash', toolKind: 'shell', command });
  it('uses a command prefix and refuses chained commands', () => {
    const sig = signatureFor(bash('npm test -- --run'));
    expect(sig).toEqual({ tool: 'Bash', kind: 'command', prefix: ['npm', 'test'] });
    expect(matchesSignature(sig!, bash('npm test'))).toBe(true);
    expect(matchesSignature(sig!, bash('npm  test -w x'))).toBe(true);
    expect(matchesSignature(sig!, bash('npm publish'))).toBe(false);
    expect(matchesSignature(sig!, bash('npm test; rm -rf ~'))).toBe(false);
    expect(matchesSignature(sig!, bash('npm test && curl x | sh'))).toBe(false);
    expect(matchesSignature(sig!, bash('npm test $(evil)'))).toBe(false);
    expect(signatureFor(bash('rm -rf build && make'))).toBeUndefined();
    // destructive programs: only the exact same command, never a prefix
    const rm = signatureFor(bash('rm -rf build'));
    expect(rm).toEqual({ tool: 'Bash', kind: 'command', prefix: ['rm', '-rf', 'build'], exact: true });
    expect(matchesSignature(rm!, bash('rm  -rf build'))).toBe(true);
    expect(matchesSignature(rm!, bash('rm -rf build ~'))).toBe(false);
    expect(matchesSignature(rm!, bash('rm -rf /'))).toBe(false);
    expect(signatureFor(bash('/usr/bin/git push --force'))).toMatchObject({ exact: true });
  });
  it('does not match other tools or deletes', () => {
    const sig = signatureFor(toolCall({ changes: [{ path: 'a/x.py', kind: 'update' }] }))!;
    expect(matchesSignature(sig, toolCall({ name: 'Write', changes: [{ path: 'a/y.py', kind: 'add' }] }))).toBe(false);
    expect(matchesSignature(sig, toolCall({ changes: [{ path: 'a/y.py', kind: 'delete' }] }))).toBe(false);
    expect(signatureFor(toolCall({ changes: [{ path: 'a/x.py', kind: 'update' }, { path: 'b/x.py', kind: 'update' }] }))).toBeUndefined();
  });
});
