/** `npm run eval:fresh8`: the monitors on the set in fresh8Specs.ts, written blind (flags: see ../blindSetRunner.ts). */
import { runBlindSetIfMain } from '../blindSetRunner';
import { FRESH8_SPECS } from './fresh8Specs';

runBlindSetIfMain('fresh8', FRESH8_SPECS);
