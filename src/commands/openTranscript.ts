import * as path from 'node:path';
import * as vscode from 'vscode';
import { readTranscriptFile } from '../core/sources/readTranscript';
import type { Cmd, VigilContext } from '../context';
import { startReplay, type Replay } from '../sessions/replay';
import { REASONING_VIEW_ID } from '../panel/reasoningViewProvider';

export interface OpenTranscriptArgs {
  /** File to open (path or Uri); without it a file dialog asks. */
  path?: string | vscode.Uri;
  /** 1 = default live pace (about 1-8 s in all), 4 = four times faster, 0 = instant. */
  speed?: number;
  /** Resolve only when the replay has finished (tests). */
  wait?: boolean;
  /** Do not focus the panel. */
  background?: boolean;
}

/**
 * `vigil.openTranscript`: opens a transcript file (Claude Code, Codex, Vigil JSONL; sniffed) and
 * replays it into a new read-only session, live-paced by default so the panel streams it. Selects
 * the new session and returns its id. Replays still running stop when the extension deactivates.
 */
export function openTranscript(ctx: VigilContext): Cmd {
  const running = new Set<Replay>();
  ctx.extension.subscriptions.push({ dispose: () => [...running].forEach((r) => r.stop()) });
  return async (arg?: OpenTranscriptArgs | vscode.Uri | string): Promise<string | undefined> => {
    const args: OpenTranscriptArgs = arg instanceof vscode.Uri || typeof arg === 'string' ? { path: arg } : (arg ?? {});
    let file = typeof args.path === 'string' ? args.path : args.path?.fsPath;
    if (!file) {
      const picked = await vscode.window.showOpenDialog({
        title: 'Vigil: replay a transcript',
        canSelectMany: false,
        filters: { 'Agent transcripts': ['jsonl'], 'All files': ['*'] },
      });
      file = picked?.[0]?.fsPath;
      if (!file) return undefined;
    }
    const read = await readTranscriptFile(file).catch((err: unknown) => {
      void vscode.window.showErrorMessage(`Vigil: cannot read ${file}: ${err instanceof Error ? err.message : String(err)}`);
      return undefined;
    });
    if (!read) return undefined;
    if (!read.format || !read.events.length) {
      void vscode.window.showWarningMessage(`Vigil: ${path.basename(file)} is not a transcript Vigil can read (${read.stats.skipped} of ${read.stats.lines} lines skipped).`);
      return undefined;
    }
    ctx.log.info(`replaying ${file} (${read.format}, ${read.events.length} events, ${read.stats.skipped} lines skipped)`);
    const session = read.session ?? { id: path.basename(file, '.jsonl'), agent: read.format === 'vigil-jsonl' ? 'vigil-jsonl' : read.format };
    const replay = startReplay(ctx.sessions, { ...session, transcriptPath: file }, read.events, { speed: args.speed ?? 1 });
    running.add(replay);
    void replay.done.then(() => running.delete(replay));
    ctx.selection.select(replay.sessionId);
    if (!args.background) void vscode.commands.executeCommand(`${REASONING_VIEW_ID}.focus`);
    if (args.wait) await replay.done;
    return replay.sessionId;
  };
}
