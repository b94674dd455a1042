import { z } from 'zod';

/**
 * Every Vigil setting, declared once. `scripts/genManifest.mjs` writes package.json's
 * `contributes.configuration` from this table, and `src/config.ts` reads settings through it,
 * so the manifest and the runtime validator cannot drift. To add a setting: add a row here,
 * run `npm run gen:manifest`, read it via `config.get('key')`.
 */
export const SETTINGS = {
  'claude.configDir': {
    schema: z.string().default(''),
    description: 'Claude Code config folder. Empty: $CLAUDE_CONFIG_DIR, else ~/.claude.',
  },
  'codex.home': {
    schema: z.string().default(''),
    description: 'Codex home folder. Empty: $CODEX_HOME, else ~/.codex.',
  },
  'jsonl.watchFolders': {
    schema: z.array(z.string()).default([]),
    description: 'Folders watched for Vigil JSONL session files (*.vigil.jsonl or *.jsonl in Vigil\'s open format). Relative paths resolve against the first workspace folder.',
  },
  'sessions.showAll': {
    schema: z.boolean().default(false),
    description: 'Show sessions from every project, not only the ones whose working directory is in the open workspace.',
  },
  'sessions.maxAgeDays': {
    schema: z.number().int().min(1).max(3650).default(14),
    description: 'Sessions whose transcript was last written more than this many days ago are not listed.',
  },
  'gate.enabled': {
    schema: z.boolean().default(true),
    description: 'Answer hook requests from agents (the edit gate). When off, the gate allows everything and logs it.',
  },
  'gate.threshold': {
    schema: z.number().int().min(0).max(100).default(30),
    description: 'Risk score (0-100) at or above which a proposed edit or command waits for a human review.',
  },
  'gate.failOpen': {
    schema: z.boolean().default(false),
    description: 'When the hook cannot reach Vigil (not running, error, time-out), let the call proceed instead of denying it.',
  },
  'gate.reviewTimeoutSeconds': {
    schema: z.number().int().min(10).max(86400).default(900),
    description: 'How long a review waits for a decision before it is denied as timed out.',
  },
  'monitors.reasoning': {
    schema: z.boolean().default(true),
    description: 'Run the reasoning monitor over reasoning and assistant text.',
  },
  'monitors.action': {
    schema: z.boolean().default(true),
    description: 'Run the action monitor over shell commands and file changes.',
  },
  'editor.decorations': {
    schema: z.boolean().default(true),
    description: 'Mark lines changed by flagged edits in the editor while a session is live.',
  },
  'editor.problems': {
    schema: z.boolean().default(false),
    description: 'Also list findings on edited files in the Problems panel.',
  },
  'report.redact': {
    schema: z.boolean().default(true),
    description: 'Redact secrets, home paths and user names in exported reports.',
  },
} as const;

export type SettingKey = keyof typeof SETTINGS;
export type SettingValue<K extends SettingKey> = z.infer<(typeof SETTINGS)[K]['schema']>;
export type Settings = { [K in SettingKey]: SettingValue<K> };
