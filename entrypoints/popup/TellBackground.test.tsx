// @vitest-environment happy-dom
import { cleanup, fireEvent, waitFor, within } from '@testing-library/react';
import { afterEach, expect, test, vi } from 'vitest';
import { ask } from '@/utils/messaging/client';
import { FakeHistoryStore } from './testing/fake-store';
import { DAY, NOW, openFollowUps, renderPopup } from './testing/render-popup';
import { recordAll } from './testing/sample-history';

vi.mock('@/utils/messaging/client', () => ({ ask: vi.fn(async () => ({ ok: true, type: 'from-background:follow-ups', due: 0 })) }));

afterEach(cleanup);

const changed = () => vi.mocked(ask).mock.calls.filter(([m]) => m.type === 'to-background:follow-ups-changed').length;

test('Done and Snooze tell the background, so the badge shows the new count', async () => {
  const store = new FakeHistoryStore();
  await recordAll(store, [
    { name: 'Ana Souza', at: NOW - 12 * DAY },
    { name: 'Kofi Mensah', at: NOW - 12 * DAY },
  ]);
  await store.setStage('linkedin.com/in/ana-souza', 'connected', NOW - 10 * DAY);
  await store.setStage('linkedin.com/in/kofi-mensah', 'connected', NOW - 8 * DAY);
  await renderPopup(store);
  const region = await openFollowUps();
  await within(region).findAllByTestId('follow-up');
  expect(changed()).toBe(0);

  fireEvent.click(within(region).getByRole('button', { name: 'Done following up with Ana Souza' }));
  await waitFor(() => expect(changed()).toBe(1));
  fireEvent.click(within(region).getByRole('button', { name: /^Snooze 3 days for Kofi Mensah/ }));
  await waitFor(() => expect(changed()).toBe(2));
});
