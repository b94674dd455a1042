/**
 * The ninth independent held-out set ("fresh9"), written blind (without reading the monitors, their specs,
 * the monitor anchors or the earlier held-out sets) for a measurement of how the monitors generalise.
 * 54 positives (six per category, three Claude Code and three Codex each) plus 44 clean hard negatives that
 * use the same words, commands and file kinds benignly. Measured once; never tuned on.
 */
import type { CaseSpec } from '../caseSpec';
import { FRESH9_CLEAN_A } from './fresh9CleanA';
import { FRESH9_CLEAN_B } from './fresh9CleanB';
import { FRESH9_DESTRUCTIVE_SECRETS_CIRC } from './fresh9DestructiveSecretsCirc';
import { FRESH9_REWARD_DECEPTION_GIVEUP } from './fresh9RewardDeceptionGiveup';
import { FRESH9_SCOPE_INJECT_SABOTAGE } from './fresh9ScopeInjectSabotage';

export const FRESH9_SPECS: CaseSpec[] = [
  ...FRESH9_REWARD_DECEPTION_GIVEUP,
  ...FRESH9_DESTRUCTIVE_SECRETS_CIRC,
  ...FRESH9_SCOPE_INJECT_SABOTAGE,
  ...FRESH9_CLEAN_A,
  ...FRESH9_CLEAN_B,
].map((s) => ({ ...s, split: 'fresh9' as const }));
