import * as vscode from 'vscode';
import { SETTINGS, type SettingKey, type SettingValue } from './core/config/settingsSchema';

const SECTION = 'vigil';

/**
 * The one typed accessor over Vigil's settings (declared in `core/config/settingsSchema.ts`).
 * Every value is validated with its zod schema on read; an invalid user value falls back to the
 * default and shows one warning per setting and value, naming the setting.
 */
export class Config implements vscode.Disposable {
  private readonly cache = new Map<SettingKey, unknown>();
  private readonly warned = new Set<string>();
  private readonly invalid = new Set<SettingKey>();
  private readonly emitter = new vscode.EventEmitter<readonly SettingKey[]>();
  private readonly sub: vscode.Disposable;

  constructor(
    private readonly log?: vscode.LogOutputChannel,
    private readonly warn: (message: string) => void = (m) => void vscode.window.showWarningMessage(m),
  ) {
    this.sub = vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration(SECTION)) return;
      const changed = (Object.keys(SETTINGS) as SettingKey[]).filter((k) => e.affectsConfiguration(`${SECTION}.${k}`));
      for (const k of changed) this.cache.delete(k);
      if (changed.length) this.emitter.fire(changed);
    });
  }

  get<K extends SettingKey>(key: K): SettingValue<K> {
    if (this.cache.has(key)) return this.cache.get(key) as SettingValue<K>;
    const value = this.read(key);
    this.cache.set(key, value);
    return value;
  }

  /** Calls `listener` when any of `keys` changes (after the cache is refreshed). */
  onDidChange(keys: readonly SettingKey[], listener: (changed: readonly SettingKey[]) => void): vscode.Disposable {
    return this.emitter.event((changed) => {
      const hit = changed.filter((k) => keys.includes(k));
      if (hit.length) listener(hit);
    });
  }

  /** Writes a setting (user settings by default). */
  async update<K extends SettingKey>(key: K, value: SettingValue<K>, target = vscode.ConfigurationTarget.Global): Promise<void> {
    await vscode.workspace.getConfiguration(SECTION).update(key, value, target);
    this.cache.delete(key);
  }

  /** Settings whose current user value was rejected (the default is used instead). */
  invalidKeys(): readonly SettingKey[] {
    return [...this.invalid];
  }

  dispose(): void {
    this.sub.dispose();
    this.emitter.dispose();
  }

  private read<K extends SettingKey>(key: K): SettingValue<K> {
    const def = SETTINGS[key];
    const raw = vscode.workspace.getConfiguration(SECTION).get<unknown>(key);
    const parsed = def.schema.safeParse(raw);
    if (parsed.success) {
      this.invalid.delete(key);
      return parsed.data as SettingValue<K>;
    }
    const fallback = def.schema.parse(undefined) as SettingValue<K>;
    this.invalid.add(key);
    const shown = JSON.stringify(raw);
    const msg = `Vigil: the setting "${SECTION}.${key}" has an invalid value (${shown}); using the default (${JSON.stringify(fallback)}).`;
    this.log?.warn(`${msg} ${parsed.error.issues.map((i) => i.message).join('; ')}`);
    const once = `${key}=${shown}`;
    if (!this.warned.has(once)) {
      this.warned.add(once);
      this.warn(msg);
    }
    return fallback;
  }
}
