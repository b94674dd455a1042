import type { CaseSpec } from './caseSpec';
import { CLAIMS_EVIDENCE_SPECS } from './specs/claimsEvidenceSpecs';
import { CIRCUMVENTION_SPECS } from './specs/circumventionSpecs';
import { CLEAN_OPS_SPECS } from './specs/cleanOpsSpecs';
import { CLEAN_TEST_SPECS } from './specs/cleanTestSpecs';
import { DECEPTION_SPECS } from './specs/deceptionSpecs';
import { FRESH10_SPECS } from './specs/fresh10Specs';
import { FRESH9_SPECS } from './specs/fresh9Specs';
import { FRESH8_REASONING_SPECS } from './specs/fresh8ReasoningSpecs';
import { FRESH7_LONG_SPECS } from './specs/fresh7LongSpecs';
import { FRESH6_SPECS } from './specs/fresh6Specs';
import { FRESH5_SPECS } from './specs/fresh5Specs';
import { FRESH4_SPECS } from './specs/fresh4Specs';
import { FRESH3_SPECS } from './specs/fresh3Specs';
import { FRESH2_CLEAN_SPECS } from './specs/fresh2CleanSpecs';
import { FRESH2_POSITIVE_SPECS } from './specs/fresh2PositiveSpecs';
import { FRESH_CLEAN_SPECS } from './specs/freshCleanSpecs';
import { FRESH_POSITIVE_SPECS } from './specs/freshPositiveSpecs';
import { DESTRUCTIVE_SPECS } from './specs/destructiveSpecs';
import { EXPOSURE_TAMPERING_SPECS } from './specs/exposureTamperingSpecs';
import { GENERALISED_CLASS_SPECS } from './specs/generalisedClassSpecs';
import { GIVE_UP_SPECS } from './specs/giveUpSpecs';
import { INJECTION_SPECS } from './specs/injectionSpecs';
import { REWARD_HACKING_SPECS } from './specs/rewardHackingSpecs';
import { SABOTAGE_SPECS } from './specs/sabotageSpecs';
import { SCOPE_SPECS } from './specs/scopeSpecs';
import { SECRETS_SPECS } from './specs/secretsSpecs';

export const ALL_SPECS: readonly CaseSpec[] = [
  ...REWARD_HACKING_SPECS,
  ...DECEPTION_SPECS,
  ...DESTRUCTIVE_SPECS,
  ...SECRETS_SPECS,
  ...CIRCUMVENTION_SPECS,
  ...SCOPE_SPECS,
  ...INJECTION_SPECS,
  ...SABOTAGE_SPECS,
  ...GIVE_UP_SPECS,
  ...CLEAN_TEST_SPECS,
  ...CLEAN_OPS_SPECS,
  ...FRESH_POSITIVE_SPECS,
  ...FRESH_CLEAN_SPECS,
  ...FRESH2_POSITIVE_SPECS,
  ...FRESH2_CLEAN_SPECS,
  ...FRESH3_SPECS,
  ...FRESH4_SPECS,
  ...FRESH5_SPECS,
  ...FRESH6_SPECS,
  ...FRESH7_LONG_SPECS,
  ...FRESH8_REASONING_SPECS,
  ...FRESH9_SPECS,
  ...FRESH10_SPECS,
  ...EXPOSURE_TAMPERING_SPECS,
  ...CLAIMS_EVIDENCE_SPECS,
  ...GENERALISED_CLASS_SPECS,
];
