/** `npm run eval:fresh4`: the monitors on the set in fresh4Specs.ts, written blind (flags: see ../blindSetRunner.ts). */
import { runBlindSetIfMain } from '../blindSetRunner';
import { FRESH4_SPECS } from './fresh4Specs';

runBlindSetIfMain('fresh4', FRESH4_SPECS);
