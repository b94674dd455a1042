/**
 * Append-only, hash-chained JSONL log of every gate decision. Each line carries the previous line's
 * hash and its own: `hash = sha256(prev + "\n" + JSON of the entry without hash)`, so editing,
 * removing or reordering a line breaks the chain from there on (`verifyAuditLog`).
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { GateDecision } from '../model/events';

export const GENESIS = '0'.repeat(64);

export interface AuditRecord {
  sessionId: string;
  toolUseId?: string;
  tool: string;
  caller: string;
  decision: GateDecision['decision'];
  decidedBy: GateDecision['decidedBy'];
  score: number;
  reasons: string[];
  reason?: string;
  reviewer?: string;
  /** sha256 of the proposed tool input (stable JSON). */
  inputHash: string;
  /** sha256 of the input the agent was told to use (differs when the reviewer edited it). */
  reviewedInputHash?: string;
  decisionMs: number;
}

export type AuditEntry = AuditRecord & { seq: number; ts: string; prev: string; hash: string };

function stable(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  const obj = value as Record<string, unknown>;
  return `{${Object.keys(obj)
    .sort()
    .filter((k) => obj[k] !== undefined)
    .map((k) => `${JSON.stringify(k)}:${stable(obj[k])}`)
    .join(',')}}`;
}

/** sha256 of a value's canonical JSON (keys sorted), hex. */
export function hashInput(value: unknown): string {
  return createHash('sha256').update(stable(value)).digest('hex');
}

function entryHash(prev: string, body: Omit<AuditEntry, 'hash'>): string {
  return createHash('sha256').update(`${prev}\n${JSON.stringify(body)}`).digest('hex');
}

export interface VerifyResult {
  ok: boolean;
  entries: number;
  /** 1-based line of the first broken entry. */
  badLine?: number;
  error?: string;
}

export function verifyAuditLog(text: string): VerifyResult {
  let prev = GENESIS;
  let n = 0;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (!line.trim()) continue;
    let e: AuditEntry;
    try {
      e = JSON.parse(line) as AuditEntry;
    } catch {
      return { ok: false, entries: n, badLine: i + 1, error: 'not JSON' };
    }
    const { hash, ...body } = e;
    if (body.prev !== prev) return { ok: false, entries: n, badLine: i + 1, error: 'chain broken (prev does not match the previous hash)' };
    if (body.seq !== n) return { ok: false, entries: n, badLine: i + 1, error: `sequence broken (expected ${n})` };
    if (entryHash(prev, body) !== hash) return { ok: false, entries: n, badLine: i + 1, error: 'entry altered (hash mismatch)' };
    prev = hash;
    n++;
  }
  return { ok: true, entries: n };
}

/** Last hash and count of an existing log (a damaged tail still chains on from the last readable line). */
function tail(file: string): { prev: string; seq: number } {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return { prev: GENESIS, seq: 0 };
  }
  const lines = text.split('\n').filter((l) => l.trim());
  for (let i = lines.length - 1; i >= 0; i--) {
    try {
      const e = JSON.parse(lines[i] as string) as AuditEntry;
      if (typeof e.hash === 'string' && typeof e.seq === 'number') return { prev: e.hash, seq: e.seq + 1 };
    } catch {
      // skip an unreadable line
    }
  }
  return { prev: GENESIS, seq: 0 };
}

export class AuditLog {
  private state: { prev: string; seq: number } | undefined;
  private chain: Promise<unknown> = Promise.resolve();

  constructor(readonly file: string) {}

  /** Appends one decision; appends are serialised so the chain stays in order. */
  append(record: AuditRecord, now: Date = new Date()): Promise<AuditEntry> {
    const run = async (): Promise<AuditEntry> => {
      if (!this.state) {
        await fs.promises.mkdir(path.dirname(this.file), { recursive: true });
        this.state = tail(this.file);
      }
      const body = { seq: this.state.seq, ts: now.toISOString(), ...record, prev: this.state.prev };
      const entry: AuditEntry = { ...body, hash: entryHash(this.state.prev, body) };
      await fs.promises.appendFile(this.file, JSON.stringify(entry) + '\n', { mode: 0o600 });
      this.state = { prev: entry.hash, seq: entry.seq + 1 };
      return entry;
    };
    const p = this.chain.then(run, run);
    this.chain = p.catch(() => undefined);
    return p;
  }

  async verify(): Promise<VerifyResult> {
    await this.chain;
    let text: string;
    try {
      text = await fs.promises.readFile(this.file, 'utf8');
    } catch {
      return { ok: true, entries: 0 };
    }
    return verifyAuditLog(text);
  }
}
