import { describe, test } from 'vitest';
import { firefoxSuite } from './driver/firefox-suite';
import * as hashed from './scenarios/hashed-profile';

// LinkedIn's newer profile layout (hashed classes, other cards after the top card), in real Firefox ESR.
const suite = firefoxSuite();

describe.each(hashed.HASHED_PROFILES)('Firefox, hashed profile $path', (person) => {
  test('the starters say what the top card says of their work, and quote no other card', () =>
    hashed.startersFromTheTopCard(suite.browser, person));
});
