import { migrateReport, summarizeZodError } from './migrateReport';
import { ReportSchema, type Report } from './reportSchema';

export type ParseReportResult = { ok: true; report: Report; migratedFrom?: number } | { ok: false; error: string };

/** Shared reports larger than this are refused (a report of a 10,000-event session is a few MB). */
export const MAX_REPORT_CHARS = 256 * 1024 * 1024;
/** Deepest nesting accepted (tool inputs are rarely 10 deep; recursion elsewhere must stay safe). */
export const MAX_DEPTH = 64;

/** Iterative depth check (a hostile document must not overflow the stack here either). */
function depthOver(root: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[root, 1]];
  while (stack.length) {
    const [v, d] = stack.pop() as [unknown, number];
    if (v === null || typeof v !== 'object') continue;
    if (d > max) return true;
    for (const child of Array.isArray(v) ? v : Object.values(v as Record<string, unknown>)) stack.push([child, d + 1]);
  }
  return false;
}

/**
 * Opens a shared report (JSON). Never throws. Validated with zod; older format versions are migrated,
 * newer ones refused with a clear message. The content stays untrusted: views render it as text.
 */
export function parseReportJson(text: string): ParseReportResult {
  if (text.length > MAX_REPORT_CHARS) return { ok: false, error: `Report is too large (${text.length} characters; the limit is ${MAX_REPORT_CHARS}).` };
  let doc: unknown;
  try {
    doc = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    return { ok: false, error: `Not valid JSON: ${(e as Error).message}` };
  }
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) return { ok: false, error: 'Not a Vigil report: expected a JSON object.' };
  if (depthOver(doc, MAX_DEPTH)) return { ok: false, error: `Invalid Vigil report: nested deeper than ${MAX_DEPTH} levels.` };
  const migrated = migrateReport(doc as Record<string, unknown>);
  if (!migrated.ok) return migrated;
  const parsed = ReportSchema.safeParse(migrated.doc);
  if (!parsed.success) return { ok: false, error: `Invalid Vigil report: ${summarizeZodError(parsed.error)}` };
  return migrated.from === 1 ? { ok: true, report: parsed.data } : { ok: true, report: parsed.data, migratedFrom: migrated.from };
}
