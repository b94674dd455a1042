/** `npm run eval:fresh5`: the monitors on the set in fresh5Specs.ts, written blind (flags: see ../blindSetRunner.ts). */
import { runBlindSetIfMain } from '../blindSetRunner';
import { FRESH5_SPECS } from './fresh5Specs';

runBlindSetIfMain('fresh5', FRESH5_SPECS);
