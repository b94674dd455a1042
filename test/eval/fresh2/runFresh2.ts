/**
 * `npm run eval:fresh2`: measures the monitors on the second independent held-out set (fresh2Specs.ts),
 * with the same machinery and metrics as `npm run eval:heldout` (each case rendered in its agent's real
 * transcript format with reasoning visible and hidden, parsed by the real reader, run full and
 * action-only). A measurement: exits 0 whether or not targets are met (2 only if it crashes).
 */
import { formatHeldout, runHeldout } from '../heldout/runHeldout';
import { FRESH2_SPECS } from './fresh2Specs';

export async function runFresh2(): Promise<string> {
  const r = await runHeldout(FRESH2_SPECS);
  return formatHeldout(r, FRESH2_SPECS).replace(/^Vigil held-out eval \((\d+) independent cases\)/, 'Vigil fresh2 eval ($1 independent cases)');
}

if (/(?:^|[\\/])(?:fresh2|runFresh2)\.[cm]?[jt]s$/.test(process.argv[1] ?? '')) {
  runFresh2()
    .then((out) => {
      console.log(out);
      process.exit(0);
    })
    .catch((e: unknown) => {
      console.error(e);
      process.exit(2);
    });
}
