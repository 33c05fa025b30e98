import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addWeeks, startOfWeek } from './weeks';

// Week boundaries are local time; run them in a zone with a clock change (Berlin leaves summer
// time on Sunday 25 October 2026), whatever the machine's zone.
describe('weeks in Europe/Berlin', () => {
  const zone = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = 'Europe/Berlin';
  });
  afterAll(() => {
    process.env.TZ = zone;
  });

  it('start on Monday 00:00 local time', () => {
    expect(new Date(startOfWeek(Date.UTC(2026, 9, 25, 22, 59))).toString()).toMatch(/^Mon Oct 19 2026 00:00:00/);
    // 23:00 UTC on Sunday is already Monday 00:00 in Berlin (winter time, UTC+1).
    expect(new Date(startOfWeek(Date.UTC(2026, 9, 25, 23, 0))).toString()).toMatch(/^Mon Oct 26 2026 00:00:00/);
  });

  it('step by calendar weeks across the clock change', () => {
    const before = startOfWeek(Date.UTC(2026, 9, 21));
    const after = addWeeks(before, 1);
    expect(new Date(after).toString()).toMatch(/^Mon Oct 26 2026 00:00:00/);
    expect(after - before).toBe(7 * 24 * 60 * 60 * 1000 + 60 * 60 * 1000);
    expect(addWeeks(after, -1)).toBe(before);
  });
});
