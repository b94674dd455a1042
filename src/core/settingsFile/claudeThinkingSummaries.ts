import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import { parseJsoncObject, readJsonc, setJsoncValue, writeSettingsFile } from './jsoncFile';

/** Claude Code's user setting that makes it write summaries of its thinking into transcripts. */
export const THINKING_SUMMARIES_KEY = 'showThinkingSummaries';

export interface SettingChange {
  file: string;
  /** False when the setting was already on (nothing written). */
  changed: boolean;
  backupPath?: string;
  /** Puts the file back as it was, unless it changed since (then returns false and leaves it). */
  undo(): Promise<boolean>;
}

export function claudeUserSettingsPath(configDir: string): string {
  return path.join(configDir, 'settings.json');
}

/** Whether `<configDir>/settings.json` already has `"showThinkingSummaries": true`. */
export async function thinkingSummariesEnabled(configDir: string): Promise<boolean> {
  const f = await readJsonc(claudeUserSettingsPath(configDir));
  try {
    return parseJsoncObject(f.text)[THINKING_SUMMARIES_KEY] === true;
  } catch {
    return false;
  }
}

/**
 * Sets `"showThinkingSummaries": true` in Claude Code's user settings, keeping comments and other
 * keys, atomically and with a backup. Throws (without writing) when the file is not valid JSON.
 */
export async function enableThinkingSummaries(configDir: string): Promise<SettingChange> {
  const file = claudeUserSettingsPath(configDir);
  const before = await readJsonc(file);
  const current = parseJsoncObject(before.text, file);
  if (current[THINKING_SUMMARIES_KEY] === true) return { file, changed: false, undo: async () => false };
  const next = setJsoncValue(before.text, [THINKING_SUMMARIES_KEY], true);
  const { backupPath } = await writeSettingsFile(file, next, { backup: before.exists });
  return {
    file,
    changed: true,
    ...(backupPath ? { backupPath } : {}),
    async undo() {
      const now = await readJsonc(file);
      if (now.text !== next) return false;
      if (before.exists) await writeSettingsFile(file, before.text);
      else await fsp.rm(file, { force: true });
      return true;
    },
  };
}
