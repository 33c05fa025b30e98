import { describe, expect, test } from 'vitest';
import { analyze } from '@/utils/coach';
import { coachRelationship, recall } from './recall';
import type { Relationship } from './relationship';

const DAY = 24 * 60 * 60 * 1000;
const NOW = new Date(2026, 10, 30, 10, 0).getTime();
const read = (note: string) => analyze({ text: note });

const invited: Relationship = {
  contact: { name: 'Wei Zhang', stage: 'connected', firstContactAt: NOW - 6 * DAY, lastTouchAt: NOW - 6 * DAY, connectedAt: NOW - 2 * DAY, nextFollowUpAt: NOW - DAY },
  touches: [
    {
      kind: 'invitation',
      at: NOW - 6 * DAY,
      note: 'Hi Wei, your Harbour Post piece on flood data was a model of clear charts. Happy to share my cleaned tide-gauge dataset. How did you verify the council figures?',
      verdict: 'relational',
    },
  ],
};

describe('recalling the relationship so far', () => {
  test('what the invitation offered, quoted in the person’s own words, and that this is the first message after acceptance', () => {
    const known = recall(invited, NOW, read);
    expect(known).toMatchObject({
      offered: 'Happy to share my cleaned tide-gauge dataset',
      asked: undefined,
      followUpDue: true,
      firstMessageAfterAcceptance: true,
      last: invited.touches[0],
    });
    expect(coachRelationship(known)).toEqual({ stage: 'connected', firstMessageAfterAcceptance: true, offered: ['Happy to share my cleaned tide-gauge dataset'] });
  });

  test('what the last note asked; thanks are not an offer', () => {
    const known = recall(
      {
        contact: { name: 'Ana Souza', stage: 'requested', firstContactAt: NOW - 30 * DAY, lastTouchAt: NOW - 30 * DAY },
        touches: [{ kind: 'invitation', at: NOW - 30 * DAY, note: 'Thank you for the recommendation last week. Could we hop on a call on Friday?', verdict: 'needs-work' }],
      },
      NOW,
      read,
    );
    expect(known?.offered).toBeUndefined();
    expect(known?.asked).toBe('hop on a call on Friday');
    expect(known?.firstMessageAfterAcceptance).toBe(false);
    expect(known?.followUpDue).toBe(false);
  });

  test('someone new, or a contact with no notes', () => {
    expect(recall({ contact: null, touches: [] }, NOW, read)).toBeUndefined();
    expect(recall(undefined, NOW, read)).toBeUndefined();
    const bare = recall({ contact: { name: 'Kwame', stage: 'conversing', firstContactAt: 1, lastTouchAt: 2 }, touches: [{ kind: 'invitation', at: 1, note: null }] }, NOW, read);
    expect(bare).toMatchObject({ offered: undefined, asked: undefined, firstMessageAfterAcceptance: false });
    expect(coachRelationship(bare)).toEqual({ stage: 'conversing', firstMessageAfterAcceptance: false, offered: [] });
  });
});
