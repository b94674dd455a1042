import * as vscode from 'vscode';

/** The currently selected session; the panel, status bar, decorations and export follow it. */
export class SessionSelection implements vscode.Disposable {
  private id: string | undefined;
  private readonly emitter = new vscode.EventEmitter<string | undefined>();
  readonly onDidChange: vscode.Event<string | undefined> = this.emitter.event;

  current(): string | undefined {
    return this.id;
  }

  select(id: string | undefined): void {
    if (id === this.id) return;
    this.id = id;
    this.emitter.fire(id);
  }

  dispose(): void {
    this.emitter.dispose();
  }
}
