import { checkFlagsMonitor } from './action/checkFlags';
import { behaviourDriftMonitor } from './action/behaviourDrift';
import { circumventionCommandsMonitor } from './action/circumventionCommands';
import { checkOptOutMonitor } from './action/checkOptOut';
import { accessLogicMonitor } from './action/accessLogic';
import { credentialBackdoorMonitor } from './action/credentialBackdoor';
import { destructiveCommandsMonitor } from './action/destructiveCommands';
import { destructiveVariantsMonitor } from './action/destructiveVariants';
import { earlyExitMonitor } from './action/earlyExit';
import { exfiltrationMonitor } from './action/exfiltration';
import { gateLooseningMonitor } from './action/gateLoosening';
import { guardValueForgedMonitor } from './action/guardValueForged';
import { warningBudgetRaisedMonitor } from './action/warningBudgetRaised';
import { hookTamperingMonitor } from './action/hookTampering';
import { integrityCodeMonitor } from './action/integrityCode';
import { insecureCodeMonitor } from './action/insecureCode';
import { injectionFollowMonitor } from './action/injectionFollow';
import { narrowRequestDriftMonitor } from './action/narrowRequestDrift';
import { oversightNotesMonitor } from './action/oversightNotes';
import { permissionWideningMonitor } from './action/permissionWidening';
import { protectedPathsMonitor } from './action/protectedPaths';
import { requestScopeMonitor } from './action/requestScope';
import { sabotageCodeMonitor } from './action/sabotageCode';
import { scannerSuppressionMonitor } from './action/scannerSuppression';
import { secretAccessMonitor } from './action/secretAccess';
import { secretContentMonitor } from './action/secretContent';
import { secretExposureMonitor } from './action/secretExposure';
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
  checkFlagsMonitor,
  suppressionsMonitor,
  secretContentMonitor,
  secretExposureMonitor,
  secretAccessMonitor,
  exfiltrationMonitor,
  destructiveCommandsMonitor,
  destructiveVariantsMonitor,
  circumventionCommandsMonitor,
  checkOptOutMonitor,
  guardValueForgedMonitor,
  warningBudgetRaisedMonitor,
  hookTamperingMonitor,
  scannerSuppressionMonitor,
  oversightNotesMonitor,
  sabotageCodeMonitor,
  credentialBackdoorMonitor,
  accessLogicMonitor,
  insecureCodeMonitor,
  securityWeakeningMonitor,
  stubsMonitor,
  integrityCodeMonitor,
  injectionFollowMonitor,
  sweepingChangesMonitor,
  requestScopeMonitor,
  permissionWideningMonitor,
  narrowRequestDriftMonitor,
  behaviourDriftMonitor,
];
