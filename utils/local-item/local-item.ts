import { browser } from 'wxt/browser';

/** One key in storage.local: read with a fallback, written, removed, watched across tabs. */
export interface LocalItem<T> {
  readonly fallback: T;
  getValue(): Promise<T>;
  /** null or undefined removes the key. */
  setValue(value: T): Promise<void>;
  removeValue(): Promise<void>;
  watch(onChange: (value: T) => void): () => void;
}

type Changes = Record<string, { newValue?: unknown }>;

// A few lines of our own rather than a storage library: this ships in the lazy coaching UI, where
// every kilobyte is downloaded and compiled on the first invitation of each page.
// Items are made when their modules load; the area is looked up on use, because the coaching UI's
// extension API is handed over only when it starts (utils/coach-ui-handoff/handed-browser.ts).
export function localItem<T>(key: string, fallback: T): LocalItem<T> {
  const area = () => browser.storage.local;
  return {
    fallback,
    async getValue() {
      return ((await area().get(key))[key] as T | null | undefined) ?? fallback;
    },
    setValue: (value) => (value == null ? area().remove(key) : area().set({ [key]: value })),
    removeValue: () => area().remove(key),
    watch(onChange) {
      const listener = (changes: Changes, areaName: string) => {
        const change = changes[key];
        if (areaName === 'local' && change) onChange((change.newValue as T | null | undefined) ?? fallback);
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  };
}
