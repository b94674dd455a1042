import type { TextMonitor } from './monitorTypes';
import { circumventionCueMonitor } from './reasoning/circumventionCues';
import { changeClaimsMonitor } from './reasoning/changeClaims';
import { checkOutcomeClaimsMonitor } from './reasoning/checkOutcomeClaims';
import { completionClaimsMonitor } from './reasoning/completionClaims';
import { evidenceClaimsMonitor } from './reasoning/evidenceClaims';
import { deceptionCueMonitor } from './reasoning/deceptionCues';
import { destructiveCueMonitor } from './reasoning/destructiveCues';
import { giveUpCueMonitor } from './reasoning/giveUpCues';
import { injectionCueMonitor } from './reasoning/injectionCues';
import { measurementClaimsMonitor } from './reasoning/measurementClaims';
import { rewardHackingCueMonitor } from './reasoning/rewardHackingCues';
import { runClaimsMonitor } from './reasoning/runClaims';
import { sabotageCueMonitor } from './reasoning/sabotageCues';
import { scopeCueMonitor } from './reasoning/scopeCues';
import { secretEchoMonitor } from './secretEcho';
import { secretsCueMonitor } from './reasoning/secretsCues';
import { unfinishedClaimsMonitor } from './reasoning/unfinishedClaims';

/** Every monitor over reasoning and assistant text. */
export const TEXT_MONITORS: readonly TextMonitor[] = [
  rewardHackingCueMonitor,
  deceptionCueMonitor,
  destructiveCueMonitor,
  secretsCueMonitor,
  circumventionCueMonitor,
  scopeCueMonitor,
  injectionCueMonitor,
  sabotageCueMonitor,
  giveUpCueMonitor,
  completionClaimsMonitor,
  evidenceClaimsMonitor,
  runClaimsMonitor,
  measurementClaimsMonitor,
  changeClaimsMonitor,
  unfinishedClaimsMonitor,
  checkOutcomeClaimsMonitor,
  secretEchoMonitor,
];
