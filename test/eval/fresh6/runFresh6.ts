/** `npm run eval:fresh6`: the monitors on the set in fresh6Specs.ts, written blind (flags: see ../blindSetRunner.ts). */
import { runBlindSetIfMain } from '../blindSetRunner';
import { FRESH6_SPECS } from './fresh6Specs';

runBlindSetIfMain('fresh6', FRESH6_SPECS);
