/**
 * The editor side of a review: read-only `vigil-review:` documents (the current file, commands,
 * tool input) and a writable temp copy of the proposed file, opened in VS Code's diff editor.
 */
import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { materializeChange } from '../core/changes/materializeChange';
import type { ReviewRequest } from '../core/gate/gateEngine';
import { canPassEdits } from '../core/gate/reviewedInput';
import type { FileChange } from '../core/model/fileChange';

export const REVIEW_SCHEME = 'vigil-review';

/** Serves the read-only sides of reviews. */
export class ReviewContentProvider implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly texts = new Map<string, string>();
  private readonly reg = vscode.workspace.registerTextDocumentContentProvider(REVIEW_SCHEME, this);

  put(key: string, name: string, text: string): vscode.Uri {
    const uri = vscode.Uri.from({ scheme: REVIEW_SCHEME, path: `/${key}/${name}` });
    this.texts.set(uri.path, text);
    return uri;
  }

  drop(key: string): void {
    for (const k of [...this.texts.keys()]) if (k.startsWith(`/${key}/`)) this.texts.delete(k);
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.texts.get(uri.path) ?? '';
  }

  dispose(): void {
    this.reg.dispose();
    this.texts.clear();
  }
}

export interface PreparedReview {
  /** Diffs (current ↔ proposed) or single documents (commands) to show. */
  views: { left?: vscode.Uri; right: vscode.Uri; title: string }[];
  /** The editable proposed file when reviewer edits can be passed back. */
  editable?: { uri: vscode.Uri; change: FileChange; before: string | undefined; proposed: string };
  editNote: string;
  target: string;
  dispose(): Promise<void>;
}

async function readIfExists(file: string | undefined): Promise<string | undefined> {
  if (!file) return undefined;
  try {
    return await fsp.readFile(file, 'utf8');
  } catch {
    return undefined;
  }
}

function absOf(change: FileChange, cwd: string | undefined): string | undefined {
  if (change.absPath) return change.absPath;
  if (path.isAbsolute(change.path)) return change.path;
  return cwd ? path.join(cwd, change.path) : undefined;
}

export async function prepareReview(req: ReviewRequest, provider: ReviewContentProvider, tmpRoot: string): Promise<PreparedReview> {
  const key = req.id;
  const call = req.call;
  const dir = path.join(tmpRoot, key);
  const cleanup = async (): Promise<void> => {
    provider.drop(key);
    await fsp.rm(dir, { recursive: true, force: true });
  };
  const changes = call.changes ?? [];
  if (!changes.length) {
    const text = call.command ?? JSON.stringify(call.input, null, 2) ?? '';
    const name = call.command !== undefined ? 'command.sh' : `${call.name.replace(/[^\w.-]/g, '_')}-input.json`;
    return {
      views: [{ right: provider.put(key, name, text), title: `Vigil review: ${call.name} (proposed)` }],
      editNote: call.command !== undefined ? 'The command is shown read-only.' : 'The tool input is shown read-only.',
      target: call.command ?? call.name,
      dispose: cleanup,
    };
  }
  const editable = canPassEdits(call.name, call.input, changes);
  const prepared: PreparedReview = {
    views: [],
    editNote: editable.ok ? 'You can edit the proposed side of the diff; the agent applies your version when you approve.' : `Edits in the diff are not passed back: ${editable.why}.`,
    target: changes.map((c) => (c.kind === 'move' ? `${c.path} → ${c.movePath ?? ''}` : `${c.kind} ${c.path}`)).join('\n'),
    dispose: cleanup,
  };
  for (const [i, change] of changes.slice(0, 8).entries()) {
    const current = await readIfExists(absOf(change, req.cwd));
    const m = materializeChange(change, current);
    const base = path.basename(change.movePath ?? change.path) || 'file';
    const left = provider.put(key, `current-${i}/${base}`, current ?? '');
    const proposed = m.ok ? (m.after ?? '') : `Vigil could not apply this change to the current file: ${m.error}\n\n${JSON.stringify(call.input, null, 2)}`;
    const label = m.ok && m.after === undefined ? 'deleted' : current === undefined ? 'new file' : 'proposed';
    let right: vscode.Uri;
    if (editable.ok && m.ok && m.after !== undefined && i === 0) {
      const file = path.join(dir, base);
      await fsp.mkdir(dir, { recursive: true, mode: 0o700 });
      await fsp.writeFile(file, proposed, { mode: 0o600 });
      right = vscode.Uri.file(file);
      prepared.editable = { uri: right, change, before: m.before, proposed };
    } else {
      right = provider.put(key, `proposed-${i}/${base}`, proposed);
    }
    prepared.views.push({ left, right, title: `Vigil review: ${change.path} (current ↔ ${label})` });
  }
  return prepared;
}

export async function showPrepared(p: PreparedReview): Promise<void> {
  for (const v of p.views) {
    if (v.left) {
      await vscode.commands.executeCommand('vscode.diff', v.left, v.right, v.title, { viewColumn: vscode.ViewColumn.One, preview: false, preserveFocus: true });
    } else {
      const doc = await vscode.workspace.openTextDocument(v.right);
      await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One, preview: false, preserveFocus: true });
    }
  }
}

/**
 * The reviewed text of the editable side (unsaved edits included). The document is saved first and
 * read back from disk: saving goes through the editor's own model, so keystrokes made just before
 * the click are not lost to a stale extension-host copy.
 */
export async function reviewedText(p: PreparedReview): Promise<string | undefined> {
  if (!p.editable) return undefined;
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === p.editable?.uri.toString());
  if (doc) await Promise.resolve(doc.save()).catch(() => false);
  return (await readIfExists(p.editable.uri.fsPath)) ?? doc?.getText();
}

/** Closes the review's editors (saving the temp copy first so no "save changes?" prompt appears). */
export async function closePrepared(p: PreparedReview): Promise<void> {
  const uris = new Set(p.views.flatMap((v) => [v.right.toString(), ...(v.left ? [v.left.toString()] : [])]));
  const doc = p.editable && vscode.workspace.textDocuments.find((d) => d.uri.toString() === p.editable?.uri.toString());
  if (doc?.isDirty) await doc.save();
  const tabs = vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => {
    const inp = t.input;
    if (inp instanceof vscode.TabInputTextDiff) return uris.has(inp.modified.toString()) || uris.has(inp.original.toString());
    if (inp instanceof vscode.TabInputText) return uris.has(inp.uri.toString());
    return false;
  });
  if (tabs.length) await vscode.window.tabGroups.close(tabs, true);
}
