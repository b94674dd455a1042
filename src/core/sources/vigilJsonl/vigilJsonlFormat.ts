import { z } from 'zod';
import {
  AssistantMessageEventSchema,
  FindingEventSchema,
  GateDecisionEventSchema,
  NoticeEventSchema,
  ReasoningEventSchema,
  SessionSchema,
  ToolCallEventSchema,
  ToolResultEventSchema,
  UserPromptEventSchema,
} from '../../model/events';

/**
 * Vigil JSONL, an open session format (docs/vigil-jsonl.md):
 *   line 1: {"vigil":"events","version":1,"session":{…Session}}
 *   then:   one VigilEvent per line; `seq` and `sessionId` may be omitted (the reader assigns them).
 */
export const VIGIL_JSONL_MAGIC = 'events';
export const VIGIL_JSONL_VERSION = 1;

export const VigilJsonlHeaderSchema = z.object({
  vigil: z.literal(VIGIL_JSONL_MAGIC),
  /** Format version: a major number (`1`) or a "major.minor" string; readers accept any minor of their major. */
  version: z.union([z.number(), z.string()]),
  session: SessionSchema,
});
export type VigilJsonlHeader = z.infer<typeof VigilJsonlHeaderSchema>;

const writerOptional = { seq: z.number().int().nonnegative().optional(), sessionId: z.string().min(1).optional() };

/** One event line: a VigilEvent whose `seq` and `sessionId` may be left out by writers. */
export const VigilJsonlEventSchema = z.discriminatedUnion('kind', [
  UserPromptEventSchema.extend(writerOptional),
  ReasoningEventSchema.extend(writerOptional),
  AssistantMessageEventSchema.extend(writerOptional),
  ToolCallEventSchema.extend(writerOptional),
  ToolResultEventSchema.extend(writerOptional),
  NoticeEventSchema.extend(writerOptional),
  FindingEventSchema.extend(writerOptional),
  GateDecisionEventSchema.extend(writerOptional),
]);

/** JSON Schema root (scripts/genSchemas.mjs): any line of a Vigil JSONL file, header or event. */
export const VigilJsonlLineSchema = z.union([VigilJsonlHeaderSchema, VigilJsonlEventSchema]);

/** Major version of a header's `version` (NaN when unreadable). */
export function majorVersion(v: unknown): number {
  if (typeof v === 'number') return Math.floor(v);
  if (typeof v === 'string') return Number.parseInt(v, 10);
  return Number.NaN;
}
