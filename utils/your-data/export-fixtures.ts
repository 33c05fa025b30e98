import { DEFAULT_SETTINGS } from '@/utils/settings/schema';
import type { ExportFile } from './export-file';
import { analysisSummary } from '@/utils/history/test-fixtures';

// A small, valid export file for the import tests to break in one place at a time.

const AT = new Date(2026, 10, 20, 15, 30).getTime();
const DAY = 24 * 60 * 60 * 1000;

export function sampleExport(): ExportFile {
  return {
    format: 'cultivate-export',
    version: 1,
    exportedAt: '2026-11-25T10:00:00.000Z',
    settings: { ...DEFAULT_SETTINGS, weeklyNoteGoal: 4, offers: ['intros to city data teams'], why: 'To learn from people who build things' },
    contacts: [
      {
        key: 'linkedin.com/in/ana-souza',
        name: 'Ana Souza',
        headline: 'Open data for urban farms',
        profileUrl: 'https://www.linkedin.com/in/ana-souza/',
        firstContactAt: AT - 10 * DAY,
        stage: 'connected',
        lastTouchAt: AT - 10 * DAY,
        nextFollowUpAt: AT - DAY,
        howWeMet: 'Her talk at the co-op',
      },
      { key: 'linkedin.com/in/wei-zhang', name: 'Wei Zhang', firstContactAt: AT - 5 * DAY, stage: 'requested', lastTouchAt: AT - 5 * DAY },
      { key: 'name:kwame mensah', name: 'Kwame Mensah', firstContactAt: AT - 3 * DAY, stage: 'conversing', lastTouchAt: AT },
      { key: 'linkedin.com/in/yuki-tanaka', name: 'Yuki Tanaka', firstContactAt: AT, stage: 'requested', lastTouchAt: AT },
    ],
    touches: [
      {
        contactKey: 'linkedin.com/in/ana-souza',
        kind: 'invitation',
        surface: 'invitation',
        at: AT - 10 * DAY,
        note: 'Hi Ana, your talk on open data for urban farms changed how our co-op plans its beds.',
        analysis: analysisSummary('relational'),
        pageUrl: 'https://www.linkedin.com/in/ana-souza/',
      },
      { contactKey: 'linkedin.com/in/wei-zhang', kind: 'invitation', surface: 'invitation', at: AT - 5 * DAY, note: null, analysis: null, pageUrl: 'https://www.linkedin.com/search/results/people/' },
      { contactKey: 'name:kwame mensah', kind: 'message', surface: 'message', at: AT, note: 'Thanks for the timber notes, Kwame!', analysis: analysisSummary('relational'), pageUrl: 'https://www.linkedin.com/messaging/thread/2-abc/' },
      { contactKey: 'linkedin.com/in/yuki-tanaka', kind: 'invitation', surface: 'invitation', at: AT, note: 'Hi Yuki, I loved Slow Teams.', analysis: analysisSummary('relational'), pageUrl: 'https://www.linkedin.com/in/yuki-tanaka/' },
    ],
  };
}

export function sampleExportText(change: (file: Record<string, unknown>) => void = () => undefined): string {
  const file = JSON.parse(JSON.stringify(sampleExport())) as Record<string, unknown>;
  change(file);
  return JSON.stringify(file, null, 2);
}
