import 'fake-indexeddb/auto';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { HistoryStore, HistoryTransfer } from './api';
import { openHistoryStore } from './store';
import { analysisSummary, invitation, uniqueDatabaseName } from './test-fixtures';

// A release renamed 'hi-there' to 'generic-greeting' (planted here: today's map is empty). Sends
// saved or exported before it must still count for the rule under its new name.
vi.mock('@/utils/coach/rule-renames', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/utils/coach/rule-renames')>();
  const planted = new Map([['hi-there', 'generic-greeting']]);
  return {
    ...real,
    RULE_RENAMES: planted,
    currentRuleId: (id: string) => real.currentRuleId(id, planted),
    currentRuleIds: (ids: string[]) => real.currentRuleIds(ids, planted),
  };
});

const AT = new Date(2026, 10, 25, 10, 0).getTime();
const open: HistoryStore[] = [];
async function freshStore(): Promise<HistoryStore & HistoryTransfer> {
  const store = await openHistoryStore({ name: uniqueDatabaseName('renames') });
  open.push(store);
  return store;
}
afterEach(() => {
  for (const store of open.splice(0)) store.close();
});

const oldSend = invitation('ana-souza', 'Ana Souza', AT, 'Hi there, glad to connect.', {
  analysis: { ...analysisSummary('needs-work'), rules: ['hi-there', 'missing-name'] },
});

describe('saved sends after a rule is renamed', () => {
  test('the history hands them out with today’s rule ids', async () => {
    const store = await freshStore();
    const { contact } = await store.recordSend(oldSend);
    const [recent] = await store.recentTouches(10);
    expect(recent?.touch.analysis?.rules).toEqual(['generic-greeting', 'missing-name']);
    const [person] = await store.recentPeople(10);
    expect(person?.latest?.analysis?.rules).toEqual(['generic-greeting', 'missing-name']);
    expect(person?.lastNote?.analysis?.rules).toEqual(['generic-greeting', 'missing-name']);
    const [touch] = await store.timeline(contact.key, 10);
    expect(touch?.analysis?.rules).toEqual(['generic-greeting', 'missing-name']);
  });

  test('an export carries today’s ids, and a file from before the rename imports as the same records', async () => {
    const store = await freshStore();
    await store.recordSend(oldSend);
    const exported = await store.exportAll();
    expect(exported.touches[0]?.analysis?.rules).toEqual(['generic-greeting', 'missing-name']);

    const oldFile = { ...exported, touches: exported.touches.map((t) => ({ ...t, analysis: t.analysis && { ...t.analysis, rules: ['hi-there', 'missing-name'] } })) };
    expect(await store.planImport(oldFile)).toMatchObject({ newTouches: 0, knownTouches: 1 });

    const other = await freshStore();
    await other.importAll(oldFile);
    expect((await other.exportAll()).touches[0]?.analysis?.rules).toEqual(['generic-greeting', 'missing-name']);
  });
});
