import type { Finding, VigilEvent } from '../core/model/events';
import { severityRank } from '../core/model/taxonomy';
import type { ViewFilter } from '../shared/protocol';

/** Kinds hidden unless the filter asks for them: findings already show inline on their events. */
const HIDDEN_BY_DEFAULT = new Set<VigilEvent['kind']>(['finding']);

/** Does the filter depend on findings (so a late finding can change which rows pass)? */
export function dependsOnFindings(f: ViewFilter): boolean {
  return f.flaggedOnly || f.minSeverity !== undefined || f.categories.length > 0;
}

function findingPasses(x: Finding, f: ViewFilter): boolean {
  if (f.minSeverity && severityRank(x.severity) < severityRank(f.minSeverity)) return false;
  if (f.categories.length && !f.categories.includes(x.category)) return false;
  return true;
}

/** Searchable text of an event (lower-cased by the caller's needle comparison). */
export function searchText(e: VigilEvent): string {
  switch (e.kind) {
    case 'user_prompt':
    case 'reasoning':
    case 'assistant_message':
    case 'notice':
      return e.text;
    case 'tool_call':
      return [e.name, e.command ?? '', ...(e.paths ?? []), ...(e.changes?.map((c) => c.path) ?? [])].join('\n');
    case 'tool_result':
      return e.output;
    case 'finding':
      return `${e.finding.category} ${e.finding.message} ${e.finding.quote}`;
    case 'gate_decision':
      return `${e.decision.decision} ${e.decision.decidedBy} ${e.decision.reason ?? ''} ${e.decision.reasons.join(' ')}`;
  }
}

/** Whether an event passes the filter. `needle` is `filter.text` lower-cased (hoisted by callers). */
export function eventPasses(e: VigilEvent, findings: readonly Finding[] | undefined, f: ViewFilter, needle: string): boolean {
  if (f.kinds.length ? !f.kinds.includes(e.kind) : HIDDEN_BY_DEFAULT.has(e.kind)) return false;
  if (dependsOnFindings(f)) {
    const own = e.kind === 'finding' ? [e.finding] : findings ?? [];
    if (!own.some((x) => findingPasses(x, f))) return false;
  }
  if (needle) {
    if (searchText(e).toLowerCase().includes(needle)) return true;
    return (findings ?? []).some((x) => x.message.toLowerCase().includes(needle) || x.category.includes(needle));
  }
  return true;
}
