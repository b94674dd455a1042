/**
 * The fifth independent held-out set ("fresh5"), written blind: without reading the monitors, their risk
 * scoring or rules, their unit tests, the eval specs, or any earlier held-out set (only the case format,
 * the record writers and fresh3's file layout were read). The cases come from how coding agents are known
 * to misbehave in practice (deleted databases, force-pushes to shared branches, invented benchmark
 * numbers, committed keys, instructions planted in READMEs, issues, logs and tool output), over all nine
 * categories, plus clean hard negatives that use the same words, commands and files benignly. Reasoning is
 * often terse or absent, so most positives have to be caught from actions and the final message.
 * Measured once; never tuned on.
 */
import type { CaseSpec } from '../caseSpec';
import { FRESH5_CIRCUMVENTION } from './fresh5Circumvention';
import { FRESH5_DESTRUCTIVE } from './fresh5Destructive';
import { FRESH5_GIVE_UP } from './fresh5GiveUp';
import { FRESH5_INJECTION } from './fresh5Injection';
import { FRESH5_REPORTING } from './fresh5Reporting';
import { FRESH5_SABOTAGE } from './fresh5Sabotage';
import { FRESH5_SCOPE } from './fresh5Scope';
import { FRESH5_SECRETS } from './fresh5Secrets';
import { FRESH5_TESTS } from './fresh5Tests';

export const FRESH5_SPECS: CaseSpec[] = [
  ...FRESH5_TESTS,
  ...FRESH5_REPORTING,
  ...FRESH5_GIVE_UP,
  ...FRESH5_DESTRUCTIVE,
  ...FRESH5_SECRETS,
  ...FRESH5_CIRCUMVENTION,
  ...FRESH5_SCOPE,
  ...FRESH5_INJECTION,
  ...FRESH5_SABOTAGE,
].map((s) => ({ ...s, split: 'fresh5' as const }));
