/** `npm run eval:fresh3`: the monitors on the set in fresh3Specs.ts, written blind (flags: see ../blindSetRunner.ts). */
import { runBlindSetIfMain } from '../blindSetRunner';
import { FRESH3_SPECS } from './fresh3Specs';

runBlindSetIfMain('fresh3', FRESH3_SPECS);
