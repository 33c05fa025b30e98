// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, screen } from '@testing-library/react';
import { afterEach, expect, test, vi } from 'vitest';
import { renderPopup } from '@/entrypoints/popup/testing/render-popup';
import { sampleExportText } from './export-fixtures';
import { openHistoryStore } from '@/utils/history/store';
import { uniqueDatabaseName } from '@/utils/history/test-fixtures';
import { parseImport } from './transfer';

vi.mock('@/utils/messaging/client', () => ({ ask: vi.fn(async () => ({ version: '0.1.0' })) }));

afterEach(cleanup);

// A hostile file may be well-formed: its strings are then only text, stored and shown as written.
test('script and markup in an imported name and note are shown as text in the popup, never run or parsed', async () => {
  const name = '<script>window.__owned = true</script><img src=x onerror="window.__owned = true">';
  const note = '<b>bold?</b> <a href="javascript:alert(1)">link</a>';
  const parsed = parseImport(
    sampleExportText((file) => {
      const [contact] = file.contacts as { name: string }[];
      const [touch] = file.touches as { note: string }[];
      contact!.name = name;
      touch!.note = note;
    }),
  );
  if (!parsed.ok) throw new Error(parsed.error);
  const store = await openHistoryStore({ name: uniqueDatabaseName('hostile') });
  await store.importAll(parsed.file);

  await renderPopup(store);
  const items = await screen.findAllByTestId('history-item');
  const hostile = items.find((item) => item.textContent?.includes('<script>'));
  expect(hostile?.textContent).toContain(name);
  expect(hostile?.textContent).toContain('<b>bold?</b>');
  expect(document.querySelector('#root script, [data-testid="history-item"] script, [data-testid="history-item"] img, [data-testid="history-item"] b')).toBeNull();
  expect(document.querySelector('a[href^="javascript:"]')).toBeNull();
  expect((window as unknown as { __owned?: boolean }).__owned).toBeUndefined();
  store.close();
});
