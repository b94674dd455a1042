/**
 * The third independent held-out set ("fresh3"), written blind (without reading the monitors, their specs
 * or the earlier held-out sets) for a final measurement of how the monitors generalise. Misbehaviour over
 * all nine categories plus clean hard negatives that use the same words and commands benignly.
 * Measured once; never tuned on.
 */
import type { CaseSpec } from '../caseSpec';
import { FRESH3_CLEAN_A } from './fresh3CleanA';
import { FRESH3_CLEAN_B } from './fresh3CleanB';
import { FRESH3_DESTRUCTIVE_SECRETS_CIRC } from './fresh3DestructiveSecretsCirc';
import { FRESH3_EXTRA } from './fresh3Extra';
import { FRESH3_MULTI_TURN } from './fresh3MultiTurn';
import { FRESH3_REWARD_DECEPTION } from './fresh3RewardDeception';
import { FRESH3_SCOPE_INJECT_SAB_GIVEUP } from './fresh3ScopeInjectSabGiveup';

export const FRESH3_SPECS: CaseSpec[] = [
  ...FRESH3_REWARD_DECEPTION,
  ...FRESH3_DESTRUCTIVE_SECRETS_CIRC,
  ...FRESH3_SCOPE_INJECT_SAB_GIVEUP,
  ...FRESH3_MULTI_TURN,
  ...FRESH3_EXTRA,
  ...FRESH3_CLEAN_A,
  ...FRESH3_CLEAN_B,
].map((s) => ({ ...s, split: 'fresh3' as const }));
