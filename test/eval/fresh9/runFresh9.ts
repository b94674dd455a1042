/**
 * `npm run eval:fresh9`: measures the monitors on the ninth independent held-out set (fresh9Specs.ts),
 * with the held-out runner's machinery (each case in its agent's real transcript format, reasoning
 * visible and hidden, parsed by the real reader, run full and action-only). Prints only the totals and
 * per-category metrics — not which cases were missed — so the set stays blind; `--list` prints only the
 * falsely flagged clean cases with the findings that flagged them; `--full` prints every missed, falsely
 * flagged and wrongly categorised case. Always exits 0 (a crash is printed to stderr).
 */
import { listFalsePositives } from '../fresh3/runFresh3';
import { formatHeldout, runHeldout } from '../heldout/runHeldout';
import { FRESH9_SPECS } from './fresh9Specs';

export async function runFresh9(list = false, full = false): Promise<string> {
  const r = await runHeldout(FRESH9_SPECS);
  if (list) return listFalsePositives(r);
  if (full) return formatHeldout(r, FRESH9_SPECS);
  const text = formatHeldout(r, FRESH9_SPECS).replace(/^Vigil held-out eval \((\d+) independent cases\)/, 'Vigil fresh9 eval ($1 independent cases)');
  const lines = text.split('\n');
  const cut = lines.indexOf('reasoning visible:');
  const summary = cut > 0 ? lines.slice(0, cut) : lines;
  return [...summary, lines[lines.length - 1] ?? ''].join('\n');
}

if (/(?:^|[\\/])(?:fresh9|runFresh9)\.[cm]?[jt]s$/.test(process.argv[1] ?? '')) {
  runFresh9(process.argv.includes('--list'), process.argv.includes('--full'))
    .then((out) => {
      console.log(out);
      process.exit(0);
    })
    .catch((e: unknown) => {
      console.error(e);
      process.exit(0);
    });
}
