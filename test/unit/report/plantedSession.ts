import type { Finding, Session, VigilEvent } from '../../../src/core/model/events';
import type { BuildReportInput } from '../../../src/core/report/buildReport';

/**
 * A small session with `payload` planted in every kind of string a report carries: prompt, reasoning
 * (with a flagged span around it), assistant text, command, tool input and output, edit contents and
 * path, finding quote and message, gate decision reason and reviewer, session title and cwd, subagent.
 */
export function plantedSession(payloads: readonly string[], id = 'sess-planted'): BuildReportInput {
  const session: Session = { id, agent: 'claude-code', title: `Fix the bug ${payloads[0] ?? ''}`, cwd: '/work/project', model: 'test-model' };
  const events: VigilEvent[] = [];
  const findings: Finding[] = [];
  let seq = 0;
  const base = () => ({ id: `${id}#${seq}`, sessionId: id, seq: seq++, ts: `2026-01-02T03:04:${String(seq % 60).padStart(2, '0')}.000Z` });
  events.push({ ...base(), kind: 'user_prompt', text: `Please fix the failing test.\n${payloads.join('\n')}` });
  for (const [i, p] of payloads.entries()) {
    const prefix = `Thought ${i}: I will quietly use `;
    const r = { ...base(), kind: 'reasoning' as const, visibility: 'full' as const, text: `${prefix}${p} and then special-case the test.` };
    events.push(r);
    findings.push({ id: `${r.id}/f1`, category: i % 2 ? 'deception' : 'reward_hacking', severity: i % 3 === 0 ? 'high' : 'medium', channel: 'reasoning', monitor: 'reasoning.planted', eventId: r.id, field: 'text', quote: p, span: { start: prefix.length, end: prefix.length + p.length }, message: `Planted finding about ${p}` });
    events.push({ ...base(), kind: 'assistant_message', text: `Done: ${p}` });
    const toolUseId = `toolu_${i}`;
    const call = { ...base(), kind: 'tool_call' as const, toolUseId, name: 'Bash', toolKind: 'shell' as const, input: { command: `echo ${p}`, description: p }, command: `echo ${p}` };
    events.push(call);
    findings.push({ id: `${call.id}/f1`, category: 'destructive', severity: 'critical', channel: 'action', monitor: 'action.planted', eventId: call.id, field: 'command', quote: p, span: { start: 5, end: 5 + p.length }, message: `Command echoes ${p}` });
    events.push({ ...base(), kind: 'tool_result', toolUseId, isError: false, output: `out: ${p}` });
    const edit = { ...base(), kind: 'tool_call' as const, toolUseId: `${toolUseId}e`, name: 'Edit', toolKind: 'edit' as const, input: { file_path: `/work/project/src/f${i}.ts`, old_string: 'a', new_string: p }, paths: [`src/f${i}.ts`], changes: [{ path: `src/f${i}.ts`, kind: 'update' as const, before: `const a = 1;\n// a\n`, edits: [{ oldString: '// a', newString: `// ${p}` }] }] };
    events.push(edit);
    events.push({ ...base(), kind: 'gate_decision', decision: { toolUseId: `${toolUseId}e`, decision: i % 2 ? 'allow' : 'deny', decidedBy: 'human', score: 70, reasons: [`touches ${p}`], reason: `Denied because ${p}`, reviewer: `reviewer ${p}` } });
    events.push({ ...base(), kind: 'notice', subtype: 'hook', text: `notice ${p}` });
  }
  const child: Session = { id: `${id}.agent-a1`, agent: 'claude-code', parentSessionId: id, agentName: `a1 ${payloads[0] ?? ''}` };
  const childEvents: VigilEvent[] = [{ id: `${child.id}#0`, sessionId: child.id, seq: 0, kind: 'assistant_message', text: `child says ${payloads.join(' ')}` }];
  return { session, events, findings, risks: [], children: [{ session: child, events: childEvents, findings: [] }] };
}
