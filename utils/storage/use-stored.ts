import { useCallback, useEffect, useState } from 'react';
import type { LocalItem } from '@/utils/local-item/local-item';

/**
 * A stored value as React state: reads once, follows changes from other tabs, writes through.
 * `clean` turns whatever is stored (another version's shape, a corrupted value) into a valid value.
 */
export function useStored<T>(item: LocalItem<T>, clean: (stored: unknown) => T): [T, (value: T) => void] {
  const [value, setValue] = useState<T>(item.fallback);
  useEffect(() => {
    let live = true;
    item.getValue().then(
      (stored) => live && setValue(clean(stored)),
      () => undefined,
    );
    const unwatch = item.watch((next) => setValue(clean(next)));
    return () => {
      live = false;
      unwatch();
    };
  }, [item, clean]);
  const update = useCallback(
    (next: T) => {
      setValue(next);
      item.setValue(next).catch(() => undefined);
    },
    [item],
  );
  return [value, update];
}
