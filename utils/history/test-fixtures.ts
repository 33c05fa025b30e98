import type { Verdict } from '@/utils/coach/schema';
import type { AnalysisSummary, SendRecord } from './model';

// Realistic sends for the history's tests and benchmark.

let databases = 0;

/** A database name no other test uses, so tests sharing fake-indexeddb stay independent. */
export function uniqueDatabaseName(label: string): string {
  databases += 1;
  return `cultivate-test-${label}-${databases}`;
}

export function analysisSummary(verdict: Verdict, score = verdict === 'relational' ? 82 : 41): AnalysisSummary {
  return {
    verdict,
    score,
    principles: { give: score, relationship: score, journey: 70, visibility: 65 },
    rules: verdict === 'relational' ? ['uses-their-name', 'specific-detail'] : ['ask-before-give'],
  };
}

export function invitation(slug: string, name: string, at: number, note: string | null, extra: Partial<SendRecord> = {}): SendRecord {
  return {
    surface: 'invitation',
    recipient: { name, profileUrl: `linkedin.com/in/${slug}` },
    note,
    analysis: note === null ? null : analysisSummary('relational'),
    pageUrl: `https://www.linkedin.com/in/${slug}/`,
    at,
    ...extra,
  };
}

export function message(slug: string, name: string, at: number, note: string, extra: Partial<SendRecord> = {}): SendRecord {
  return {
    surface: 'message',
    recipient: { name, profileUrl: `linkedin.com/in/${slug}` },
    note,
    analysis: analysisSummary('relational'),
    pageUrl: 'https://www.linkedin.com/messaging/thread/2-abc/',
    at,
    ...extra,
  };
}
