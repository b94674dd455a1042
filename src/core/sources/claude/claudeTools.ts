import type { ToolKind } from '../../model/events';
import type { FileChange, StringEdit } from '../../model/fileChange';
import { changePath } from '../../changes/changePath';

/** What Vigil derives from one Claude Code tool call (transcript `tool_use` block or hook `tool_input`). */
export interface ClaudeToolCallInfo {
  toolKind: ToolKind;
  /** Shell command line for shell tools. */
  command?: string;
  /** Paths the call touches, relative to `cwd` when inside it. */
  paths?: string[];
  /** Normalised file changes for edit/write tools. */
  changes?: FileChange[];
}

export interface ClaudeToolOptions {
  /**
   * Whether a file exists now. Only meaningful when the call is being proposed (hook payloads):
   * lets `Write` be classified `add` vs `update`. Without it, Write is `add` until the transcript's
   * tool result says otherwise.
   */
  fileExists?: (absPath: string) => boolean;
}

const KIND_BY_NAME: ReadonlyMap<string, ToolKind> = new Map(Object.entries({
  edit: 'edit',
  multiedit: 'edit',
  notebookedit: 'edit',
  write: 'write',
  bash: 'shell',
  powershell: 'shell',
  bashoutput: 'shell',
  read: 'read',
  notebookread: 'read',
  grep: 'search',
  glob: 'search',
  ls: 'search',
  websearch: 'search',
  webfetch: 'search',
  web_search: 'search',
  web_fetch: 'search',
  task: 'subagent',
  agent: 'subagent',
} satisfies Record<string, ToolKind>));

/** Normalised kind of a Claude Code tool, by name (case-insensitive; `mcp__server__tool` -> mcp). */
export function claudeToolKind(name: string): ToolKind {
  if (typeof name !== 'string') return 'other';
  if (name.startsWith('mcp__')) return 'mcp';
  return KIND_BY_NAME.get(name.toLowerCase()) ?? 'other';
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

function record(v: unknown): Record<string, unknown> {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}

function toEdit(v: unknown): StringEdit | undefined {
  const e = record(v);
  const oldString = str(e.old_string);
  const newString = str(e.new_string);
  if (oldString === undefined || newString === undefined) return undefined;
  return e.replace_all === true ? { oldString, newString, replaceAll: true } : { oldString, newString };
}

function changesFor(name: string, input: Record<string, unknown>, cwd: string | undefined, opts: ClaudeToolOptions): FileChange[] | undefined {
  const lower = name.toLowerCase();
  if (lower === 'edit' || lower === 'multiedit') {
    const file = str(input.file_path);
    if (!file) return undefined;
    const edits = lower === 'edit' ? [toEdit(input)] : Array.isArray(input.edits) ? input.edits.map(toEdit) : [];
    const valid = edits.filter((e): e is StringEdit => e !== undefined);
    return [{ ...changePath(file, cwd), kind: 'update', edits: valid }];
  }
  if (lower === 'write') {
    const file = str(input.file_path);
    if (!file) return undefined;
    const where = changePath(file, cwd);
    const exists = where.absPath && opts.fileExists ? safeExists(opts.fileExists, where.absPath) : false;
    return [{ ...where, kind: exists ? 'update' : 'add', after: str(input.content) ?? '' }];
  }
  if (lower === 'notebookedit') {
    const file = str(input.notebook_path) ?? str(input.file_path);
    if (!file) return undefined;
    const change: FileChange = { ...changePath(file, cwd), kind: 'update' };
    const cellId = str(input.cell_id);
    if (cellId) change.cellId = cellId;
    const source = str(input.new_source);
    // The new cell source, as added lines without positions (a notebook cell has no file line numbers).
    if (source !== undefined && input.edit_mode !== 'delete') change.hunks = [{ lines: source.split('\n').map((l) => `+${l}`) }];
    return [change];
  }
  return undefined;
}

function safeExists(fn: (p: string) => boolean, p: string): boolean {
  try {
    return fn(p);
  } catch {
    return false;
  }
}

function pathsFor(input: Record<string, unknown>, cwd: string | undefined): string[] | undefined {
  const out: string[] = [];
  for (const key of ['file_path', 'notebook_path', 'path']) {
    const p = str(input[key]);
    if (p && p.trim()) out.push(changePath(p, cwd).path);
  }
  return out.length ? out : undefined;
}

/**
 * Maps a Claude Code tool call (name + raw input, as in a transcript `tool_use` block or a hook's
 * `tool_name`/`tool_input`) to Vigil's normalised kind, command, touched paths and file changes.
 * Never throws: malformed inputs give fewer details, not errors.
 */
export function claudeToolToCall(name: string, input: unknown, cwd?: string, opts: ClaudeToolOptions = {}): ClaudeToolCallInfo {
  const toolName = typeof name === 'string' ? name : '';
  const toolKind = claudeToolKind(toolName);
  const args = record(input);
  const info: ClaudeToolCallInfo = { toolKind };
  if (toolKind === 'shell') {
    const command = str(args.command);
    if (command !== undefined) info.command = command;
  }
  const paths = pathsFor(args, cwd);
  if (paths) info.paths = paths;
  if (toolKind === 'edit' || toolKind === 'write') {
    const changes = changesFor(toolName, args, cwd, opts);
    if (changes) info.changes = changes;
  }
  return info;
}
