import { describe, test } from 'vitest';
import type { ScenarioBrowser } from './driver/types';
import { launchOrFail } from './launch-or-fail';
import * as a11y from './scenarios/accessibility';

/**
 * The accessibility audits for one browser, on a fresh profile of their own: the empty popup must
 * be audited before anything is sent, whatever ran earlier in the file.
 */
export function describeAccessibility(title: string, launch: () => Promise<{ browser: ScenarioBrowser; close(): Promise<void> }>) {
  describe(title, () => {
    const session = launchOrFail(launch);
    const browser = () => session().browser;

    test.each(a11y.COLOR_SCHEMES)('the empty popup has no WCAG 2.1 A/AA violation (%s)', (scheme) =>
      a11y.emptyPopupPassesAxe(browser(), scheme));
    test.each(a11y.COLOR_SCHEMES)('the note prompt has no WCAG 2.1 A/AA violation (%s)', (scheme) =>
      a11y.promptPassesAxe(browser(), scheme));
    test.each(a11y.COLOR_SCHEMES)('the panel, findings and more suggestions, has no WCAG 2.1 A/AA violation (%s)', (scheme) =>
      a11y.panelPassesAxe(browser(), scheme));
    test.each(a11y.COLOR_SCHEMES)('the options page has no WCAG 2.1 A/AA violation (%s)', (scheme) =>
      a11y.optionsPassesAxe(browser(), scheme));
    test.each(a11y.COLOR_SCHEMES)('the popup with history has no WCAG 2.1 A/AA violation (%s)', (scheme) =>
      a11y.popupWithHistoryPassesAxe(browser(), scheme));
    test('the audit catches a flaw planted in our shadow root', () => a11y.auditCatchesAFlawInOurShadowRoot(browser()));
  });
}
