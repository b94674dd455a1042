import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../src/core/report/buildReport';
import { mdCode, mdQuote, mdText } from '../../../src/core/report/render/markdownEscape';
import { renderMarkdown } from '../../../src/core/report/render/renderMarkdown';
import { plantedSession } from './plantedSession';

describe('Markdown escaping', () => {
  it('escapes HTML and Markdown syntax in inline text', () => {
    expect(mdText('<img src=x onerror=alert(1)> **bold** [link](javascript:x) `code` | a & b')).toBe(
      '&lt;img src=x onerror=alert\\(1\\)&gt; \\*\\*bold\\*\\* \\[link\\]\\(javascript:x\\) \\`code\\` \\| a &amp; b',
    );
  });

  it('keeps untrusted text inside its block quote', () => {
    const q = mdQuote('line one\n# heading\n- item\n1. first\n---\n```\nfence\n```\n</details><script>x</script>');
    const lines = q.split('\n');
    expect(lines.every((l) => l.startsWith('>'))).toBe(true);
    expect(q).toContain('> \\# heading');
    expect(q).toContain('> \\- item');
    expect(q).toContain('> \\1. first');
    expect(q).toContain('> \\---');
    expect(q).toContain('> \\`\\`\\`');
    expect(q).toContain('&lt;/details&gt;&lt;script&gt;x&lt;/script&gt;');
  });

  it('builds code spans that survive backticks', () => {
    expect(mdCode('a ` b')).toBe('``a ` b``');
    expect(mdCode('`x`')).toBe('`` `x` ``');
    expect(mdCode('multi\nline')).toBe('`multi ⏎ line`');
  });

  it('shows bidi and zero-width characters and strips ANSI colours', () => {
    expect(mdText('a\u202Eb\u200Bc \x1b[31mred\x1b[0m')).toBe('a⟪U+202E⟫b⟪U+200B⟫c red');
  });

  it('renders a report whose agent text tries to break the layout', () => {
    const md = renderMarkdown(buildReport(plantedSession(['</sub><script>alert(1)</script>', '```\n# Injected heading\n']), { redact: false, includeFileContents: true, includeReasoning: true }));
    // Code spans show their content literally (GFM); outside them no tag may appear.
    expect(md.split('\n').filter((l) => l.includes('<script>'))).toEqual(['- `a1 </sub><script>alert(1)</script>`: 1 events, 0 flags']);
    expect(md).not.toMatch(/^# Injected/m);
    expect(md).not.toMatch(/^```/m);
    for (const l of md.split('\n').filter((x) => x.startsWith('<sub>'))) expect(l.match(/<\/sub>/g)).toEqual(['</sub>']);
    expect(md).toContain('**Denied**');
    expect(md).toMatch(/by a human \(reviewer/);
  });
});

describe('Markdown size limits', () => {
  it('cuts huge lines and long quotes', () => {
    const q = mdQuote(`${'x'.repeat(50_000)}\n${'line\n'.repeat(100)}`, 10);
    expect(q.length).toBeLessThan(2_000);
    expect(q).toContain('more characters\\]');
    expect(q).toContain('more lines');
    expect(mdText('y'.repeat(10_000)).length).toBeLessThan(1_100);
  });
});
