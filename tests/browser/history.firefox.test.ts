import { describe, test } from 'vitest';
import { puppeteerBrowser } from './driver/puppeteer-driver';
import type { ScenarioBrowser } from './driver/types';
import { launchFirefoxWithExtension, type FirefoxSession } from './harness-firefox';
import { launchOrFail } from './launch-or-fail';
import * as history from './scenarios/history';
import * as people from './scenarios/popup-people';

// The history behind the coach and the popup, in real Firefox ESR with the production build.
let session: FirefoxSession;
let browser: ScenarioBrowser;

launchOrFail(async () => {
  session = await launchFirefoxWithExtension();
  browser = puppeteerBrowser(session);
  return session;
});

describe('Firefox, the history behind the coach and the popup', () => {
  test('template reuse and pace findings come from earlier sends', () => history.reuseAndPaceFromHistory(browser));
  test('the popup shows the history and a timeline, and marks a contact accepted', () =>
    history.popupShowsTheHistory(browser));
  test('the popup opens on people: three people written to twice are three rows on the first screen, each with the latest note', { timeout: 240_000 }, () =>
    people.firstScreenIsOneRowPerPerson(browser));
  test('the chart’s weekly counts are reachable by keyboard and shown on focus', () => people.chartCountsByKeyboard(browser));
  test('stage actions follow the stage', () => people.stageActionsFollowTheStage(browser));
  test('the header’s Settings opens the options page', () => people.settingsReachableFromThePopup(browser));
});
