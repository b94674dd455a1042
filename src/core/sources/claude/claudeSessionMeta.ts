import path from 'node:path';
import type { Session } from '../../model/events';
import type { ClaudeEnvelope } from './claudeRecords';

/**
 * Session id Vigil gives a Claude Code subagent (sidechain) transcript. Subagent records carry the
 * *parent's* `sessionId` plus their own `agentId`; hook payloads from inside a subagent carry the
 * same pair (`session_id`, `agent_id`), so both sides derive the same id with this function.
 */
export function claudeSubagentSessionId(parentSessionId: string, agentId: string): string {
  return `${parentSessionId}.agent-${agentId}`;
}

const SUBAGENT_FILE = /[\\/]([^\\/]+)[\\/]subagents[\\/]agent-([^\\/]+)\.jsonl$/;

/** Parent session id and agent id from a `<session>/subagents/agent-<agentId>.jsonl` path. */
export function subagentFromPath(transcriptPath: string | undefined): { parentSessionId: string; agentId: string } | undefined {
  const m = transcriptPath ? SUBAGENT_FILE.exec(transcriptPath) : null;
  return m ? { parentSessionId: m[1]!, agentId: m[2]! } : undefined;
}

const UUID_FILE = /[\\/]([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.jsonl$/i;

/**
 * Session id named by a main transcript's file name (`<session-uuid>.jsonl`), if it has that shape.
 * Claude Code names each file after its own session, while a resumed session's file may start with
 * records copied from the session it continues (carrying the old `sessionId`), so the name wins.
 */
export function sessionIdFromFileName(transcriptPath: string | undefined): string | undefined {
  if (!transcriptPath || subagentFromPath(transcriptPath)) return undefined;
  return UUID_FILE.exec(transcriptPath)?.[1];
}

const TITLE_MAX = 120;
/** A slash command without arguments ("/clear"): a title only until a real prompt comes. */
const BARE_COMMAND_RE = /^\/[\w:.-]{1,60}$/;

/** First line of a text, trimmed and shortened for a title. */
export function titleFrom(text: string): string | undefined {
  const line = text.trim().split('\n', 1)[0]?.trim() ?? '';
  if (!line) return undefined;
  return line.length > TITLE_MAX ? `${line.slice(0, TITLE_MAX - 1)}…` : line;
}

function isIsoLike(s: string | undefined): s is string {
  return !!s && !Number.isNaN(Date.parse(s));
}

/**
 * Collects what a Claude transcript says about its session. The identity (id, parent, agent) is
 * fixed by the first record that names a session, or by the file path for subagent files, and
 * never changes afterwards (resumed/relocated records may name other ids).
 */
export class ClaudeSessionMeta {
  private id: string | undefined;
  private parentSessionId: string | undefined;
  private agentName: string | undefined;
  private cwd: string | undefined;
  private startedAt: string | undefined;
  private model: string | undefined;
  private agentVersion: string | undefined;
  private customTitle: string | undefined;
  private aiTitle: string | undefined;
  private summaryTitle: string | undefined;
  private promptTitle: string | undefined;
  private readonly fromPath: { parentSessionId: string; agentId: string } | undefined;

  private readonly fileSessionId: string | undefined;

  constructor(private readonly transcriptPath: string | undefined) {
    this.fromPath = subagentFromPath(transcriptPath);
    this.fileSessionId = sessionIdFromFileName(transcriptPath);
  }

  /** Session id, fixing it from the file name if no record named one yet. */
  sessionId(): string {
    if (this.id) return this.id;
    if (this.fromPath) {
      this.fix(this.fromPath.parentSessionId, this.fromPath.agentId);
    } else if (this.fileSessionId) {
      this.id = this.fileSessionId;
    } else {
      const base = this.transcriptPath ? path.basename(this.transcriptPath).replace(/\.jsonl$/i, '') : '';
      this.id = base || 'claude-session';
    }
    return this.id!;
  }

  get known(): boolean {
    return this.id !== undefined;
  }

  /** This transcript is a subagent's own (sidechain) file. */
  get isSubagent(): boolean {
    return this.parentSessionId !== undefined;
  }

  get currentCwd(): string | undefined {
    return this.cwd;
  }

  note(env: ClaudeEnvelope): void {
    if (!this.id && this.fileSessionId) {
      this.id = this.fileSessionId;
    } else if (!this.id && env.sessionId) {
      const agentId = this.fromPath?.agentId ?? (env.isSidechain === true ? env.agentId : undefined);
      this.fix(env.sessionId, agentId);
    }
    if (!this.cwd && env.cwd && env.cwd.trim()) this.cwd = env.cwd;
    if (!this.startedAt && isIsoLike(env.timestamp)) this.startedAt = env.timestamp;
    if (!this.agentVersion && env.version) this.agentVersion = env.version;
  }

  noteModel(model: string | undefined): void {
    if (!this.model && model && model !== '<synthetic>') this.model = model;
  }

  noteTitle(kind: 'custom' | 'ai' | 'summary' | 'prompt', text: string | undefined): void {
    const t = text ? titleFrom(text) : undefined;
    if (!t) return;
    if (kind === 'custom') this.customTitle = t;
    else if (kind === 'ai') this.aiTitle = t;
    else if (kind === 'summary') this.summaryTitle = t;
    else if (!this.promptTitle || (BARE_COMMAND_RE.test(this.promptTitle) && !BARE_COMMAND_RE.test(t))) this.promptTitle = t;
  }

  session(): Session | undefined {
    if (!this.id) return undefined;
    const s: Session = { id: this.id, agent: 'claude-code' };
    if (this.cwd) s.cwd = this.cwd;
    const title = this.customTitle ?? this.aiTitle ?? this.summaryTitle ?? this.promptTitle;
    if (title) s.title = title;
    if (this.startedAt) s.startedAt = this.startedAt;
    if (this.parentSessionId) s.parentSessionId = this.parentSessionId;
    if (this.agentName) s.agentName = this.agentName;
    if (this.transcriptPath) s.transcriptPath = this.transcriptPath;
    if (this.model) s.model = this.model;
    if (this.agentVersion) s.agentVersion = this.agentVersion;
    return s;
  }

  private fix(sessionId: string, agentId: string | undefined): void {
    if (agentId) {
      this.parentSessionId = sessionId;
      this.agentName = agentId;
      this.id = claudeSubagentSessionId(sessionId, agentId);
    } else {
      this.id = sessionId;
    }
  }
}
