import type { ToolKind } from '../../model/events';
import type { FileChange, StringEdit } from '../../model/fileChange';
import { changePath } from '../../changes/changePath';
import { patchToChanges } from '../../changes/patchToChanges';

/** What Vigil derives from a VS Code agent-mode tool call (hook `tool_name` + `tool_input`). */
export interface VscodeToolCallInfo {
  toolKind: ToolKind;
  command?: string;
  paths?: string[];
  changes?: FileChange[];
}

function rec(v: unknown): Record<string, unknown> {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}
function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

/** `copilot_replaceString`, `replace_string_in_file`, `replaceString` → `replacestring…` keys. */
export function vscodeToolKey(name: string): string {
  return name.replace(/^copilot_/i, '').replace(/[_\-\s]/g, '').toLowerCase();
}

const KIND: Record<string, ToolKind> = {
  editfiles: 'edit', replacestring: 'edit', replacestringinfile: 'edit', multireplacestring: 'edit', multireplacestringinfile: 'edit',
  insertedit: 'edit', inserteditintofile: 'edit', applypatch: 'edit', editnotebook: 'edit', editnotebookfile: 'edit',
  createfile: 'write', createdirectory: 'write', newjupyternotebook: 'write',
  editfile: 'edit', deletefile: 'edit',
  runinterminal: 'shell', runterminalcommand: 'shell', runcommand: 'shell', runtask: 'shell', runvscodetask: 'shell', runtests: 'shell', rungitcommand: 'shell',
  sendtoterminal: 'shell', createandruntask: 'shell', runnotebookcell: 'shell',
  runvscodecommand: 'other', installextension: 'other', managetodolist: 'other', killterminal: 'other',
  readfile: 'read', listdirectory: 'read', listdir: 'read', getterminaloutput: 'read', readnotebookcellcontent: 'read', getchangedfiles: 'read', geterrors: 'read',
  getdiagnostics: 'read', viewimage: 'read', readnotebookcelloutput: 'read', gettaskoutput: 'read',
  findfiles: 'search', filesearch: 'search', testsearch: 'search', githubtextsearch: 'search', textsearch: 'search', grepsearch: 'search', semanticsearch: 'search', codebase: 'search', searchcodebase: 'search',
  findtestfiles: 'search', usages: 'search', listcodeusages: 'search', fetch: 'search', fetchwebpage: 'search', githubrepo: 'search', searchworkspacesymbols: 'search',
  runsubagent: 'subagent', runsubagenttool: 'subagent',
};

/** True for VS Code agent tool ids (`run_in_terminal`, `copilot_createFile`, `editFiles`…), not Claude's or Codex's names. */
export function isVscodeToolName(name: string): boolean {
  return !!name && /[a-z]/.test(name[0] ?? '') && (KIND[vscodeToolKey(name)] !== undefined || name.startsWith('copilot_'));
}

function fileOf(a: Record<string, unknown>): string | undefined {
  return str(a.filePath) ?? str(a.file_path) ?? str(a.path) ?? str(a.uri);
}

function edit(a: Record<string, unknown>): StringEdit | undefined {
  const oldString = str(a.oldString) ?? str(a.old_string);
  const newString = str(a.newString) ?? str(a.new_string);
  return oldString !== undefined && newString !== undefined ? { oldString, newString } : undefined;
}

function changesFor(key: string, a: Record<string, unknown>, cwd: string | undefined): FileChange[] | undefined {
  if (key === 'replacestring' || key === 'replacestringinfile') {
    const f = fileOf(a);
    const e = edit(a);
    return f && e ? [{ ...changePath(f, cwd), kind: 'update', edits: [e] }] : undefined;
  }
  if (key === 'multireplacestring' || key === 'multireplacestringinfile') {
    const byFile = new Map<string, StringEdit[]>();
    for (const r of Array.isArray(a.replacements) ? a.replacements : []) {
      const f = fileOf(rec(r));
      const e = edit(rec(r));
      if (f && e) byFile.set(f, [...(byFile.get(f) ?? []), e]);
    }
    return byFile.size ? [...byFile].map(([f, edits]) => ({ ...changePath(f, cwd), kind: 'update' as const, edits })) : undefined;
  }
  if (key === 'createfile') {
    const f = fileOf(a);
    return f ? [{ ...changePath(f, cwd), kind: 'add', after: str(a.content) ?? '' }] : undefined;
  }
  if (key === 'insertedit' || key === 'inserteditintofile' || key === 'editnotebook' || key === 'editnotebookfile') {
    // The model's snippet uses "...existing code..." markers: the exact result is not knowable before it runs.
    const f = fileOf(a);
    return f ? [{ ...changePath(f, cwd), kind: 'update' }] : undefined;
  }
  if (key === 'applypatch') {
    const patch = str(a.input) ?? str(a.patch);
    return patch ? patchToChanges(patch, cwd).changes : undefined;
  }
  if (key === 'deletefile') {
    const f = fileOf(a);
    return f ? [{ ...changePath(f, cwd), kind: 'delete' }] : undefined;
  }
  if (key === 'editfile') {
    // edit_file carries a snippet like insert_edit_into_file; the exact result is not knowable up front.
    const f = fileOf(a);
    return f ? [{ ...changePath(f, cwd), kind: 'update' }] : undefined;
  }
  if (key === 'editfiles') {
    const files = Array.isArray(a.files) ? a.files.filter((f): f is string => typeof f === 'string') : [];
    return files.length ? files.map((f) => ({ ...changePath(f, cwd), kind: 'update' as const })) : undefined;
  }
  return undefined;
}

/** Maps a VS Code agent tool id + input to Vigil's kind, command, paths and changes. Never throws. */
export function vscodeToolToCall(name: string, input: unknown, cwd: string | undefined): VscodeToolCallInfo {
  const key = vscodeToolKey(typeof name === 'string' ? name : '');
  const a = rec(input);
  const toolKind: ToolKind = KIND[key] ?? (/^mcp/.test(key) ? 'mcp' : 'other');
  const info: VscodeToolCallInfo = { toolKind };
  if (toolKind === 'shell') {
    const command = str(a.command) ?? str(a.commandLine) ?? str(a.text);
    if (command !== undefined) info.command = command;
  }
  if (toolKind === 'edit' || toolKind === 'write') {
    const changes = changesFor(key, a, cwd);
    if (changes) {
      info.changes = changes;
      info.paths = changes.map((c) => c.path);
    }
  }
  if (!info.paths) {
    const f = fileOf(a) ?? str(a.dirPath);
    if (f) info.paths = [changePath(f, cwd).path];
  }
  return info;
}
