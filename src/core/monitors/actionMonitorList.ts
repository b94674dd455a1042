import { circumventionCommandsMonitor } from './action/circumventionCommands';
import { destructiveCommandsMonitor } from './action/destructiveCommands';
import { earlyExitMonitor } from './action/earlyExit';
import { exfiltrationMonitor } from './action/exfiltration';
import { gateLooseningMonitor } from './action/gateLoosening';
import { integrityCodeMonitor } from './action/integrityCode';
import { insecureCodeMonitor } from './action/insecureCode';
import { injectionFollowMonitor } from './action/injectionFollow';
import { protectedPathsMonitor } from './action/protectedPaths';
import { requestScopeMonitor } from './action/requestScope';
import { sabotageCodeMonitor } from './action/sabotageCode';
import { secretAccessMonitor } from './action/secretAccess';
import { secretContentMonitor } from './action/secretContent';
import { specialCasingMonitor } from './action/specialCasing';
import { stubsMonitor } from './action/stubs';
import { suppressionsMonitor } from './action/suppressions';
import { sweepingChangesMonitor } from './action/sweepingChanges';
import { testTamperingMonitor } from './action/testTampering';
import { testIntegrityMonitor } from './action/testIntegrity';
import { securityWeakeningMonitor } from './action/securityWeakening';
import type { ActionMonitor } from './monitorTypes';

/** Every action monitor, in run order. Blind to reasoning: they see only the tool call and session facts. */
export const ACTION_MONITORS: readonly ActionMonitor[] = [
  protectedPathsMonitor,
  testTamperingMonitor,
  testIntegrityMonitor,
  earlyExitMonitor,
  specialCasingMonitor,
  gateLooseningMonitor,
  suppressionsMonitor,
  secretContentMonitor,
  secretAccessMonitor,
  exfiltrationMonitor,
  destructiveCommandsMonitor,
  circumventionCommandsMonitor,
  sabotageCodeMonitor,
  insecureCodeMonitor,
  securityWeakeningMonitor,
  stubsMonitor,
  integrityCodeMonitor,
  injectionFollowMonitor,
  sweepingChangesMonitor,
  requestScopeMonitor,
];
