import { describe, expect, test } from 'vitest';
import { chromiumSuite } from './driver/chromium-suite';
import { INVITATION_LAYOUTS } from './scenarios/layouts';
import { invitationLayoutUntouched, messageLayoutUntouched, VIEWPORTS } from './scenarios/layout-untouched';

// Beside, not inside: LinkedIn's dialog and message box keep their layout with Cultivate open.
const suite = chromiumSuite();

describe.each(VIEWPORTS)('Chromium at $width×$height', (viewport) => {
  test.each(INVITATION_LAYOUTS)('$id: LinkedIn’s buttons, note, counter and Send stay put', async (layout) => {
    const modes = await invitationLayoutUntouched(suite.browser, layout, viewport);
    // Wide enough, the panel docks beside the dialog; narrow, it is a strip.
    if (viewport.width >= 1280) expect(modes.note).toEqual(['dock']);
    if (viewport.width <= 800) expect(modes.note).toEqual(['strip']);
  });
  test('the message box and its Send stay put', () => messageLayoutUntouched(suite.browser, viewport));
});
