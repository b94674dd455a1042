import type { Detector } from './redactionTypes';

const BEGIN = '-----BEGIN ';
const TAIL = 'PRIVATE KEY-----';

/**
 * PEM private key blocks, found with indexOf (linear): from `-----BEGIN … PRIVATE KEY-----` to the
 * matching END line, or to the end of the text when the block was cut off (a truncated key still leaks).
 */
export const privateKeys: Detector = {
  name: 'privateKeys',
  find(text, out) {
    let from = 0;
    for (;;) {
      const start = text.indexOf(BEGIN, from);
      if (start < 0) return;
      const lineEnd = text.indexOf('-----', start + BEGIN.length);
      if (lineEnd < 0) return;
      const header = text.slice(start, lineEnd + 5);
      if (!header.endsWith(TAIL) || header.length > 80) {
        from = start + BEGIN.length;
        continue;
      }
      const endMarker = text.indexOf('-----END ', lineEnd + 5);
      let end = text.length;
      if (endMarker >= 0) {
        const close = text.indexOf(TAIL, endMarker);
        end = close >= 0 && close - endMarker < 80 ? close + TAIL.length : endMarker + 9;
      }
      out.push({ start, end, kind: 'private-key', replacement: '[REDACTED:private-key]' });
      from = end;
    }
  },
};
