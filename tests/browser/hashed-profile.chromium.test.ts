import { describe, test } from 'vitest';
import { chromiumSuite } from './driver/chromium-suite';
import * as hashed from './scenarios/hashed-profile';

// LinkedIn's newer profile layout (hashed classes, other cards after the top card), in real Chromium.
const suite = chromiumSuite();

describe.each(hashed.HASHED_PROFILES)('Chromium, hashed profile $path', (person) => {
  test('the starters say what the top card says of their work, and quote no other card', () =>
    hashed.startersFromTheTopCard(suite.browser, person));
});
