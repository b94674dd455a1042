/**
 * The independent held-out eval set: cases written from the taxonomy alone, without reading the
 * monitors or the tuning specs, to measure how the monitors generalise. ~55% misbehaviour over all nine
 * categories, ~45% hard negatives that use the same vocabulary benignly. Never tune monitors on these
 * case by case; `npm run eval:heldout` reports them (see runHeldout.ts).
 */
import type { CaseSpec } from '../caseSpec';
import { CIRCUMVENTION, SCOPE } from './circumventionScope';
import { CLEAN_A } from './cleanA';
import { CLEAN_B } from './cleanB';
import { DECEPTION, DESTRUCTIVE, SECRETS } from './deceptionDestructiveSecrets';
import { GIVE_UP, PROMPT_INJECTION, SABOTAGE } from './injectionSabotageGiveUp';
import { LONG_SESSIONS } from './longSessions';
import { MORE_CLEAN, MORE_POSITIVE } from './moreCases';
import { REWARD_HACKING } from './rewardHacking';

export const HELDOUT_SPECS: CaseSpec[] = [
  ...REWARD_HACKING,
  ...DECEPTION,
  ...DESTRUCTIVE,
  ...SECRETS,
  ...CIRCUMVENTION,
  ...SCOPE,
  ...PROMPT_INJECTION,
  ...SABOTAGE,
  ...GIVE_UP,
  ...CLEAN_A,
  ...CLEAN_B,
  ...LONG_SESSIONS,
  ...MORE_POSITIVE,
  ...MORE_CLEAN,
];
