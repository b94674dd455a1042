import type { ChangeLine } from './changeLines';

/**
 * What a stub stands for: the function it sits in, the case/arm it handles, the names it mentions
 * (`Method::PATCH => todo!("PATCH dispatch")` -> patch, dispatch; `def export_avro(...): raise
 * NotImplementedError` -> export_avro, avro). Names that also occur in the change's finished lines
 * (`export`, `invoice` when `invoice.paid` was implemented) are dropped: they do not single the stub out.
 * Lower-case, multi-part names joined by "_"; three-letter names are kept only when written in capitals (PUT, CSV) and then prefixed "=".
 */

/** A declaration, a case label or a match arm: the line a stub answers to. */
const DECL_RE = /^\s{0,40}(?:(?:pub(?:\([\w:]{1,20}\))?|public|private|protected|internal|static|async|export|override|suspend|final|open|abstract|virtual|unsafe|const)\s{1,4}){0,4}(?:def|fn|func|function|fun|sub)\s{1,4}(?:\([^)\n]{0,80}\)\s{0,4})?([A-Za-z_]\w{0,60})|^\s{0,40}(?:public|private|protected|internal)\s[^=;(\n]{0,80}?\b([A-Za-z_]\w{0,60})\s{0,2}\(|^\s{0,40}(?:async\s{1,4})?([A-Za-z_]\w{0,60})\s{0,2}\([^)\n]{0,200}\)\s{0,2}(?::\s{0,2}[^{\n]{1,80})?\{\s{0,4}$|^\s{0,40}(?:case|when)\s{1,4}([^\n]{1,120})$/;
const ARM_RE = /^\s{0,40}([^\n=]{1,100}?)\s{0,4}=>/;
const WORD_RE = /[A-Za-z][A-Za-z0-9]{1,60}(?:[._:-]{1,2}[A-Za-z0-9]{1,60}){0,6}/g;
const GENERIC = new Set(
  (
    'todo fixme xxx implement implemented implementation unimplemented notimplemented notimplementederror notimplementedexception ' +
    'unsupportedoperationexception raise throw throws new error errors exception panic return returns null none nil self this case when ' +
    'method function func def pub async await not yet later stub stubbed placeholder pass string str int bool void true false some data ' +
    'value values result results item items list handler handlers handle request response req res args kwargs params the and for with ' +
    'from that here goes needs need added support supported logic real actual coming soon type kind name default other else let var val ' +
    'const fatalerror option err box dyn impl mut ref where match arm into context ctx if while for switch catch try elif ' +
    'failed deleted created updated added removed done finished later soon opened closed paid succeeded completed canceled ' +
    'cancelled started received sent expired renewed changed'
  ).split(' '),
);

function isCapsShort(w: string): boolean {
  return w.length === 3 && /^[A-Z0-9]{3}$/.test(w);
}

/** A candidate word as stored: lower-case, or "=" + capitals for three-letter names; undefined when too generic. */
function key(w: string): string | undefined {
  if (w.length < 3 || (w.length === 3 && !isCapsShort(w)) || /^\d/.test(w)) return undefined;
  const low = w.toLowerCase();
  if (GENERIC.has(low)) return undefined;
  return isCapsShort(w) ? `=${w}` : low;
}

function partsOf(whole: string): string[] {
  return whole.split(/[._:-]{1,2}|(?<=[a-z0-9])(?=[A-Z])/).filter(Boolean);
}

/** Names on a line (whole dotted/snake/camel names). */
function namesOf(text: string): string[] {
  return [...text.slice(0, 400).matchAll(WORD_RE)].map((m) => m[0]);
}

/** Every word a line mentions (wholes and parts), for telling what the finished code also names. */
function allWords(line: string, out: Set<string>): void {
  for (const whole of namesOf(line)) {
    for (const w of [whole, ...partsOf(whole)]) {
      const k = key(w);
      if (k) out.add(k);
    }
  }
}

/** The name a declaration line declares (function, method), when it is one. */
export function declaredName(line: string): string | undefined {
  const d = DECL_RE.exec(line.slice(0, 400));
  return d?.[1] ?? d?.[2] ?? d?.[3];
}

/** The stub line plus the declaration / case labels it answers to (up to four lines above). */
function contextLines(added: readonly ChangeLine[], i: number): number[] {
  const idx = [i];
  for (let j = i - 1; j >= Math.max(0, i - 4); j--) {
    const t = added[j]?.text ?? '';
    const m = DECL_RE.exec(t.slice(0, 400));
    if (!m) continue;
    idx.push(j);
    // Fall-through case labels stacked above share the stub.
    for (let k = j - 1; k >= Math.max(0, j - 6) && /^\s{0,40}(?:case|when)\s/.test(added[k]?.text ?? ''); k--) idx.push(k);
    break;
  }
  return idx;
}

/** A stub that is only a comment (`// TODO: add metrics later`): it may be a follow-up inside finished code, so the function it sits in is not its subject. */
const COMMENT_ONLY_RE = /^\s{0,40}(?:\/\/|#|\/\*|\*|--)/;

/** The declaration above a stub in the new text, when the edit left it unchanged (so it is not among the added lines). */
function declAbove(newText: string, stub: string): string | undefined {
  const lines = newText.slice(0, 200_000).split('\n');
  const at = lines.indexOf(stub);
  for (let j = at - 1; at > 0 && j >= Math.max(0, at - 4); j--) if (DECL_RE.test((lines[j] ?? '').slice(0, 400))) return lines[j];
  return undefined;
}

export function stubSubjects(changeAdded: readonly ChangeLine[], stubs: readonly ChangeLine[], newText = ''): string[] {
  const stubSet = new Set(stubs.filter((l) => !COMMENT_ONLY_RE.test(l.text)));
  const near = new Set<number>();
  const outside: ChangeLine[] = [];
  for (let i = 0; i < changeAdded.length && i < 5000; i++) {
    const l = changeAdded[i];
    if (!l || !stubSet.has(l)) continue;
    const ctx = contextLines(changeAdded, i);
    for (const j of ctx) near.add(j);
    const decl = ctx.length === 1 && newText ? declAbove(newText, l.text) : undefined;
    if (decl) outside.push({ text: decl });
  }
  if (near.size === 0) return [];
  // Declarations the edit left unchanged join the lines the stub answers to.
  const added: ChangeLine[] = [...changeAdded, ...outside];
  for (let k = 0; k < outside.length; k++) near.add(changeAdded.length + k);
  // The names the stub answers to: declared names, case labels, match-arm patterns, identifiers on the stub
  // line, and capitalised / dotted names in its message (`todo!("PATCH dispatch")` -> PATCH).
  const names: string[] = [];
  const hasDecl = [...near].some((j) => DECL_RE.test((added[j]?.text ?? '').slice(0, 400)));
  for (const j of near) {
    const t = (added[j]?.text ?? '').slice(0, 400);
    const decl = DECL_RE.exec(t);
    const name = decl?.[1] ?? decl?.[2] ?? decl?.[3];
    if (name) names.push(name);
    else if (decl?.[4]) names.push(...namesOf(decl[4]));
    else {
      const arm = ARM_RE.exec(t);
      // Under a declaration or case label, the body's own identifiers (a canned literal's keys) do not name the stub.
      if (hasDecl && !arm) continue;
      const code = (arm ? arm[1] ?? '' : t).replace(/"[^"\n]{0,200}"|'[^'\n]{0,200}'/g, ' ');
      names.push(...namesOf(code));
      for (const m of t.matchAll(/["']([^"'\n]{1,200})["']/g)) names.push(...namesOf(m[1] ?? '').filter((w) => /^[A-Z0-9]{3,}$|[._]/.test(w)));
    }
  }
  const elsewhere = new Set<string>();
  for (let i = 0; i < added.length && i < 5000; i++) if (!near.has(i)) allWords(added[i]?.text ?? '', elsewhere);
  const out = new Set<string>();
  for (const whole of names) {
    const k = key(whole);
    // Multi-part names are stored with "_" between the parts, so the reply may write them as words ("shipping cost").
    const parts0 = partsOf(whole);
    if (k && !elsewhere.has(k)) out.add(parts0.length > 1 && !k.startsWith('=') ? parts0.join('_').toLowerCase() : k);
    // A part names the stub only when the rest is shared with a sibling or generic (`export_avro` next to
    // `export_parquet` -> avro; `Method::PATCH` -> patch), never on its own (`current_temp` does not make "current" a subject).
    const parts = partsOf(whole);
    if (parts.length < 2 || !parts.some((p) => key(p) === undefined || elsewhere.has(key(p) ?? ''))) continue;
    for (const p of parts) {
      const pk = key(p);
      if (pk && !elsewhere.has(pk)) out.add(pk);
    }
  }
  return [...out].slice(0, 40);
}
