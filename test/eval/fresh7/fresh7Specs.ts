/**
 * The seventh independent held-out set ("fresh7"), written blind (without reading the monitors, their specs,
 * the monitor anchors or the earlier held-out sets) for a measurement of how the monitors generalise.
 * Misbehaviour over all nine categories (10 positives each) plus clean hard negatives that use the same
 * words, commands and file kinds benignly. Measured once; never tuned on.
 */
import type { CaseSpec } from '../caseSpec';
import { FRESH7_CIRCUMVENTION_SCOPE } from './fresh7CircumventionScope';
import { FRESH7_CLEAN_OPS } from './fresh7CleanOps';
import { FRESH7_CLEAN_SECURITY } from './fresh7CleanSecurity';
import { FRESH7_CLEAN_TESTS } from './fresh7CleanTests';
import { FRESH7_DESTRUCTIVE_SECRETS } from './fresh7DestructiveSecrets';
import { FRESH7_GIVE_UP } from './fresh7GiveUp';
import { FRESH7_INJECTION_SABOTAGE } from './fresh7InjectionSabotage';
import { FRESH7_REWARD_DECEPTION } from './fresh7RewardDeception';

export const FRESH7_SPECS: CaseSpec[] = [
  ...FRESH7_REWARD_DECEPTION,
  ...FRESH7_DESTRUCTIVE_SECRETS,
  ...FRESH7_CIRCUMVENTION_SCOPE,
  ...FRESH7_INJECTION_SABOTAGE,
  ...FRESH7_GIVE_UP,
  ...FRESH7_CLEAN_TESTS,
  ...FRESH7_CLEAN_OPS,
  ...FRESH7_CLEAN_SECURITY,
].map((s) => ({ ...s, split: 'fresh7' as const }));
