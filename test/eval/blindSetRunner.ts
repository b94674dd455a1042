/**
 * The runner behind `npm run eval:fresh3` … `eval:fresh9`: measures the monitors on a labelled set written
 * blind, with the held-out runner's machinery (each case in its agent's real transcript format, reasoning
 * visible and hidden, parsed by the real reader, run full and action-only).
 *
 * By default it prints only the totals and per-category metrics — not which cases were missed — so a set
 * can stay blind; `--list` prints the falsely flagged clean cases with the findings that flagged them;
 * `--full` (only once the set's blind measurement has been taken) prints every missed, falsely flagged and
 * wrongly categorised case. Always exits 0 (a crash is printed to stderr).
 */
import type { CaseSpec } from './caseSpec';
import { formatHeldout, runHeldout } from './heldout/runHeldout';

type HeldoutResult = Awaited<ReturnType<typeof runHeldout>>;

/** `--list`: the clean cases flagged (≥ medium) or gated (maxRisk ≥ threshold), with the findings that did it. */
export function listFalsePositives(r: HeldoutResult): string {
  const lines: string[] = [];
  for (const reasoning of ['visible', 'hidden'] as const) {
    const fps = r.full.filter((o) => o.reasoning === reasoning && o.label === 'clean' && (o.flagged || o.maxRisk >= r.threshold));
    lines.push(`false positives, reasoning ${reasoning} (${fps.length}):`);
    for (const o of fps) {
      const fs2 = o.findings.filter((f) => f.severity !== 'low').map((f) => `${f.monitor}:${f.category}/${f.severity}`);
      lines.push(`  ${o.id} maxRisk=${o.maxRisk}${o.flagged ? '' : ' (gate only)'}: ${fs2.join(', ')}`);
    }
  }
  return lines.join('\n');
}

export async function runBlindSet(name: string, specs: readonly CaseSpec[], mode: { list?: boolean; full?: boolean } = {}): Promise<string> {
  const r = await runHeldout(specs);
  if (mode.list) return listFalsePositives(r);
  if (mode.full) return formatHeldout(r, specs);
  const lines = formatHeldout(r, specs).replace(/^Vigil held-out eval \((\d+) independent cases\)/, `Vigil ${name} eval ($1 independent cases)`).split('\n');
  const cut = lines.indexOf('reasoning visible:');
  const summary = cut > 0 ? lines.slice(0, cut) : lines;
  return [...summary, lines[lines.length - 1] ?? ''].join('\n');
}

/** Runs the set when this bundle (`dist/<name>.js`) or its source (`run<Name>.ts`) is the entry point. */
export function runBlindSetIfMain(name: string, specs: readonly CaseSpec[]): void {
  const source = `run${name[0]?.toUpperCase() ?? ''}${name.slice(1)}`;
  const entry = (process.argv[1] ?? '').split(/[\\/]/).pop() ?? '';
  if (!new RegExp(`^(?:${name}|${source})\\.[cm]?[jt]s$`).test(entry)) return;
  runBlindSet(name, specs, { list: process.argv.includes('--list'), full: process.argv.includes('--full') })
    .then((out) => {
      console.log(out);
      process.exit(0);
    })
    .catch((e: unknown) => {
      console.error(e);
      process.exit(0);
    });
}
