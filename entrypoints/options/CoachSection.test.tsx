// @vitest-environment happy-dom
import { cleanup, fireEvent, render } from '@testing-library/react';
import { afterEach, expect, test, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '@/utils/settings/schema';
import { CoachSection } from './CoachSection';

afterEach(cleanup);

// The panel on LinkedIn can switch off any finding's check, the word model's outreach-wording
// included; the options page must list it so the person can switch it back on.
test('lists the second reading’s check beside the rules, and switches it back on', () => {
  const update = vi.fn();
  const { container } = render(
    <CoachSection settings={{ ...DEFAULT_SETTINGS, mutedRules: ['outreach-wording'] }} update={update} />,
  );
  const box = container.querySelector<HTMLInputElement>('[data-rule="outreach-wording"] input');
  expect(box?.checked).toBe(false);
  fireEvent.click(box!);
  expect(update).toHaveBeenCalledWith({ mutedRules: [] });
  expect(container.querySelector<HTMLInputElement>('[data-rule="specific-detail"] input')?.checked).toBe(true);
});
