import type { PageSend } from '@/utils/messaging/protocol';

// The limits of `pageSendSchema` (utils/history/model.ts and the coach's recipient schema),
// applied by the sender: a send longer than the history keeps is shortened, not refused.

const RECIPIENT_TEXT = 2_000;
const NOTE = 20_000;
const PAGE_URL = 2_000;
const RULES = 100;
const RULE_ID = 100;

const clip = (text: string, max: number) => (text.length > max ? text.slice(0, max) : text);

export function clipSend(send: PageSend): PageSend {
  const recipient: PageSend['recipient'] = {};
  for (const [field, value] of Object.entries(send.recipient) as [keyof PageSend['recipient'], string | undefined][]) {
    if (value !== undefined) recipient[field] = clip(value, RECIPIENT_TEXT);
  }
  return {
    ...send,
    recipient,
    note: send.note === null ? null : clip(send.note, NOTE),
    pageUrl: clip(send.pageUrl, PAGE_URL),
    analysis: send.analysis && { ...send.analysis, rules: send.analysis.rules.slice(0, RULES).map((rule) => clip(rule, RULE_ID)) },
  };
}
