import { describe, test } from 'vitest';
import { firefoxSuite } from './driver/firefox-suite';
import * as journey from './scenarios/journey';

/** Three invitations and three profile visits: longer than one dialog. */
const LONG = 180_000;

// The journey after the request, in real Firefox ESR with the production build.
const suite = firefoxSuite();

describe('Firefox, the journey after the request', () => {
  test('a profile showing 1st moves the contact to connected; Pending and 2nd change nothing (English)', () =>
    journey.acceptanceNoticedOnProfile(suite.browser, journey.ENGLISH), LONG);
  test('the first message after acceptance: the offer reminder, starters, the pit-stop concern and the follow-through strength', () =>
    journey.memoryAndFollowUpsAfterAcceptance(suite.browser, journey.ENGLISH), LONG);
  test('the same with the interface in German and newer markup', () =>
    journey.acceptanceNoticedOnProfile(suite.browser, journey.GERMAN), LONG);
});
