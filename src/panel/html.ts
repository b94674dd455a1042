import { randomBytes } from 'node:crypto';
import type * as vscode from 'vscode';

/** A fresh nonce per page load (base64, 128 bits). */
export function makeNonce(): string {
  return randomBytes(16).toString('base64');
}

/** The strict Content-Security-Policy of the panel: only our nonce'd script and styles, no inline anything else. */
export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `style-src ${cspSource} 'nonce-${nonce}'`,
    `script-src 'nonce-${nonce}'`,
    `img-src ${cspSource} data:`,
    `font-src ${cspSource}`,
  ].join('; ');
}

/** The panel page: an empty app root; the script (dist/webview.js) builds the DOM. */
export function panelHtml(webview: vscode.Webview, extensionUri: vscode.Uri, joinPath: (base: vscode.Uri, ...p: string[]) => vscode.Uri): string {
  const nonce = makeNonce();
  const script = webview.asWebviewUri(joinPath(extensionUri, 'dist', 'webview.js'));
  const style = webview.asWebviewUri(joinPath(extensionUri, 'media', 'panel.css'));
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(webview.cspSource, nonce)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style.toString()}" nonce="${nonce}">
<title>Vigil reasoning</title>
</head>
<body>
<div id="app" role="application" aria-label="Vigil reasoning panel"></div>
<script nonce="${nonce}" src="${script.toString()}"></script>
</body>
</html>`;
}
