import { describe, test } from 'vitest';
import { firefoxSuite } from './driver/firefox-suite';
import * as pageProof from './scenarios/page-proof';

// Issue 16, the page's side, in real Firefox ESR with the production Firefox build.
const suite = firefoxSuite();

describe('Firefox, a page cannot forge, read or notice Cultivate', () => {
  test('forged invitation and message sends (.click(), synthetic Enter) record nothing and change no contact', () =>
    pageProof.forgedSendsRecordNothing(suite.browser));
  test('our UI is closed to the page: nothing readable, its clicks change nothing', () =>
    pageProof.ourUiIsClosedToThePage(suite.browser));
  test('planted composers show nothing of ours for 5 s; the person’s click and typing bring the panel', () =>
    pageProof.plantedComposersRevealNothing(suite.browser));
});
