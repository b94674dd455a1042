/**
 * Adds and removes Vigil's hook entries in a JSON/JSONC settings file as text edits, so comments,
 * formatting and everything else stay as they were: install then uninstall gives the same bytes.
 * Children are inserted/removed by hand at exact offsets (jsonc-parser's `modify` re-formats the
 * whole parent array/object), so a removal is the exact inverse of the insertion.
 */
import { findNodeAtLocation, parseTree, type Node } from 'jsonc-parser';
import { parseJsoncObject } from '../settingsFile/jsoncFile';
import { isVigilCommand, type HookGroup } from './hookConfig';

/** What an install created, so uninstall removes exactly that (containers it added, the file). */
export interface InstallRecord {
  createdFile: boolean;
  createdHooks: boolean;
  createdEvents: string[];
}

interface Fmt {
  unit: string;
  eol: string;
}

function fmt(text: string): Fmt {
  const indent = /^( +|\t)"/m.exec(text)?.[1] ?? '  ';
  return { unit: indent, eol: text.includes('\r\n') ? '\r\n' : '\n' };
}

function lineIndent(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(start))?.[0] ?? '';
}

function tree(text: string): Node {
  parseJsoncObject(text);
  const root = parseTree(text, [], { allowTrailingComma: true });
  if (!root) throw new Error('empty settings file');
  return root;
}

/** Appends `body` (an element, or `"key": value` for objects) as the last child of `node`. */
function appendChild(text: string, node: Node, body: (indent: string) => string, f: Fmt): string {
  const kids = node.children ?? [];
  const last = kids[kids.length - 1];
  const indent = kids[0] ? lineIndent(text, kids[0].offset) : lineIndent(text, node.offset) + f.unit;
  if (last) {
    const at = last.offset + last.length;
    return `${text.slice(0, at)},${f.eol}${indent}${body(indent)}${text.slice(at)}`;
  }
  const at = node.offset + 1;
  return `${text.slice(0, at)}${f.eol}${indent}${body(indent)}${f.eol}${lineIndent(text, node.offset)}${text.slice(node.offset + node.length - 1)}`;
}

function jsonAt(value: unknown, indent: string, f: Fmt): string {
  return JSON.stringify(value, null, f.unit).split('\n').join(f.eol + indent);
}

/** Removes child `i` of `node` (array element or object property), undoing `appendChild` exactly. */
function removeChild(text: string, node: Node, i: number): string {
  const kids = node.children ?? [];
  const el = kids[i] as Node;
  const prev = kids[i - 1];
  const next = kids[i + 1];
  if (prev) return text.slice(0, prev.offset + prev.length) + text.slice(el.offset + el.length);
  if (next) return text.slice(0, el.offset) + text.slice(next.offset);
  return text.slice(0, node.offset + 1) + text.slice(node.offset + node.length - 1);
}

function addKey(text: string, path: string[], value: unknown, f: Fmt): string {
  const key = path[path.length - 1] as string;
  const obj = path.length > 1 ? findNodeAtLocation(tree(text), path.slice(0, -1)) : tree(text);
  if (obj?.type !== 'object') throw new Error(`"${path.slice(0, -1).join('.')}" is not an object; not changing it`);
  return appendChild(text, obj, (ind) => `${JSON.stringify(key)}: ${jsonAt(value, ind, f)}`, f);
}

function removeKey(text: string, path: string[]): string {
  const obj = path.length > 1 ? findNodeAtLocation(tree(text), path.slice(0, -1)) : tree(text);
  const i = (obj?.children ?? []).findIndex((p) => p.children?.[0]?.value === path[path.length - 1]);
  return obj && i >= 0 ? removeChild(text, obj, i) : text;
}

/** Adds Vigil's groups (after removing any older Vigil entries). Returns the new text and what it created. */
export function addVigilHooks(text: string | undefined, groups: Record<string, HookGroup[]>): { text: string; record: InstallRecord } {
  const createdFile = text === undefined || !text.trim();
  let t = createdFile ? '{}\n' : removeVigilHooks(text as string).text;
  const f = fmt(t);
  const record: InstallRecord = { createdFile, createdHooks: false, createdEvents: [] };
  let root = tree(t);
  const hooks = findNodeAtLocation(root, ['hooks']);
  if (!hooks || hooks.type !== 'object') {
    if (hooks) throw new Error('"hooks" is not an object; not changing it');
    t = addKey(t, ['hooks'], groups, f);
    return { text: t, record: { ...record, createdHooks: true, createdEvents: Object.keys(groups) } };
  }
  for (const [event, add] of Object.entries(groups)) {
    root = tree(t);
    const arr = findNodeAtLocation(root, ['hooks', event]);
    if (!arr) {
      t = addKey(t, ['hooks', event], add, f);
      record.createdEvents.push(event);
      continue;
    }
    if (arr.type !== 'array') throw new Error(`"hooks.${event}" is not an array; not changing it`);
    for (const g of add) {
      const cur = findNodeAtLocation(tree(t), ['hooks', event]) as Node;
      t = appendChild(t, cur, (ind) => jsonAt(g, ind, f), f);
    }
  }
  return { text: t, record };
}

interface Hit {
  event: string;
  group: number;
  /** Vigil handler indexes in the group's `hooks`; all = remove the whole group. */
  handlers: number[];
  all: boolean;
}

function findVigil(root: Node): Hit[] {
  const hooks = findNodeAtLocation(root, ['hooks']);
  if (!hooks || hooks.type !== 'object') return [];
  const hits: Hit[] = [];
  for (const prop of hooks.children ?? []) {
    const event = prop.children?.[0]?.value as string;
    const arr = prop.children?.[1];
    if (arr?.type !== 'array') continue;
    (arr.children ?? []).forEach((g, gi) => {
      const hs = findNodeAtLocation(g, ['hooks']);
      if (hs?.type !== 'array') return;
      const handlers = (hs.children ?? []).map((h, hi) => (isVigilCommand(findNodeAtLocation(h, ['command'])?.value) ? hi : -1)).filter((i) => i >= 0);
      if (handlers.length) hits.push({ event, group: gi, handlers, all: handlers.length === (hs.children ?? []).length });
    });
  }
  return hits;
}

/** True when the text holds at least one Vigil hook command. */
export function hasVigilHooks(text: string): boolean {
  try {
    return findVigil(tree(text)).length > 0;
  } catch {
    return false;
  }
}

/**
 * Removes every Vigil hook (and nothing else). Containers emptied by the removal are removed when the
 * record says Vigil created them (without a record: when Vigil's removal emptied them).
 * `text: null` = the file should be deleted (Vigil created it and nothing else is left).
 */
export function removeVigilHooks(text: string, record?: InstallRecord): { text: string; removed: number; deleteFile: boolean } {
  let t = text;
  let removed = 0;
  const emptied = new Set<string>();
  // Remove from the last hit backwards so earlier offsets stay valid.
  for (const hit of findVigil(tree(t)).reverse()) {
    const root = tree(t);
    const arr = findNodeAtLocation(root, ['hooks', hit.event]) as Node;
    if (hit.all) {
      t = removeChild(t, arr, hit.group);
    } else {
      for (const hi of [...hit.handlers].reverse()) {
        const hs = findNodeAtLocation(tree(t), ['hooks', hit.event, hit.group, 'hooks']) as Node;
        t = removeChild(t, hs, hi);
      }
    }
    removed += hit.handlers.length;
    const after = findNodeAtLocation(tree(t), ['hooks', hit.event]);
    if (after?.type === 'array' && !after.children?.length) emptied.add(hit.event);
  }
  for (const event of emptied) {
    if (record && !record.createdEvents.includes(event)) continue;
    t = removeKey(t, ['hooks', event]);
  }
  const hooks = findNodeAtLocation(tree(t), ['hooks']);
  if (removed && hooks?.type === 'object' && !hooks.children?.length && (record ? record.createdHooks : true)) t = removeKey(t, ['hooks']);
  const rest = parseJsoncObject(t);
  const deleteFile = !!record?.createdFile && removed > 0 && Object.keys(rest).length === 0 && !/\/\/|\/\*/.test(t);
  return { text: t, removed, deleteFile };
}

/** Vigil hook commands in a settings text, by event (for "Check gate"). */
export function vigilCommands(text: string): { event: string; command: string }[] {
  try {
    const root = tree(text);
    return findVigil(root).flatMap((h) =>
      h.handlers.map((hi) => ({ event: h.event, command: String(findNodeAtLocation(root, ['hooks', h.event, h.group, 'hooks', hi, 'command'])?.value) })),
    );
  } catch {
    return [];
  }
}
