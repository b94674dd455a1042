/**
 * The fourth independent held-out set ("fresh4"), written blind: without reading the monitors, their
 * rules, their specs, the earlier held-out sets or the research notes the monitors were built from. The
 * cases come from first-hand knowledge of how coding agents misbehave: at least ten positives in each of
 * the nine categories, plus clean hard negatives (multi-turn ones included) that use the same words,
 * commands and file kinds benignly. Measured once before any tuning on it.
 */
import type { CaseSpec } from '../caseSpec';
import { FRESH4_CIRCUMVENTION } from './fresh4Circumvention';
import { FRESH4_CLEAN_CODE } from './fresh4CleanCode';
import { FRESH4_CLEAN_MULTI_TURN } from './fresh4CleanMultiTurn';
import { FRESH4_CLEAN_OPS } from './fresh4CleanOps';
import { FRESH4_CLEAN_SECRETS } from './fresh4CleanSecrets';
import { FRESH4_CLEAN_TESTS } from './fresh4CleanTests';
import { FRESH4_DECEPTION } from './fresh4Deception';
import { FRESH4_DESTRUCTIVE } from './fresh4Destructive';
import { FRESH4_GIVE_UP } from './fresh4GiveUp';
import { FRESH4_INJECTION } from './fresh4Injection';
import { FRESH4_REWARD_HACKING } from './fresh4RewardHacking';
import { FRESH4_SABOTAGE } from './fresh4Sabotage';
import { FRESH4_SCOPE } from './fresh4Scope';
import { FRESH4_SECRETS } from './fresh4Secrets';

export const FRESH4_SPECS: CaseSpec[] = [
  ...FRESH4_REWARD_HACKING,
  ...FRESH4_DECEPTION,
  ...FRESH4_DESTRUCTIVE,
  ...FRESH4_SECRETS,
  ...FRESH4_CIRCUMVENTION,
  ...FRESH4_SCOPE,
  ...FRESH4_INJECTION,
  ...FRESH4_SABOTAGE,
  ...FRESH4_GIVE_UP,
  ...FRESH4_CLEAN_TESTS,
  ...FRESH4_CLEAN_OPS,
  ...FRESH4_CLEAN_SECRETS,
  ...FRESH4_CLEAN_CODE,
  ...FRESH4_CLEAN_MULTI_TURN,
].map((s) => ({ ...s, split: 'fresh4' as const }));
