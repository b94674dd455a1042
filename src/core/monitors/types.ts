import type { Finding, Risk, ToolCallEvent, VigilEvent } from '../model/events';
import type { TeamRules } from '../rules/parseRules';

/**
 * Contract of the monitor pipeline (implemented in `analyzer.ts`). Incremental: every event is
 * pushed once, in order; the analyzer keeps only the recent context it needs.
 */
export interface Analyzer {
  /** Runs every enabled monitor over one new event; returns the findings it raised (ids assigned). */
  push(event: VigilEvent): Finding[];
  /** Risk score 0-100 with reasons for a proposed tool call, from the call itself and the recent findings. */
  riskFor(call: ToolCallEvent): Risk;
  /** All findings so far, in order. */
  findings(): readonly Finding[];
  /** Highest risk score of any tool call seen so far (0 when none). */
  maxRisk(): number;
}

export interface AnalyzerOptions {
  reasoning?: boolean;
  action?: boolean;
  /** Compiled team rules (`parseRules(text).rules` from `rules/parseRules.ts`). */
  rules?: TeamRules;
}
