// @vitest-environment happy-dom
import { cleanup, fireEvent, render } from '@testing-library/react';
import { afterEach, expect, test, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '@/utils/settings/schema';
import { CoachSection } from './CoachSection';

afterEach(cleanup);

// The panel on LinkedIn can switch off any finding's check, the word model's outreach-wording and
// personal-wording included; the options page must list them so the person can switch them back on.
test('lists the second reading’s checks beside the rules, and switches them back on', () => {
  const update = vi.fn();
  const { container } = render(
    <CoachSection settings={{ ...DEFAULT_SETTINGS, mutedRules: ['outreach-wording'] }} update={update} />,
  );
  const box = container.querySelector<HTMLInputElement>('[data-rule="outreach-wording"] input');
  expect(box?.checked).toBe(false);
  fireEvent.click(box!);
  expect(update).toHaveBeenCalledWith({ mutedRules: [] });
  expect(container.querySelector<HTMLInputElement>('[data-rule="specific-detail"] input')?.checked).toBe(true);
  const strength = container.querySelector<HTMLInputElement>('[data-rule="personal-wording"] input');
  expect(strength?.checked).toBe(true);
  fireEvent.click(strength!);
  expect(update).toHaveBeenLastCalledWith({ mutedRules: ['outreach-wording', 'personal-wording'] });
});
