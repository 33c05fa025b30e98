import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { localItem } from './local-item';

beforeEach(() => fakeBrowser.reset());

describe('a stored item', () => {
  const item = localItem<{ n: number } | null>('thing', null);

  it('reads its fallback until something is stored, then what was stored', async () => {
    expect(await item.getValue()).toBeNull();
    await item.setValue({ n: 2 });
    expect(await item.getValue()).toEqual({ n: 2 });
    expect(await fakeBrowser.storage.local.get('thing')).toEqual({ thing: { n: 2 } });
    expect(await fakeBrowser.storage.sync.get()).toEqual({});
  });

  it('is removed by removeValue and by writing null', async () => {
    await item.setValue({ n: 1 });
    await item.removeValue();
    expect(await fakeBrowser.storage.local.get()).toEqual({});
    await item.setValue({ n: 1 });
    await item.setValue(null);
    expect(await fakeBrowser.storage.local.get()).toEqual({});
  });

  it('tells a watcher of changes to its own key in local storage only, until unwatched', async () => {
    const seen: unknown[] = [];
    const unwatch = item.watch((value) => seen.push(value));
    await item.setValue({ n: 3 });
    await fakeBrowser.storage.local.set({ other: 1 });
    await fakeBrowser.storage.sync.set({ thing: { n: 9 } });
    await item.removeValue();
    unwatch();
    await item.setValue({ n: 4 });
    expect(seen).toEqual([{ n: 3 }, null]);
  });

  it('a boolean item falls back to false, whatever null-ish is stored', async () => {
    const flag = localItem('flag', false);
    expect(await flag.getValue()).toBe(false);
    await flag.setValue(true);
    expect(await flag.getValue()).toBe(true);
  });
});
