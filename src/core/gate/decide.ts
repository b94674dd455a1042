/**
 * The gate's decision rule (vscode-free): below the threshold → allow at once; at/above → human
 * review; critical findings and protected paths always go to review (and never match "approve
 * similar"); a remembered "approve similar" signature auto-allows; a disabled gate allows and logs.
 */
import type { Finding, Risk, ToolCallEvent } from '../model/events';
import { matchesSignature, type SimilarSignature } from './similar';

export type GateAction =
  | { action: 'allow'; decidedBy: 'rule' | 'threshold' | 'allowSimilar'; reasons: string[] }
  | { action: 'review'; reasons: string[]; mandatory: string[] };

export interface DecideInput {
  enabled: boolean;
  threshold: number;
  call: ToolCallEvent;
  risk: Risk;
  /** Findings of the session (those tied to this call or its risk reasons are considered). */
  findings: readonly Finding[];
  /** "Approve similar" signatures remembered for this session. */
  similar: readonly SimilarSignature[];
  /** Extra absolute paths that must never be changed without review (Vigil's own files). */
  protectedPaths?: readonly string[];
}

/** Agent and Vigil configuration an agent could use to switch the gate off or widen its permissions. */
const PROTECTED: { re: RegExp; label: string }[] = [
  { re: /(^|[/\\\s'"=:])\.vigil([/\\\s'"]|$)/, label: "Vigil's settings (.vigil/)" },
  { re: /(^|[/\\\s'"=:])\.claude[/\\]settings(\.local)?\.json/, label: "Claude Code settings (hooks and permissions)" },
  { re: /(^|[/\\\s'"=:])\.codex[/\\](hooks\.json|config\.toml)/, label: 'Codex hooks/config' },
  { re: /(^|[/\\\s'"=:])\.github[/\\]hooks([/\\]|$)/, label: 'Copilot agent hooks' },
  { re: /(^|[/\\\s'"=:])\.copilot[/\\]hooks([/\\]|$)/, label: 'Copilot agent hooks' },
];

function targets(call: ToolCallEvent): string[] {
  const out: string[] = [];
  for (const c of call.changes ?? []) {
    out.push(c.path);
    if (c.absPath) out.push(c.absPath);
    if (c.movePath) out.push(c.movePath);
  }
  for (const p of call.paths ?? []) out.push(p);
  return out;
}

/** Why this call touches something protected (empty when it does not). */
export function protectedReasons(call: ToolCallEvent, extra: readonly string[] = []): string[] {
  const texts = targets(call);
  if (call.command !== undefined) texts.push(call.command);
  if (call.toolKind === 'mcp' || call.toolKind === 'other') {
    try {
      texts.push(JSON.stringify(call.input) ?? '');
    } catch {
      // unserialisable input: nothing to scan
    }
  }
  const hits = new Set<string>();
  for (const t of texts) {
    for (const p of PROTECTED) if (p.re.test(t)) hits.add(`touches ${p.label}`);
    for (const x of extra) if (x && t.includes(x)) hits.add(`touches Vigil's own files (${x})`);
  }
  return [...hits];
}

/** Critical findings tied to this call: raised on it, related to it, or cited by its risk reasons. */
export function criticalFindings(call: ToolCallEvent, risk: Risk, findings: readonly Finding[]): Finding[] {
  const cited = new Set(risk.reasons.map((r) => r.findingId).filter(Boolean));
  return findings.filter(
    (f) => f.severity === 'critical' && (f.eventId === call.id || f.relatedEventId === call.id || cited.has(f.id)),
  );
}

export function decide(input: DecideInput): GateAction {
  const reasons = input.risk.reasons.map((r) => r.label);
  if (!input.enabled) return { action: 'allow', decidedBy: 'rule', reasons: ['gate disabled (vigil.gate.enabled = false)', ...reasons] };
  const mandatory = [
    ...criticalFindings(input.call, input.risk, input.findings).map((f) => `critical: ${f.message}`),
    ...protectedReasons(input.call, input.protectedPaths),
  ];
  if (mandatory.length) return { action: 'review', reasons: [...mandatory, ...reasons], mandatory };
  if (input.risk.score < input.threshold) return { action: 'allow', decidedBy: 'threshold', reasons };
  if (input.similar.some((s) => matchesSignature(s, input.call))) return { action: 'allow', decidedBy: 'allowSimilar', reasons };
  return { action: 'review', reasons, mandatory };
}
