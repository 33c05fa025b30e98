import { useEffect, useState } from 'react';
import { logDebug } from '@/utils/log';

// A module of ours the coaching UI imports apart from itself (the journey aside, the one-click fixes):
// imported once per page, its default export checked to be a function, and on any trouble nothing,
// logged quietly, so the coaching goes on without it. Each loader keeps its own import() of its own
// path, which the Firefox lint explains (scripts/lib/firefox-lint-verdict.ts).

export interface OncePerPage<T> {
  /** The module's default export, imported on the first call; undefined if it cannot be had. */
  load(importIt: () => Promise<unknown>): Promise<T | undefined>;
  /** The export once it has arrived, for a component mounted later to have it from its first render. */
  readonly loaded: T | undefined;
}

/** `without` says what the coaching goes on without, for the debug log: "the journey aside". */
export function oncePerPage<T>(without: string): OncePerPage<T> {
  let loading: Promise<T | undefined> | undefined;
  let loaded: T | undefined;
  return {
    load(importIt) {
      loading ??= importIt()
        .then((module) => {
          const exported = (module as { default?: unknown } | undefined)?.default;
          if (typeof exported !== 'function') throw new TypeError(`the module for ${without} has no default function`);
          return (loaded = exported as T);
        })
        .catch((error: unknown) => {
          logDebug(`going on without ${without}`, error);
          return undefined;
        });
      return loading;
    },
    get loaded() {
      return loaded;
    },
  };
}

/** The module's export once it has arrived; undefined before, or if it never does. */
export function useOncePerPage<T>(module: OncePerPage<T>, importIt: () => Promise<unknown>): T | undefined {
  const [exported, setExported] = useState<T | undefined>(() => module.loaded);
  useEffect(() => {
    if (exported) return;
    let mounted = true;
    void module.load(importIt).then((arrived) => mounted && arrived && setExported(() => arrived));
    return () => {
      mounted = false;
    };
  }, [exported, module, importIt]);
  return exported;
}
