import { buildReport, type BuildReportInput, type BuildReportOptions } from '../buildReport';
import type { RedactionSample } from './redactDeep';

export interface RedactionPreview {
  /** Replacements by kind, e.g. { "github-token": 1, "home-path": 12 }. */
  counts: Record<string, number>;
  total: number;
  /** Up to three masked examples per kind (the redacted text around each marker). */
  samples: RedactionSample[];
}

/** What redaction would replace in a report of `input` with these options (without the values). */
export function previewRedaction(input: BuildReportInput, opts: Omit<BuildReportOptions, 'redact' | 'samples'>): RedactionPreview {
  const samples: RedactionSample[] = [];
  const r = buildReport(input, { ...opts, redact: true, samples });
  return { counts: r.redaction.counts, total: r.redaction.total, samples };
}
