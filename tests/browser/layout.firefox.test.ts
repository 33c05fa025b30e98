import { describe, expect, test } from 'vitest';
import { firefoxSuite } from './driver/firefox-suite';
import { INVITATION_LAYOUTS } from './scenarios/layouts';
import { invitationLayoutUntouched, messageLayoutUntouched, VIEWPORTS } from './scenarios/layout-untouched';

// Beside, not inside, in real Firefox ESR with the production Firefox build.
const suite = firefoxSuite();

describe.each(VIEWPORTS)('Firefox at $width×$height', (viewport) => {
  test.each(INVITATION_LAYOUTS)('$id: LinkedIn’s buttons, note, counter and Send stay put', async (layout) => {
    const modes = await invitationLayoutUntouched(suite.browser, layout, viewport);
    if (viewport.width >= 1280) expect(modes.note).toEqual(['dock']);
    if (viewport.width <= 800) expect(modes.note).toEqual(['strip']);
  });
  test('the message box and its Send stay put', () => messageLayoutUntouched(suite.browser, viewport));
});
