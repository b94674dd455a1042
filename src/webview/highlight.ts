import type { Finding } from '../core/model/events';
import { h } from './dom';
import { segmentText } from '../core/model/spans';

/**
 * Text with the flagged spans wrapped in focusable `<mark>`s coloured by severity. Overlapping spans
 * become pieces that list every covering finding (`data-findings`), so the hover card shows all.
 */
export function flaggedText(text: string, findings: readonly Finding[], cls = 'text'): HTMLElement {
  const out = h('div', { class: cls });
  for (const seg of segmentText(text.length, findings)) {
    const piece = text.slice(seg.start, seg.end);
    if (!seg.findings.length) {
      out.append(document.createTextNode(piece));
      continue;
    }
    const cats = [...new Set(seg.findings.map((f) => f.category.replace(/_/g, ' ')))].join(', ');
    out.append(
      h(
        'mark',
        {
          class: `flag sev-${seg.severity}${seg.findings.length > 1 ? ' overlap' : ''}`,
          tabindex: 0,
          'data-findings': seg.findings.map((f) => f.id).join(' '),
          'data-severity': seg.severity,
        },
        piece,
        h('span', { class: 'sr-only' }, ` (flagged ${seg.severity}: ${cats}; press Enter for details)`),
      ),
    );
  }
  return out;
}
