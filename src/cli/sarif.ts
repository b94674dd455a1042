import { toSarif } from '../core/monitors/sarif';
import type { ScanReport } from './scanFormatters';

/** `vigil scan --format sarif`: SARIF 2.1.0 for code-scanning tools. */
export function formatScanSarif(report: ScanReport): string {
  return `${JSON.stringify(toSarif(report.sessions), null, 2)}\n`;
}
