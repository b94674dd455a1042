import { Panel } from './panel';
import type { VsCodeApi } from './rpc';

declare function acquireVsCodeApi(): VsCodeApi;

const api = acquireVsCodeApi();
const root = document.getElementById('app') ?? document.body.appendChild(document.createElement('div'));
const panel = new Panel(root, api);
window.addEventListener('message', (ev: MessageEvent) => panel.rpc.receive(ev.data));
panel.start();
