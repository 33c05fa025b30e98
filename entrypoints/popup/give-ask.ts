import type { Touch } from '@/utils/history/model';

// Rule ids from utils/coach/rules: strengths that give something to the reader, and concerns that
// take something from them. give-ask.test.ts checks each id against the coach's registry.
export const GIVE_RULES = [
  'offers-value',
  'own-offer-used',
  'genuine-question',
  'specific-detail',
  'shared-context',
  'long-term-intent',
] as const;
export const ASK_RULES = ['ask-before-give', 'sales-pitch', 'job-seeking', 'false-urgency'] as const;

const gives = new Set<string>(GIVE_RULES);
const asks = new Set<string>(ASK_RULES);

export interface GiveAskBalance {
  gave: number;
  asked: number;
}

/** Counts touches, not findings: a note that gives twice still counts once. */
export function giveAskBalance(touches: readonly Touch[]): GiveAskBalance {
  let gave = 0;
  let asked = 0;
  for (const touch of touches) {
    const rules = touch.analysis?.rules ?? [];
    if (rules.some((id) => gives.has(id))) gave++;
    if (rules.some((id) => asks.has(id))) asked++;
  }
  return { gave, asked };
}

function times(n: number): string {
  return n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`;
}

export function describeBalance({ gave, asked }: GiveAskBalance): string {
  if (gave === 0 && asked === 0)
    return 'Your notes to this person neither gave nor asked anything the coach could read.';
  if (asked === 0) return `You gave ${times(gave)} and never asked.`;
  if (gave === 0)
    return `You asked ${times(asked)} and have not given yet: offer something before the next ask.`;
  const sentence = `You gave ${times(gave)} and asked ${times(asked)}.`;
  return asked > gave ? `${sentence} Give a little more before the next ask.` : sentence;
}
