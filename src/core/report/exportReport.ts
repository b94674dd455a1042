import type { BuildReportInput, BuildReportOptions } from './buildReport';
import { buildReport } from './buildReport';
import { renderHtml } from './render/renderHtml';
import { renderJson } from './render/renderJson';
import { renderMarkdown } from './render/renderMarkdown';
import type { Report } from './reportSchema';

export const REPORT_FORMATS = ['html', 'md', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const REPORT_EXTENSIONS: Record<ReportFormat, string> = { html: '.vigil-report.html', md: '.vigil-report.md', json: '.vigil-report.json' };

/** Renders a report in one format. */
export function renderReport(report: Report, format: ReportFormat): string {
  switch (format) {
    case 'html':
      return renderHtml(report);
    case 'md':
      return renderMarkdown(report);
    case 'json':
      return renderJson(report);
  }
}

/** Builds and renders in one step (CLI and extension export). */
export function exportReportText(input: BuildReportInput, opts: BuildReportOptions, format: ReportFormat): { report: Report; text: string } {
  const report = buildReport(input, opts);
  return { report, text: renderReport(report, format) };
}
