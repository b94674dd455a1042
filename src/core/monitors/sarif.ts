import type { Finding } from '../model/events';
import type { Severity } from '../model/taxonomy';

/** One scanned transcript's findings, with the transcript line of each finding's event when known. */
export interface SarifSessionInput {
  /** Transcript file path (as given to the scanner). */
  path: string;
  findings: readonly (Finding & { line?: number })[];
}

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { critical: 'error', high: 'error', medium: 'warning', low: 'note' };
/** GitHub code scanning reads `security-severity` (0-10) from rule properties. */
const SECURITY_SEVERITY: Record<Severity, string> = { critical: '9.5', high: '8.0', medium: '5.0', low: '2.0' };

function uri(p: string): string {
  return p.replace(/\\/g, '/');
}

/**
 * SARIF 2.1.0 for code-scanning tools: one rule per monitor that raised a finding, one result per
 * finding, located at the transcript line of its event and, for file changes, at the edited file.
 */
export function toSarif(sessions: readonly SarifSessionInput[], toolVersion = '0.1.0'): Record<string, unknown> {
  const rules = new Map<string, { id: string; shortDescription: { text: string }; properties: Record<string, unknown>; defaultConfiguration: { level: string } }>();
  const results: Record<string, unknown>[] = [];
  for (const s of sessions) {
    for (const f of s.findings) {
      const prev = rules.get(f.monitor);
      if (!prev) {
        rules.set(f.monitor, { id: f.monitor, shortDescription: { text: f.message }, defaultConfiguration: { level: LEVEL[f.severity] }, properties: { category: f.category, channel: f.channel, tags: ['vigil', f.category], 'security-severity': SECURITY_SEVERITY[f.severity] } });
      }
      const locations: Record<string, unknown>[] = [
        { physicalLocation: { artifactLocation: { uri: uri(s.path) }, ...(f.line !== undefined ? { region: { startLine: f.line } } : {}) }, message: { text: 'transcript' } },
      ];
      if (f.path) {
        const line = f.lines?.[0];
        locations.push({ physicalLocation: { artifactLocation: { uri: uri(f.path) }, ...(line !== undefined ? { region: { startLine: line } } : {}) }, message: { text: 'edited file' } });
      }
      results.push({
        ruleId: f.monitor,
        level: LEVEL[f.severity],
        message: { text: `${f.category} (${f.severity}): ${f.message}${f.quote ? ` — "${f.quote.slice(0, 200)}"` : ''}` },
        locations,
        partialFingerprints: { vigilFinding: `${f.eventId}/${f.monitor}` },
        properties: { category: f.category, severity: f.severity, channel: f.channel, eventId: f.eventId, quote: f.quote, ...(f.span ? { span: f.span } : {}), ...(f.relatedEventId ? { relatedEventId: f.relatedEventId } : {}) },
      });
    }
  }
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'Vigil', informationUri: 'https://example.invalid/vigil', version: toolVersion, rules: [...rules.values()] } }, results }],
  };
}
