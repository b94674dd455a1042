import { createClaudeParser } from './claude/claudeParser';
import { createCodexParser } from './codex/codexParser';
import type { TranscriptFormat, TranscriptParser } from './types';
import { createVigilJsonlParser } from './vigilJsonl/vigilJsonlParser';

export interface CreateParserOptions {
  /** Transcript path: Claude subagent files take their session id from it. Pass it when known. */
  transcriptPath?: string;
}

/** A fresh incremental parser for one transcript of the given format. */
export function createParser(format: TranscriptFormat, options: CreateParserOptions = {}): TranscriptParser {
  switch (format) {
    case 'claude-code':
      return createClaudeParser(options);
    case 'codex':
      return createCodexParser(options);
    case 'vigil-jsonl':
      return createVigilJsonlParser(options);
  }
}
