import type { FileChange } from '../../../src/core/model/fileChange';
import type { ToolCallEvent, VigilEvent } from '../../../src/core/model/events';

let seq = 0;

function base(id?: string): { id: string; sessionId: string; seq: number } {
  seq++;
  return { id: id ?? `e${seq}`, sessionId: 's', seq };
}

export function userPrompt(text: string): VigilEvent {
  return { ...base(), kind: 'user_prompt', text };
}

export function reasoning(text: string): VigilEvent {
  return { ...base(), kind: 'reasoning', text, visibility: 'full' };
}

export function assistant(text: string): VigilEvent {
  return { ...base(), kind: 'assistant_message', text };
}

export function shell(command: string, id?: string): ToolCallEvent {
  const b = base(id);
  return { ...b, kind: 'tool_call', toolUseId: `t-${b.id}`, name: 'Bash', toolKind: 'shell', input: { command }, command };
}

export function edit(path: string, oldString: string, newString: string): ToolCallEvent {
  const b = base();
  const change: FileChange = { path, kind: 'update', edits: [{ oldString, newString }] };
  return { ...b, kind: 'tool_call', toolUseId: `t-${b.id}`, name: 'Edit', toolKind: 'edit', input: {}, paths: [path], changes: [change] };
}

export function write(path: string, after: string, kind: FileChange['kind'] = 'add'): ToolCallEvent {
  const b = base();
  return { ...b, kind: 'tool_call', toolUseId: `t-${b.id}`, name: 'Write', toolKind: 'write', input: {}, paths: [path], changes: [{ path, kind, after }] };
}

export function change(c: FileChange): ToolCallEvent {
  const b = base();
  return { ...b, kind: 'tool_call', toolUseId: `t-${b.id}`, name: 'apply_patch', toolKind: 'edit', input: {}, paths: [c.path], changes: [c] };
}

export function read(path: string): ToolCallEvent {
  const b = base();
  return { ...b, kind: 'tool_call', toolUseId: `t-${b.id}`, name: 'Read', toolKind: 'read', input: { file_path: path }, paths: [path] };
}

export function result(call: ToolCallEvent, output: string, isError = false): VigilEvent {
  return { ...base(), kind: 'tool_result', toolUseId: call.toolUseId, isError, output };
}
