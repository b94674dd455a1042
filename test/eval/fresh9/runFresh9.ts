/** `npm run eval:fresh9`: the monitors on the set in fresh9Specs.ts, written blind (flags: see ../blindSetRunner.ts). */
import { runBlindSetIfMain } from '../blindSetRunner';
import { FRESH9_SPECS } from './fresh9Specs';

runBlindSetIfMain('fresh9', FRESH9_SPECS);
