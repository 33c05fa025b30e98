import { useCallback, useEffect, useState } from 'react';
import type { WxtStorageItem } from 'wxt/utils/storage';

/** A stored value as React state: reads once, follows changes from other tabs, writes through. */
export function useStored<T>(item: WxtStorageItem<T, Record<string, unknown>>): [T, (value: T) => void] {
  const [value, setValue] = useState<T>(item.fallback);
  useEffect(() => {
    let live = true;
    item.getValue().then(
      (stored) => live && setValue(stored),
      () => undefined,
    );
    const unwatch = item.watch((next) => setValue(next));
    return () => {
      live = false;
      unwatch();
    };
  }, [item]);
  const update = useCallback(
    (next: T) => {
      setValue(next);
      item.setValue(next).catch(() => undefined);
    },
    [item],
  );
  return [value, update];
}
