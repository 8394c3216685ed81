// The hall's preferences — language, projector mode, sound, the facilitator's view — kept in localStorage so
// the next drill opens the way the last one was left. Listeners hear every change.
import type { Language } from '../../i18n/translate.ts';

export interface Settings {
  language: Language;
  projector: boolean;
  muted: boolean;
  /** 0 … 1. */
  volume: number;
  /** Show incidents and their events before anyone in the drill has learnt of them. */
  directorView: boolean;
}

const storageKey = 'drillhall.settings.v1';
const defaults: Settings = { language: 'zh', projector: false, muted: false, volume: 0.7, directorView: false };

function read(storage: Storage | null): Settings {
  try {
    const raw: unknown = JSON.parse(storage?.getItem(storageKey) ?? 'null');
    if (typeof raw !== 'object' || raw === null) return { ...defaults };
    const r = raw as Partial<Record<keyof Settings, unknown>>;
    return {
      language: r.language === 'en' ? 'en' : 'zh',
      projector: r.projector === true,
      muted: r.muted === true,
      volume: typeof r.volume === 'number' && r.volume >= 0 && r.volume <= 1 ? r.volume : defaults.volume,
      directorView: r.directorView === true,
    };
  } catch {
    return { ...defaults };
  }
}

export class AppSettings {
  private value: Settings;
  private readonly listeners = new Set<(settings: Readonly<Settings>) => void>();

  constructor(private readonly storage: Storage | null, overrides: Partial<Settings> = {}) {
    this.value = { ...read(storage), ...overrides };
  }

  get(): Readonly<Settings> {
    return this.value;
  }

  update(patch: Partial<Settings>): void {
    this.value = { ...this.value, ...patch };
    try { this.storage?.setItem(storageKey, JSON.stringify(this.value)); } catch { /* private mode: settings last for this page only */ }
    for (const listener of [...this.listeners]) listener(this.value);
  }

  /** Returns the function that stops listening. */
  subscribe(listener: (settings: Readonly<Settings>) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
