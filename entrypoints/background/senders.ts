import type { ToBackgroundParsed } from '@/utils/messaging/protocol';

// Who may ask the background what. A content script runs inside LinkedIn's page, whose own
// scripts are untrusted: it may only record a send, say a profile shows a connection, and read
// what the coach needs. Everything
// else is for the extension's own pages (popup, options).

/** What the background needs to know of `runtime.onMessage`'s sender. */
export interface MessageSender {
  id?: string;
  url?: string;
  tab?: unknown;
}

export type SenderKind = 'linkedin-tab' | 'extension-page' | 'unknown';

type MessageType = ToBackgroundParsed['type'];

export const ALLOWED: Record<MessageType, readonly SenderKind[]> = {
  'to-background:ping': ['extension-page'],
  'to-background:record-send': ['linkedin-tab'],
  'to-background:coach-context': ['linkedin-tab'],
  'to-background:seen-connected': ['linkedin-tab'],
  /** Read only, one person: what the coach needs to read a draft to them. */
  'to-background:relationship': ['linkedin-tab'],
  'to-background:follow-ups-changed': ['extension-page'],
};

function originOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

/**
 * A content script of ours in a tab on https://www.linkedin.com/, or one of our own pages (its
 * address under `extensionBase`, `runtime.getURL('/')`); anything else is unknown.
 */
export function senderKind(sender: MessageSender, extensionId: string, extensionBase: string): SenderKind {
  if (sender.id !== extensionId || !sender.url) return 'unknown';
  if (sender.url.startsWith(extensionBase)) return 'extension-page';
  if (originOf(sender.url) === 'https://www.linkedin.com' && sender.tab !== undefined) return 'linkedin-tab';
  return 'unknown';
}

const WHERE: Record<SenderKind, string> = {
  'linkedin-tab': 'a LinkedIn page',
  'extension-page': "Cultivate's own pages",
  unknown: 'an unknown sender',
};

/** Why `type` is refused from `kind`, or undefined when it is allowed. */
export function refusal(type: unknown, kind: SenderKind): string | undefined {
  const allowed = typeof type === 'string' && Object.hasOwn(ALLOWED, type) ? ALLOWED[type as MessageType] : undefined;
  // An unknown type is left to the schema, which names the problem.
  if (!allowed || allowed.includes(kind)) return undefined;
  return `Refused: ${type as string} is not accepted from ${WHERE[kind]}.`;
}
