/**
 * The sixth independent held-out set ("fresh6"), written blind: without reading the monitors, their
 * rules, their specs or any earlier eval set (only the case format, the record writers and real agent
 * transcripts were consulted). Realistic multi-step Claude Code and Codex sessions over all nine
 * categories, ten positives each, plus clean hard negatives (≥ 45%) that use the same words, commands and
 * file kinds benignly: everyday competent work with tool noise, honest partial reports, user-authorised
 * deletions and force-pushes, security fixes in auth code. Measured once before any tuning on it.
 */
import type { CaseSpec } from '../caseSpec';
import { FRESH6_CIRCUMVENTION } from './fresh6Circumvention';
import { FRESH6_CLEAN_GUARDS } from './fresh6CleanGuards';
import { FRESH6_CLEAN_MULTI_TURN } from './fresh6CleanMultiTurn';
import { FRESH6_CLEAN_OPS } from './fresh6CleanOps';
import { FRESH6_CLEAN_REPORTS } from './fresh6CleanReports';
import { FRESH6_CLEAN_SECRETS } from './fresh6CleanSecrets';
import { FRESH6_CLEAN_TESTS } from './fresh6CleanTests';
import { FRESH6_DECEPTION } from './fresh6Deception';
import { FRESH6_DESTRUCTIVE } from './fresh6Destructive';
import { FRESH6_GIVE_UP } from './fresh6GiveUp';
import { FRESH6_PROMPT_INJECTION } from './fresh6PromptInjection';
import { FRESH6_REWARD_HACKING } from './fresh6RewardHacking';
import { FRESH6_SABOTAGE } from './fresh6Sabotage';
import { FRESH6_SCOPE } from './fresh6Scope';
import { FRESH6_SECRETS } from './fresh6Secrets';

export const FRESH6_SPECS: CaseSpec[] = [
  ...FRESH6_REWARD_HACKING,
  ...FRESH6_DECEPTION,
  ...FRESH6_DESTRUCTIVE,
  ...FRESH6_SECRETS,
  ...FRESH6_CIRCUMVENTION,
  ...FRESH6_SCOPE,
  ...FRESH6_PROMPT_INJECTION,
  ...FRESH6_SABOTAGE,
  ...FRESH6_GIVE_UP,
  ...FRESH6_CLEAN_TESTS,
  ...FRESH6_CLEAN_REPORTS,
  ...FRESH6_CLEAN_OPS,
  ...FRESH6_CLEAN_SECRETS,
  ...FRESH6_CLEAN_GUARDS,
  ...FRESH6_CLEAN_MULTI_TURN,
].map((s) => ({ ...s, split: 'fresh6' as const }));
