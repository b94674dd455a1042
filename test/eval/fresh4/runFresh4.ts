/**
 * Measures the monitors on the fourth independent held-out set (fresh4Specs.ts), with the held-out
 * runner's machinery (each case in its agent's real transcript format, reasoning visible and hidden,
 * parsed by the real reader, run full and action-only). Prints only the totals and per-category metrics —
 * not which cases were missed — so the set stays blind; `--list` prints only the falsely flagged clean
 * cases with the findings that flagged them; `--full` (once the set has been tuned on) prints every
 * missed, falsely flagged and wrongly categorised case. Always exits 0 (a crash is printed to stderr).
 */
import { formatHeldout, runHeldout } from '../heldout/runHeldout';
import { FRESH4_SPECS } from './fresh4Specs';

/** `--list`: the clean cases flagged (≥ medium) or gated (maxRisk ≥ threshold), with the findings that did it. */
export function listFalsePositives(r: Awaited<ReturnType<typeof runHeldout>>): string {
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

export async function runFresh4(list = false, full = false): Promise<string> {
  const r = await runHeldout(FRESH4_SPECS);
  if (list) return listFalsePositives(r);
  if (full) return formatHeldout(r, FRESH4_SPECS);
  const text = formatHeldout(r, FRESH4_SPECS).replace(/^Vigil held-out eval \((\d+) independent cases\)/, 'Vigil fresh4 eval ($1 independent cases)');
  const lines = text.split('\n');
  const cut = lines.indexOf('reasoning visible:');
  const summary = cut > 0 ? lines.slice(0, cut) : lines;
  return [...summary, lines[lines.length - 1] ?? ''].join('\n');
}

if (/(?:^|[\\/])(?:fresh4|runFresh4)\.[cm]?[jt]s$/.test(process.argv[1] ?? '')) {
  runFresh4(process.argv.includes('--list'), process.argv.includes('--full'))
    .then((out) => {
      console.log(out);
      process.exit(0);
    })
    .catch((e: unknown) => {
      console.error(e);
      process.exit(0);
    });
}
