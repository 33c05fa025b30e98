import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { oncePerPage } from './once-per-page';

// The journey aside and the one-click fixes are imported apart from the coaching UI through this
// helper: once per page, and on any trouble the coaching goes on without them, logged quietly.

beforeEach(() => {
  vi.spyOn(console, 'debug').mockImplementation(() => undefined);
});

afterEach(() => {
  vi.restoreAllMocks();
});

const exported = () => 'the export';

test('the default export is imported once however many ask for it, and kept for later mounts', async () => {
  const module = oncePerPage<typeof exported>('the thing');
  const load = vi.fn(async () => ({ default: exported }));
  expect(module.loaded).toBeUndefined();
  await expect(module.load(load)).resolves.toBe(exported);
  await expect(module.load(load)).resolves.toBe(exported);
  expect(load).toHaveBeenCalledTimes(1);
  expect(module.loaded).toBe(exported);
});

test.each([
  ['the import fails', () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'))],
  ['the module has no default export', async () => ({ default: undefined })],
  ['the default export is not a function', async () => ({ default: { label: 'Greet Ana by name' } })],
  ['there is no module', async () => undefined],
])('when %s, there is nothing and the trouble is logged quietly', async (_what, load) => {
  const module = oncePerPage<typeof exported>('the thing');
  await expect(module.load(load)).resolves.toBeUndefined();
  expect(module.loaded).toBeUndefined();
  expect(console.debug).toHaveBeenCalledWith('[cultivate] going on without the thing', expect.any(Error));
});

test('a failed import is not tried again on the same page', async () => {
  const module = oncePerPage<typeof exported>('the thing');
  const load = vi.fn(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
  await module.load(load);
  await expect(module.load(load)).resolves.toBeUndefined();
  expect(load).toHaveBeenCalledTimes(1);
});
