// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, expect, test, vi } from 'vitest';
import { analyze } from '@/utils/coach';
import { asThePerson } from '@/tests/unit/as-the-person';
import type { Analysis } from '@/utils/coach/schema';
import { CoachPanel } from './CoachPanel';

afterEach(cleanup);

const NOTE = 'Hi there, I am expanding my network. Could we hop on a quick call this week about our services?';

function panel(analysis: Analysis) {
  return (
    <CoachPanel
      analysis={analysis}
      text={NOTE}
      collapsed={false}
      theme="light"
      onCollapsedChange={vi.fn()}
      onDismiss={vi.fn()}
      onMute={vi.fn()}
    />
  );
}

/** The person's own click, inside React's act() as testing-library's events are. */
const personClicks = (el: Element) => fireEvent(el, asThePerson(new MouseEvent('click', { bubbles: true, cancelable: true })));

const firstFix = () => screen.getByRole('heading', { name: 'The one thing to fix' }).parentElement!;

test('a finding dismissed with its menu open leaves the next finding’s menu closed', () => {
  const analysis = analyze({ text: NOTE, surface: 'invitation' });
  const { rerender } = render(panel(analysis));
  const [first, second] = analysis.findings.filter((f) => f.kind === 'concern');
  expect(second).toBeDefined();
  personClicks(within(firstFix()).getByRole('button', { name: `Options: ${first!.message}` }));
  expect(within(firstFix()).getByRole('button', { name: `Dismiss for this note: ${first!.message}` })).toBeTruthy();

  // The first finding is gone (dismissed): the one now first shows its ⋯ button, closed.
  rerender(panel({ ...analysis, findings: analysis.findings.filter((f) => f !== first) }));
  const menu = within(firstFix()).getByRole('button', { name: `Options: ${second!.message}` });
  expect(menu.getAttribute('aria-expanded')).toBe('false');
  expect(within(firstFix()).queryByRole('button', { name: /^Dismiss for this note/ })).toBeNull();
});

test('checks that state a fact have no "Turn off this check"', () => {
  const analysis = analyze({ text: 'Hi {firstName}, glad to connect.', surface: 'invitation' });
  render(panel(analysis));
  const placeholder = analysis.findings.find((f) => f.rule === 'unfilled-placeholder');
  expect(placeholder).toBeDefined();
  for (const menu of screen.getAllByRole('button', { name: /^Options: / })) personClicks(menu);
  expect(screen.getAllByRole('button', { name: `Dismiss for this note: ${placeholder!.message}` }).length).toBeGreaterThan(0);
  expect(screen.queryAllByRole('button', { name: `Turn off this check everywhere: ${placeholder!.message}` })).toEqual([]);
});
