import { expect, test } from 'vitest';
import { DOCK_MIN, GAP, placeFloat, STRIP_MIN_ROOM, type Rect } from './float-position';

const dialog = (left: number, top: number, width: number, height: number): Rect => ({
  left,
  top,
  right: left + width,
  bottom: top + height,
});
const overlaps = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

test('with room beside the dialog, the panel docks to its right, level with the note', () => {
  const frame = dialog(364, 96, 552, 360);
  const place = placeFloat({ viewport: { width: 1280, height: 800 }, frame, alignTop: 180, height: 400, prefer: 'below', dock: true });
  expect(place).toMatchObject({ mode: 'dock', side: 'right', top: 180, left: 916 + GAP });
  expect(place.width).toBeGreaterThanOrEqual(DOCK_MIN);
  expect(place.left + place.width).toBeLessThanOrEqual(1280 - GAP);
});

test('a docked panel taller than the space under the note moves up to stay in the viewport', () => {
  const place = placeFloat({ viewport: { width: 1280, height: 800 }, frame: dialog(364, 96, 552, 360), alignTop: 500, height: 500, prefer: 'below', dock: true });
  expect(place.mode).toBe('dock');
  expect(place.top + 500).toBeLessThanOrEqual(800 - GAP);
  expect(place).not.toHaveProperty('maxHeight');
});

test('a docked panel taller than the whole window is capped to it and scrolls, so its last controls stay in reach', () => {
  const place = placeFloat({ viewport: { width: 1280, height: 600 }, frame: dialog(364, 60, 552, 380), alignTop: 200, height: 900, prefer: 'below', dock: true });
  expect(place).toMatchObject({ mode: 'dock', top: GAP, maxHeight: 600 - 2 * GAP });
});

test('without room beside it, a strip goes below the dialog without covering it', () => {
  const frame = dialog(124, 72, 552, 320);
  const place = placeFloat({ viewport: { width: 800, height: 600 }, frame, height: 60, prefer: 'below', dock: true });
  expect(place).toMatchObject({ mode: 'strip', edge: 'below', top: 392 + GAP });
  const box = { left: place.left, top: place.top, right: place.left + place.width, bottom: place.top + 60 };
  expect(overlaps(box, frame)).toBe(false);
});

test('a message box at the foot of the page gets its strip above it, even with room beside it', () => {
  const form = dialog(364, 480, 600, 110);
  const place = placeFloat({ viewport: { width: 1024, height: 600 }, frame: form, height: 60, prefer: 'above', dock: false });
  expect(place).toMatchObject({ mode: 'strip', edge: 'above', top: 480 - GAP - 60 });
});

test('a viewport too short for a column gets the strip, and the strip stays on screen', () => {
  const place = placeFloat({ viewport: { width: 1280, height: 500 }, frame: dialog(364, 60, 552, 380), height: 600, prefer: 'below', dock: true });
  expect(place).toMatchObject({ mode: 'strip', edge: 'over' });
  expect(place.top).toBeGreaterThanOrEqual(GAP);
});

test('an unfolded strip taller than the room above a message box stays above it, capped to that room', () => {
  const form = dialog(364, 420, 600, 160);
  const place = placeFloat({ viewport: { width: 1024, height: 600 }, frame: form, height: 700, prefer: 'above', dock: false });
  expect(place).toMatchObject({ mode: 'strip', edge: 'above', top: GAP, maxHeight: 420 - 2 * GAP });
  const box = { left: place.left, top: place.top, right: place.left + place.width, bottom: place.top + (place.mode === 'strip' ? place.maxHeight! : 0) };
  expect(overlaps(box, form)).toBe(false);
  expect(420 - 2 * GAP).toBeGreaterThanOrEqual(STRIP_MIN_ROOM);
});
