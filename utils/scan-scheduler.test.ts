import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { scanScheduler } from './scan-scheduler';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

test('the first change after a quiet spell is scanned at once; a burst is gathered into one more scan', () => {
  const scan = vi.fn();
  const schedule = scanScheduler(scan, 40, (fn, ms) => setTimeout(fn, ms));
  schedule();
  expect(scan).toHaveBeenCalledTimes(1);
  for (let i = 0; i < 100; i++) schedule();
  expect(scan).toHaveBeenCalledTimes(1);
  vi.advanceTimersByTime(40);
  expect(scan).toHaveBeenCalledTimes(2);
  vi.advanceTimersByTime(1_000);
  schedule();
  expect(scan).toHaveBeenCalledTimes(3);
});

test('a page that changes without pause is scanned about once per interval', () => {
  const scan = vi.fn();
  const schedule = scanScheduler(scan, 40, (fn, ms) => setTimeout(fn, ms));
  for (let t = 0; t < 1_000; t += 5) {
    schedule();
    vi.advanceTimersByTime(5);
  }
  expect(scan.mock.calls.length).toBeGreaterThanOrEqual(24);
  expect(scan.mock.calls.length).toBeLessThanOrEqual(27);
});
