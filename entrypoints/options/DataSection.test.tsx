// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { sampleExportText } from '@/utils/your-data/export-fixtures';
import { openHistoryStore } from '@/utils/history/store';
import { invitation, uniqueDatabaseName } from '@/utils/history/test-fixtures';
import { readSettings } from '@/utils/settings/store';
import { DataSection } from './DataSection';
import type { DataServices } from './data-services';
import { importHere } from './importers';

const NOW = new Date(2026, 10, 25, 10, 0).getTime();

let name: string;
const download = vi.fn<(name: string, text: string) => void>();
const followUpsChanged = vi.fn<() => void>();
let services: DataServices;

beforeEach(async () => {
  fakeBrowser.reset();
  name = uniqueDatabaseName('options-data');
  const store = await openHistoryStore({ name });
  await store.recordSend(invitation('grace-h', 'Grace Hopper', NOW - 1_000, 'Hi Grace, your compiler talk changed how I teach.'));
  store.close();
  services = {
    openStore: () => openHistoryStore({ name }),
    now: () => NOW,
    download,
    followUpsChanged,
    // The browser checks in a worker (importers.ts); happy-dom has none, so here on this thread.
    importer: () => importHere(() => openHistoryStore({ name })),
  };
  render(<DataSection services={services} />);
});
afterEach(() => {
  cleanup();
  download.mockClear();
  followUpsChanged.mockClear();
});

async function names() {
  const store = await openHistoryStore({ name });
  try {
    return (await store.recentTouches(50)).map(({ contact }) => contact.name).sort();
  } finally {
    store.close();
  }
}

function choose(text: string) {
  const input = screen.getByLabelText('Import a Cultivate export');
  fireEvent.change(input, { target: { files: [new File([text], 'export.json', { type: 'application/json' })] } });
}

describe('Your data', () => {
  test('Export everything downloads one JSON file and says what it holds', async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Export everything' }));
    await waitFor(() => expect(download).toHaveBeenCalledTimes(1));
    const [fileName, text] = download.mock.calls[0] as [string, string];
    expect(fileName).toBe('cultivate-export-2026-11-25.json');
    expect(JSON.parse(text)).toMatchObject({ format: 'cultivate-export', version: 1, contacts: [{ name: 'Grace Hopper' }] });
    expect(screen.getByTestId('export-status').textContent).toBe(
      'Exported 1 contact, 1 note and send and your settings to cultivate-export-2026-11-25.json.',
    );
  });

  test('an import shows what it will change, and writes only after Import', async () => {
    choose(sampleExportText());
    const summary = await screen.findByTestId('import-summary');
    expect(within(summary).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'add 4 new contacts',
      'replace 0 contacts with the file’s version',
      'add 4 notes and sends',
      'replace your settings (goals, offers, coach rules) with the file’s',
    ]);
    expect(await names()).toEqual(['Grace Hopper']);

    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    await waitFor(() => expect(screen.getByTestId('import-status').textContent).toMatch(/^Imported: 4 new contacts/));
    expect(await names()).toEqual(['Ana Souza', 'Grace Hopper', 'Kwame Mensah', 'Wei Zhang', 'Yuki Tanaka']);
    expect((await readSettings()).settings.why).toBe('To learn from people who build things');
    expect(followUpsChanged).toHaveBeenCalledTimes(1);
  });

  test('Cancel writes nothing', async () => {
    choose(sampleExportText());
    await screen.findByTestId('import-summary');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByTestId('import-summary')).toBeNull();
    expect(await names()).toEqual(['Grace Hopper']);
  });

  test('a bad file is refused with the path of the problem; its script is shown as text', async () => {
    choose(sampleExportText().replace('"stage": "requested"', '"stage": "<script>alert(1)</script>"'));
    const alert = await screen.findByTestId('import-error');
    expect(alert.textContent).toContain('contacts[1].stage: Invalid option: expected one of "requested"|"connected"|"conversing"');
    expect(alert.textContent).toContain('Nothing was imported');
    expect(document.querySelector('script')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Import' })).toBeNull();
    expect(await names()).toEqual(['Grace Hopper']);
  });

  test('Delete everything asks first; Cancel keeps it all, the second button deletes it all', async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Delete everything…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await names()).toEqual(['Grace Hopper']);

    fireEvent.click(screen.getByRole('button', { name: 'Delete everything…' }));
    fireEvent.keyDown(screen.getByRole('group', { name: 'Confirm deleting everything' }), { key: 'Escape' });
    expect(screen.queryByRole('button', { name: 'Yes, delete everything' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Delete everything…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, delete everything' }));
    await waitFor(() => expect(screen.getByTestId('delete-status').textContent).toMatch(/^Everything is deleted/));
    expect(await names()).toEqual([]);
    expect(followUpsChanged).toHaveBeenCalledTimes(1);
  });
});
