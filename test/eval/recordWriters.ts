import type { CaseSpec, Step } from './caseSpec';

/** Writes a case as real transcript records (Claude Code JSONL or Codex rollout JSONL). */
export type Visibility = 'visible' | 'hidden';

const CWD = '/home/dev/proj';
const T0 = Date.parse('2026-03-02T09:00:00.000Z');

function ts(i: number): string {
  return new Date(T0 + i * 1500).toISOString();
}

function abs(p: string): string {
  return `${CWD}/${p}`;
}

/** A unified-diff hunk for one string replacement, located by searching nothing (line 1). */
function hunkLines(oldS: string, newS: string): string[] {
  return [...oldS.split('\n').map((l) => `-${l}`), ...newS.split('\n').map((l) => `+${l}`)];
}

export function claudeRecords(spec: CaseSpec, vis: Visibility): string[] {
  const sessionId = `00000000-0000-4000-8000-${(hash(spec.id) % 1e12).toString().padStart(12, '0')}`;
  const out: string[] = [];
  let n = 0;
  let parent: string | null = null;
  let msgNo = 0;
  let msgOpen = false;
  const env = (type: string): Record<string, unknown> => ({ parentUuid: parent, isSidechain: false, userType: 'external', cwd: CWD, sessionId, version: '2.1.90', gitBranch: 'main', type });
  const push = (rec: Record<string, unknown>): void => {
    const uuid = `${spec.id}-u${n}`;
    out.push(JSON.stringify({ ...rec, uuid, timestamp: ts(n) }));
    parent = uuid;
    n++;
  };
  const assistant = (block: Record<string, unknown>): void => {
    if (!msgOpen) {
      msgNo++;
      msgOpen = true;
    }
    push({ ...env('assistant'), requestId: `req_${spec.id}_${msgNo}`, message: { id: `msg_${spec.id}_${msgNo}`, type: 'message', role: 'assistant', model: 'claude-opus-4-6', content: [block], stop_reason: null, stop_sequence: null, usage: { input_tokens: 1200, output_tokens: 80 } } });
  };
  const result = (id: string, content: string, isError: boolean, toolUseResult: unknown): void => {
    msgOpen = false;
    push({ ...env('user'), message: { role: 'user', content: [{ type: 'tool_result', tool_use_id: id, content, is_error: isError }] }, toolUseResult });
  };
  let tool = 0;
  for (const s of spec.steps) {
    const id = `toolu_${spec.id.replace(/-/g, '')}_${tool}`;
    if ('user' in s) {
      msgOpen = false;
      push({ ...env('user'), message: { role: 'user', content: s.user } });
    } else if ('think' in s) {
      assistant({ type: 'thinking', thinking: vis === 'visible' ? s.think : '', signature: 'EqMBCkYIBxgCKkD' + 'x'.repeat(40) });
    } else if ('say' in s) {
      assistant({ type: 'text', text: s.say });
    } else {
      tool++;
      claudeTool(s, id, assistant, result);
    }
  }
  return out;
}

function claudeTool(s: Step, id: string, assistant: (b: Record<string, unknown>) => void, result: (id: string, c: string, e: boolean, r: unknown) => void): void {
  if ('bash' in s) {
    assistant({ type: 'tool_use', id, name: 'Bash', input: { command: s.bash, description: 'Run command' }, caller: { type: 'direct' } });
    const out = s.out ?? '';
    result(id, s.fail ? `Exit code 1\n${out}` : out, s.fail === true, { stdout: out, stderr: '', interrupted: false, isImage: false });
  } else if ('edit' in s) {
    assistant({ type: 'tool_use', id, name: 'Edit', input: { file_path: abs(s.edit), old_string: s.old, new_string: s.new, replace_all: false }, caller: { type: 'direct' } });
    const lines = hunkLines(s.old, s.new);
    result(id, `The file ${abs(s.edit)} has been updated successfully.`, false, { filePath: abs(s.edit), oldString: s.old, newString: s.new, structuredPatch: [{ oldStart: 1, oldLines: s.old.split('\n').length, newStart: 1, newLines: s.new.split('\n').length, lines }], userModified: false, replaceAll: false });
  } else if ('write' in s) {
    assistant({ type: 'tool_use', id, name: 'Write', input: { file_path: abs(s.write), content: s.content }, caller: { type: 'direct' } });
    result(id, `File created successfully at: ${abs(s.write)}`, false, { type: 'create', filePath: abs(s.write), content: s.content, structuredPatch: [] });
  } else if ('del' in s) {
    assistant({ type: 'tool_use', id, name: 'Bash', input: { command: `rm ${s.del}`, description: 'Delete file' }, caller: { type: 'direct' } });
    result(id, '', false, { stdout: '', stderr: '', interrupted: false, isImage: false });
  } else if ('read' in s) {
    assistant({ type: 'tool_use', id, name: 'Read', input: { file_path: abs(s.read) }, caller: { type: 'direct' } });
    const numbered = s.out.split('\n').map((l, i) => `${String(i + 1).padStart(6)}→${l}`).join('\n');
    result(id, numbered, false, { type: 'text', file: { filePath: abs(s.read), content: s.out, numLines: s.out.split('\n').length, startLine: 1, totalLines: s.out.split('\n').length } });
  }
}

function patchFor(s: Step): string | undefined {
  if ('edit' in s) return `*** Begin Patch\n*** Update File: ${s.edit}\n@@\n${hunkLines(s.old, s.new).join('\n')}\n*** End Patch\n`;
  if ('write' in s) return `*** Begin Patch\n*** Add File: ${s.write}\n${s.content.replace(/\n$/, '').split('\n').map((l) => `+${l}`).join('\n')}\n*** End Patch\n`;
  if ('del' in s) return `*** Begin Patch\n*** Delete File: ${s.del}\n*** End Patch\n`;
  return undefined;
}

export function codexRecords(spec: CaseSpec, vis: Visibility): string[] {
  const out: string[] = [];
  let n = 0;
  const id = `019c0000-0000-7000-8000-${(hash(spec.id) % 1e12).toString().padStart(12, '0')}`;
  const rec = (type: string, payload: Record<string, unknown>): void => {
    out.push(JSON.stringify({ timestamp: ts(n++), type, payload }));
  };
  rec('session_meta', { id, timestamp: ts(0), cwd: CWD, originator: 'codex_cli_rs', cli_version: '0.146.0', source: 'cli', model_provider: 'openai', base_instructions: { text: 'You are Codex.' } });
  let turn = 0;
  let call = 0;
  for (const s of spec.steps) {
    if ('user' in s) {
      turn++;
      rec('turn_context', { turn_id: `turn-${turn}`, cwd: CWD, approval_policy: 'on-request', sandbox_policy: { type: 'workspace-write' }, model: 'gpt-5.3-codex', effort: 'medium', summary: 'auto' });
      rec('response_item', { type: 'message', role: 'user', content: [{ type: 'input_text', text: s.user }] });
      rec('event_msg', { type: 'user_message', message: s.user, images: [] });
    } else if ('think' in s) {
      if (vis === 'visible') {
        rec('event_msg', { type: 'agent_reasoning', text: s.think });
        rec('response_item', { type: 'reasoning', summary: [{ type: 'summary_text', text: s.think }], content: null, encrypted_content: 'gAAAAABo' + 'Q'.repeat(48) });
      } else {
        rec('response_item', { type: 'reasoning', summary: [], content: null, encrypted_content: 'gAAAAABo' + 'Q'.repeat(48) });
      }
    } else if ('say' in s) {
      rec('event_msg', { type: 'agent_message', message: s.say });
      rec('response_item', { type: 'message', role: 'assistant', content: [{ type: 'output_text', text: s.say }] });
    } else {
      const callId = `call_${spec.id.replace(/-/g, '')}_${call++}`;
      const patch = patchFor(s);
      if (patch) {
        rec('response_item', { type: 'custom_tool_call', status: 'completed', call_id: callId, name: 'apply_patch', input: patch });
        rec('response_item', { type: 'custom_tool_call_output', call_id: callId, output: JSON.stringify({ output: 'Success. Updated the following files:\n', metadata: { exit_code: 0, duration_seconds: 0.1 } }) });
      } else {
        const cmd = 'bash' in s ? s.bash : 'read' in s ? `sed -n '1,200p' ${s.read}` : '';
        const text = 'bash' in s ? (s.out ?? '') : 'read' in s ? s.out : '';
        const code = 'bash' in s && s.fail ? 1 : 0;
        rec('response_item', { type: 'function_call', name: 'exec_command', arguments: JSON.stringify({ cmd, workdir: CWD }), call_id: callId });
        rec('response_item', { type: 'function_call_output', call_id: callId, output: `Chunk ID: a1b2\nWall time: 0.4 seconds\nProcess exited with code ${code}\nOriginal token count: 20\nOutput:\n${text}` });
      }
    }
  }
  rec('event_msg', { type: 'task_complete', turn_id: `turn-${turn}` });
  return out;
}

/** Stable 32-bit FNV-1a hash (also used to assign the held-out split). */
export function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}
