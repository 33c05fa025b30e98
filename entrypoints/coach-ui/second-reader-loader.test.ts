// @vitest-environment happy-dom
import { afterEach, expect, test, vi } from 'vitest';
import type { SecondReader } from '@/utils/coach/second-reader';
import { ask } from '@/utils/messaging/client';
import { bundledSecondReader } from '@/utils/coach/word-model/bundled';
import { personClicks } from '@/tests/unit/as-the-person';
import { contextPerTest } from '@/tests/unit/page-under-test';
import { plantInvitationNote } from '@/tests/unit/planted-composers';
import { startCoaching } from './coach-runtime';
import { loadSecondReader } from './second-reader-loader';

// The word model comes apart from the coaching UI, once per page. Whatever goes wrong on the way
// (the import fails, the weights do not fit their schema and the module throws, the module is not
// what we built), the coach reads with its rules alone; when it arrives, the open draft is read
// again at once, without waiting for the person's next keystroke.

vi.mock('@/utils/messaging/client', () => ({ ask: vi.fn() }));

const ctx = contextPerTest();
afterEach(() => vi.mocked(ask).mockReset());

const reader: SecondReader = (_doc, findings) => findings;

test('the module’s default export is the second reader', async () => {
  await expect(loadSecondReader(async () => ({ default: reader }))).resolves.toBe(reader);
});

test.each([
  ['the import fails', () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'))],
  ['the weights do not fit (the module throws as it loads)', () => Promise.reject(new TypeError('word model: bias: Too big'))],
  ['the module has no reader', async () => ({ default: undefined })],
  ['the module is something else', async () => ({ default: { weights: {} } })],
  ['there is no module', async () => undefined],
])('when %s, there is no second reader and the trouble is logged quietly', async (_what, load) => {
  await expect(loadSecondReader(load)).resolves.toBeUndefined();
  expect(console.debug).toHaveBeenCalledWith('[cultivate] reading with the rules alone', expect.any(Error));
});

// Rules alone: relational (one kind of praise, a specific detail). The word model: outreach wording.
const VETOED = 'Hi Ana, I read your article on open data for urban farms. I am always looking to connect with professionals in my industry and share opportunities. Let’s connect!';

/** Our shadow roots are closed; the test keeps a hand on the panel's as it is made. */
function panelRoot(): () => ShadowRoot | undefined {
  const roots: ShadowRoot[] = [];
  const attach = Element.prototype.attachShadow;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
    const root = attach.call(this, init);
    roots.push(root);
    return root;
  });
  return () => roots.find((root) => root.host.localName === 'cultivate-coach' && root.host.isConnected);
}

async function coachAnaWith(load: () => Promise<SecondReader | undefined>) {
  const panel = panelRoot();
  const { note } = plantInvitationNote('Add a note to your invitation to Ana Souza');
  note.value = VETOED;
  startCoaching(ctx(), undefined, undefined, undefined, undefined, load);
  personClicks(note);
  const verdict = () => panel()?.querySelector('[data-verdict]')?.getAttribute('data-verdict');
  await vi.waitFor(() => expect(verdict()).toBe('relational'));
  return { verdict, text: () => panel()?.textContent ?? '' };
}

test('when the second reader arrives, the open draft is read again with it, without a keystroke', async () => {
  let arrive: (reader: SecondReader) => void = () => undefined;
  const { verdict, text } = await coachAnaWith(() => new Promise((resolve) => (arrive = resolve)));
  expect(text()).not.toMatch(/reads like outreach/);

  arrive(bundledSecondReader);
  await vi.waitFor(() => expect(verdict()).toBe('needs-work'));
  expect(text()).toMatch(/Apart from one detail, this reads like outreach sent to many people\./);
});

test('without it, the rules read alone and the panel stays', async () => {
  const { verdict, text } = await coachAnaWith(async () => undefined);
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(verdict()).toBe('relational');
  expect(text()).not.toMatch(/reads like outreach/);
});
