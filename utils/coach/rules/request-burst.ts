import { defineRule } from '../rule';
import type { Report } from '../rule';
import type { Context } from '../schema';
import { THRESHOLDS } from '../strictness';

const DAY = 24 * 60 * 60 * 1000;

/** Without counts from the caller, the history can tell, if the caller pinned "now" (the coach reads no clock). */
function sentWithin(context: Context, span: number): number | undefined {
  const { now, recentNotes } = context;
  if (now === undefined || recentNotes.length === 0) return undefined;
  return recentNotes.filter((note) => note.at > now - span && note.at <= now).length;
}

export const requestBurst = defineRule({
  id: 'request-burst',
  languageIndependent: true,
  principle: 'visibility',
  kind: 'concern',
  description: 'Many requests in a short time, or more than your own daily cap.',
  check(_doc, context) {
    const { dailyCap, strictness } = context;
    const sentLast24h = context.sentLast24h ?? sentWithin(context, DAY);
    const sentLast7d = context.sentLast7d ?? sentWithin(context, 7 * DAY);
    const { burstPerDay, burstPerWeek } = THRESHOLDS[strictness];
    const why =
      'Visibility comes from showing up steadily over weeks, not from a burst of requests in one sitting.';
    const reports: Report[] = [];
    if (dailyCap !== undefined && sentLast24h !== undefined && sentLast24h >= dailyCap) {
      reports.push({
        severity: 'warning',
        message: `You have sent ${sentLast24h} requests in the last day, at or over your own cap of ${dailyCap}.`,
        why,
        suggestion:
          'Save this one for tomorrow, and spend the time engaging with posts from people you already know.',
      });
    } else if (sentLast24h !== undefined && sentLast24h >= burstPerDay) {
      reports.push({
        severity: 'info',
        message: `${sentLast24h} requests in the last day is a lot at once.`,
        why,
        suggestion: 'Spread requests over the week; a few thoughtful ones a day go further.',
      });
    }
    if (sentLast7d !== undefined && sentLast7d >= burstPerWeek) {
      reports.push({
        severity: 'info',
        message: `${sentLast7d} requests this week: consider fewer, more personal ones.`,
        why,
        suggestion: 'Follow up with people who accepted before sending more.',
      });
    }
    return reports;
  },
});
