import { describe, test } from 'vitest';
import { chromiumSuite } from './driver/chromium-suite';
import * as history from './scenarios/history';

const suite = chromiumSuite();

describe('Chromium, the history behind the coach and the popup', () => {
  test('template reuse and pace findings come from earlier sends', () =>
    history.reuseAndPaceFromHistory(suite.browser));
  test('the popup shows the history and a timeline, and marks a contact accepted', () =>
    history.popupShowsTheHistory(suite.browser));
});
