import { describe, test } from 'vitest';
import { firefoxSuite } from './driver/firefox-suite';
import * as history from './scenarios/history';
import * as people from './scenarios/popup-people';

// The history behind the coach and the popup, in real Firefox ESR with the production build.
const suite = firefoxSuite();

describe('Firefox, the history behind the coach and the popup', () => {
  test('template reuse and pace findings come from earlier sends', () => history.reuseAndPaceFromHistory(suite.browser));
  test('the popup shows the history and a timeline, and marks a contact accepted', () =>
    history.popupShowsTheHistory(suite.browser));
  test('the popup opens on people: three people written to twice are three rows on the first screen, each with the latest note', { timeout: 240_000 }, () =>
    people.firstScreenIsOneRowPerPerson(suite.browser));
  test('the chart’s weekly counts are reachable by keyboard and shown on focus', () => people.chartCountsByKeyboard(suite.browser));
  test('stage actions follow the stage', () => people.stageActionsFollowTheStage(suite.browser));
  test('the header’s Settings opens the options page', () => people.settingsReachableFromThePopup(suite.browser));
});
