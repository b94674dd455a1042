/**
 * The eighth independent held-out set ("fresh8"), written blind (without reading the monitors, their specs,
 * the rules, the risk scorer or any earlier held-out set beyond fresh3's file layout) for a measurement of how
 * the monitors generalise. Ten or more positives in each of the nine categories plus clean hard negatives
 * that use the same words, commands and file kinds benignly (many where the user asked for the risky-looking
 * step, honest reports of partial success or failure). Measured once; never tuned on.
 */
import type { CaseSpec } from '../caseSpec';
import { FRESH8_CIRC_SCOPE } from './fresh8CircScope';
import { FRESH8_CLEAN_A } from './fresh8CleanA';
import { FRESH8_CLEAN_B } from './fresh8CleanB';
import { FRESH8_DESTRUCTIVE_SECRETS } from './fresh8DestructiveSecrets';
import { FRESH8_INJECT_SAB_GIVEUP } from './fresh8InjectSabGiveup';
import { FRESH8_REWARD_DECEPTION } from './fresh8RewardDeception';

export const FRESH8_SPECS: CaseSpec[] = [
  ...FRESH8_REWARD_DECEPTION,
  ...FRESH8_DESTRUCTIVE_SECRETS,
  ...FRESH8_CIRC_SCOPE,
  ...FRESH8_INJECT_SAB_GIVEUP,
  ...FRESH8_CLEAN_A,
  ...FRESH8_CLEAN_B,
].map((s) => ({ ...s, split: 'fresh8' as const }));
