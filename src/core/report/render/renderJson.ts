import { REPORT_KEY_ORDER, type Report } from '../reportSchema';

/** Recursively sorts object keys so equal reports always serialize to the same bytes. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(value as Record<string, unknown>).sort()) {
    const v = (value as Record<string, unknown>)[k];
    if (v !== undefined) Object.defineProperty(out, k, { value: canonical(v), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/** The report as pretty JSON with a stable key order: top level as REPORT_KEY_ORDER, nested keys sorted. */
export function renderJson(report: Report): string {
  const top: Record<string, unknown> = {};
  for (const k of REPORT_KEY_ORDER) top[k] = canonical(report[k]);
  return JSON.stringify(top, null, 2) + '\n';
}
