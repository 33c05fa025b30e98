import type { Stage, TouchKind } from '@/utils/history/model';

export const STAGE_WORDS: Record<Stage, string> = {
  requested: 'Requested',
  connected: 'Connected',
  conversing: 'In conversation',
};

export const KIND_WORDS: Record<TouchKind, string> = {
  invitation: 'Connection request',
  message: 'Message',
  'follow-up': 'Follow-up',
};
