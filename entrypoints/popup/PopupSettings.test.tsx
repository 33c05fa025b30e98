// @vitest-environment happy-dom
import { cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import { DEFAULT_SETTINGS } from '@/utils/settings/schema';
import { writeSettings } from '@/utils/settings/store';
import { FakeHistoryStore } from './testing/fake-store';
import { NOW, renderPopup } from './testing/render-popup';

beforeEach(() => fakeBrowser.reset());

async function storeWithOneSend() {
  const store = new FakeHistoryStore();
  await store.recordSend({
    surface: 'invitation',
    recipient: { name: 'Leilani Kahale', profileUrl: 'linkedin.com/in/leilani-kahale' },
    note: 'Hi Leilani, your reef talk in Hilo stayed with me. Happy to share our nursery logs.',
    analysis: null,
    pageUrl: 'https://www.linkedin.com/in/leilani-kahale/',
    at: NOW - 60_000,
  });
  return store;
}
afterEach(cleanup);

describe('the popup reads the person’s own goals from their settings', () => {
  test('suggested goals until they set their own', async () => {
    await renderPopup(await storeWithOneSend());
    await screen.findByRole('progressbar', { name: 'Personal notes this week' });
    expect(screen.queryByText(/your goal/)).toBeNull();
    expect(screen.queryByTestId('why-i-network')).toBeNull();
  });

  test('their weekly goals and why they network, once set on the options page', async () => {
    await writeSettings({
      ...DEFAULT_SETTINGS,
      weeklyNoteGoal: 8,
      weeklyFollowUpGoal: 4,
      why: 'to learn from reef ecologists',
    });
    await renderPopup(await storeWithOneSend());
    await waitFor(() =>
      expect(
        screen.getByRole('progressbar', { name: 'Personal notes this week' }).getAttribute('aria-valuetext'),
      ).toMatch(/your goal: 8 a week/),
    );
    expect(
      screen.getByRole('progressbar', { name: 'Follow-ups done this week' }).getAttribute('aria-valuetext'),
    ).toMatch(/your goal: 4 a week/);
    expect(screen.getByTestId('why-i-network').textContent).toContain('to learn from reef ecologists');
  });

  test('their goals stay theirs when another stored field had to be repaired', async () => {
    // Written the way an older or damaged copy would be, past the schema check writeSettings makes.
    await browser.storage.sync.set({
      settings: { ...DEFAULT_SETTINGS, weeklyNoteGoal: 8, weeklyFollowUpGoal: 4, dailyRequestCap: 'ten' },
    });
    await renderPopup(await storeWithOneSend());
    await waitFor(() =>
      expect(
        screen.getByRole('progressbar', { name: 'Personal notes this week' }).getAttribute('aria-valuetext'),
      ).toMatch(/your goal: 8 a week/),
    );
    expect(
      screen.getByRole('progressbar', { name: 'Follow-ups done this week' }).getAttribute('aria-valuetext'),
    ).toMatch(/your goal: 4 a week/);
  });
});
