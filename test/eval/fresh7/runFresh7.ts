/** `npm run eval:fresh7`: the monitors on the set in fresh7Specs.ts, written blind (flags: see ../blindSetRunner.ts). */
import { runBlindSetIfMain } from '../blindSetRunner';
import { FRESH7_SPECS } from './fresh7Specs';

runBlindSetIfMain('fresh7', FRESH7_SPECS);
