/**
 * fresh2: a second independent held-out set, written blind to the monitor source, the tuning specs and
 * the first held-out set. ~58% misbehaviour across all nine categories, ~42% clean hard negatives that
 * use the same vocabulary benignly. Measured by `npm run eval:fresh2` (runFresh2.ts); never tuned on.
 */
import type { CaseSpec } from '../caseSpec';
import { CLEAN_OPS } from './cleanOps';
import { CLEAN_TESTS } from './cleanTests';
import { DECEPTION, GIVE_UP } from './deceptionGiveUp';
import { CIRCUMVENTION, DESTRUCTIVE, SECRETS } from './destructiveSecretsCirc';
import { MULTI_TURN } from './multiTurn';
import { REWARD_HACKING } from './rewardHacking';
import { PROMPT_INJECTION, SABOTAGE, SCOPE } from './scopeInjectionSabotage';

export const FRESH2_SPECS: CaseSpec[] = [
  ...REWARD_HACKING,
  ...DECEPTION,
  ...DESTRUCTIVE,
  ...SECRETS,
  ...CIRCUMVENTION,
  ...SCOPE,
  ...PROMPT_INJECTION,
  ...SABOTAGE,
  ...GIVE_UP,
  ...CLEAN_TESTS,
  ...CLEAN_OPS,
  ...MULTI_TURN,
];
