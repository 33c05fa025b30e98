// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import type { Recall } from '@/utils/journey/recall';
import { RelationshipMemory } from './RelationshipMemory';

afterEach(cleanup);

const DAY = 24 * 60 * 60 * 1000;
const NOW = new Date(2026, 10, 30, 10, 0).getTime();
const accepted: Recall = {
  at: NOW,
  contact: { name: 'Wei Zhang', stage: 'connected', firstContactAt: NOW - 6 * DAY, lastTouchAt: NOW - 6 * DAY, connectedAt: NOW - 2 * DAY, howWeMet: 'PyCon sprint, flood maps table' },
  last: { kind: 'invitation', at: NOW - 6 * DAY, note: 'Hi Wei… Happy to share my dataset.', verdict: 'relational' },
  offered: 'Happy to share my dataset',
  asked: undefined,
  followUpDue: false,
  firstMessageAfterAcceptance: true,
};

describe('the memory line', () => {
  test('the first message after acceptance: who accepted when, and what the invitation offered, as a reminder', () => {
    render(<RelationshipMemory known={accepted} surface="message" who="Wei" now={NOW} theme="light" />);
    expect(screen.getByTestId('offer-reminder').textContent).toBe('Your note offered “Happy to share my dataset”: this is a good moment to send it.');
    expect(screen.getByRole('complementary', { name: 'What you know of Wei' }).textContent).toContain('Wei accepted your invitation 2 days ago.');
    expect(screen.getByRole('complementary').textContent).toContain('How you met: “PyCon sprint, flood maps table”.');
  });

  test('writing again later: when they last wrote, how it read, what it offered and asked, a follow-up due', () => {
    render(
      <RelationshipMemory
        known={{ ...accepted, contact: { ...accepted.contact, stage: 'requested', howWeMet: undefined }, firstMessageAfterAcceptance: false, asked: 'a quick call', followUpDue: true }}
        surface="invitation"
        who="Wei"
        now={NOW}
        theme="dark"
      />,
    );
    expect(screen.queryByTestId('offer-reminder')).toBeNull();
    expect(screen.getByRole('complementary').textContent).toBe(
      'You last wrote 6 days ago (your invitation): it read as a relationship. Your note offered “Happy to share my dataset”. It asked “a quick call”. A follow-up is due.',
    );
  });
});
