import { z } from 'zod';

// Bounds every stored value lies within, so nothing a message or an import brings can break a
// reader later (a time of 1e300 made the popup's date formatting throw).

/** LinkedIn opened in 2003: no send, contact or follow-up of ours is older. */
export const EARLIEST_TIME = Date.UTC(2003, 0, 1);
/** Follow-ups lie at most months ahead; a century leaves room and stays a date every API can format. */
export const LATEST_TIME = Date.UTC(2100, 0, 1);

/** Epoch milliseconds inside [EARLIEST_TIME, LATEST_TIME]. */
export const timeSchema = z
  .number({ error: 'Expected a time in epoch milliseconds.' })
  .min(EARLIEST_TIME, 'This time is before 2003, when LinkedIn opened.')
  .max(LATEST_TIME, 'This time is after the year 2100.');

/** An https address on linkedin.com (the site or www), where every send of ours happens. */
export function isLinkedInAddress(address: string): boolean {
  try {
    const url = new URL(address);
    return url.protocol === 'https:' && (url.hostname === 'www.linkedin.com' || url.hostname === 'linkedin.com');
  } catch {
    return false;
  }
}

/** The page a send happened on: a linkedin.com address. */
export const linkedInPageSchema = z.string().max(2_000).refine(isLinkedInAddress, 'Expected an https address on linkedin.com.');
