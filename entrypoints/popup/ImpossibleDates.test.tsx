// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { createDatabaseAt } from '@/utils/history/migrations/testing';
import { LATEST_VERSION } from '@/utils/history/migrations';
import { openHistoryStore } from '@/utils/history/store';
import { uniqueDatabaseName } from '@/utils/history/test-fixtures';
import { NOW, renderPopup } from './testing/render-popup';

vi.mock('@/utils/messaging/client', () => ({ ask: vi.fn(async () => ({ version: '0.1.0' })) }));

afterEach(cleanup);

// Records written before timestamps were bounded (by a message or an import) may hold any number.
describe('impossible dates already stored', () => {
  test.each([1e300, Number.MAX_SAFE_INTEGER, -1e300])('an `at` of %d reads "unknown date", not the error screen', async (at) => {
    const name = uniqueDatabaseName('impossible');
    const key = 'linkedin.com/in/grace-h';
    await createDatabaseAt(name, LATEST_VERSION, {
      contacts: [
        { key, name: 'Grace Hopper', nameLower: 'grace hopper', nameWords: ['grace', 'hopper'], firstContactAt: at, stage: 'connected', lastTouchAt: at, nextFollowUpAt: NOW - 1 },
      ],
      touches: [{ contactKey: key, kind: 'invitation', surface: 'invitation', at, note: 'Hi Grace', analysis: null, pageUrl: '', noteAt: at }],
    });
    const store = await openHistoryStore({ name });
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await renderPopup(store);

    const items = await screen.findAllByTestId('history-item');
    expect(items).toHaveLength(1);
    expect(items[0]!.textContent).toContain('Grace Hopper');
    expect(items[0]!.textContent).toContain('unknown date');
    expect(screen.queryByText(/Something went wrong/)).toBeNull();

    fireEvent.click(within(items[0]!).getByRole('button', { name: 'Grace Hopper' }));
    const timeline = await screen.findByTestId('timeline');
    expect((await within(timeline).findAllByTestId('timeline-touch'))[0]!.textContent).toContain('unknown date');
    expect(screen.queryByText(/Something went wrong/)).toBeNull();
    store.close();
  });
});
