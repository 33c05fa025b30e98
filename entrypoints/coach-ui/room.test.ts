import { describe, expect, test } from 'vitest';
import { MIN_ROOM_PX, nextRoom } from './room';

describe('how tall our scrolling parts may be so a dialog fits the window', () => {
  test('a dialog that fits needs no cap, and a cap already in force stays while it fits', () => {
    expect(nextRoom([300, 120], undefined, -40)).toBeUndefined();
    expect(nextRoom([300, 120], 300, 0)).toBe(300);
    expect(nextRoom([300, 120], 300, 1)).toBe(300);
  });

  test('an overflow is taken from the tallest part first', () => {
    // 300 + 120 must lose 100: the 300 part goes to 200, the 120 part keeps its height.
    expect(nextRoom([300, 120], undefined, 100)).toBe(200);
    // 400 + 300 + 100 must lose 200: the 100 part keeps its height, the two tallest share 500.
    expect(nextRoom([400, 300, 100], undefined, 200)).toBe(250);
  });

  test('never below the least that still shows a verdict, however small the window', () => {
    expect(nextRoom([340, 320], undefined, 5_000)).toBe(MIN_ROOM_PX);
    expect(nextRoom([340], 150, 500)).toBe(MIN_ROOM_PX);
  });

  test('a cap in force only tightens on a further overflow', () => {
    expect(nextRoom([200, 120], 200, 40)).toBe(160);
  });

  test('room to spare goes back to the parts the cap holds, then the cap goes', () => {
    expect(nextRoom([200, 120], 200, -60)).toBe(260);
    expect(nextRoom([200, 200], 200, -60)).toBe(230);
    // Nothing is as tall as the cap: nothing is held back.
    expect(nextRoom([150, 120], 200, -60)).toBeUndefined();
  });
});
