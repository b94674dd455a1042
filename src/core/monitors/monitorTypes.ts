import type { Finding, ToolCallEvent } from '../model/events';
import type { SessionContext } from './sessionContext';

/** What a monitor returns before the analyzer assigns ids, channel, event and correlation. */
export type RawFinding = Omit<Finding, 'id' | 'eventId' | 'channel'> & {
  /** What the flagged behaviour is about (e.g. "skip_test"); lets a user's own request soften it. */
  topic?: string | readonly string[];
  /** Never softened by the user's request (self-protection, leaked keys, deleting the home folder). */
  hard?: boolean;
};

/** Where a text comes from: reasoning block or assistant message (the user's prompts are context only). */
export type TextSource = 'reasoning' | 'assistant';

/** A monitor over reasoning and assistant text. */
export interface TextMonitor {
  readonly id: string;
  scan(text: string, source: TextSource, ctx: SessionContext): RawFinding[];
}

/** A monitor over one tool call (command, paths, normalised file changes); blind to reasoning. */
export interface ActionMonitor {
  readonly id: string;
  scan(call: ToolCallEvent, ctx: SessionContext): RawFinding[];
}
