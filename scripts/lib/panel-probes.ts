// Functions the browser benchmark runs inside the page, in our content script's world (see
// extension-world.ts): they read our closed roots with `chrome.dom.openOrClosedShadowRoot`. Each is
// self-contained, as it is sent as source text.

declare const chrome: { dom: { openOrClosedShadowRoot(host: Element): ShadowRoot | null } };

export interface PanelTiming {
  noteAt?: number;
  panelAt?: number;
}

/**
 * Records when LinkedIn's note appears and when our panel first shows a verdict a person can see
 * (in the page's `performance.now()`): every mutation of the page and of our root is checked, and
 * each frame, since the panel's popover can appear without a mutation.
 */
export function watchNoteToPanel(noteSelector: string): void {
  const timing: PanelTiming = {};
  (globalThis as unknown as { __panelTiming: PanelTiming }).__panelTiming = timing;
  let watchedRoot: ShadowRoot | null = null;
  const check = () => {
    if (timing.noteAt === undefined && document.querySelector(noteSelector))
      timing.noteAt = performance.now();
    if (timing.noteAt === undefined || timing.panelAt !== undefined) return;
    const host = document.querySelector('cultivate-coach');
    const root = host && chrome.dom.openOrClosedShadowRoot(host);
    if (root && root !== watchedRoot) {
      watchedRoot = root;
      panelObserver.observe(root, { childList: true, subtree: true, attributes: true });
    }
    const verdict = root?.querySelector('[data-verdict]');
    if (verdict && verdict.getClientRects().length > 0) {
      timing.panelAt = performance.now();
      pageObserver.disconnect();
      panelObserver.disconnect();
    }
  };
  const pageObserver = new MutationObserver(check);
  const panelObserver = new MutationObserver(check);
  pageObserver.observe(document.documentElement, { childList: true, subtree: true });
  const everyFrame = () => {
    check();
    if (timing.panelAt === undefined) requestAnimationFrame(everyFrame);
  };
  requestAnimationFrame(everyFrame);
}

/** Resolves with the note → panel time once the panel has shown (or rejects after `timeoutMs`). */
export function noteToPanelDone(timeoutMs: number): Promise<number> {
  const timing = (globalThis as unknown as { __panelTiming: PanelTiming }).__panelTiming;
  const start = performance.now();
  return new Promise((resolve, reject) => {
    const wait = () => {
      if (timing.panelAt !== undefined && timing.noteAt !== undefined)
        resolve(timing.panelAt - timing.noteAt);
      else if (performance.now() - start > timeoutMs)
        reject(new Error(`no panel: ${JSON.stringify(timing)}`));
      else setTimeout(wait, 20);
    };
    wait();
  });
}

export interface KeystrokeSample {
  /** From the input event to the panel's commit: the coach's reading and React's render. */
  input: number;
  /** The animation frame's work after it (the marks' redraw and the panel's placement). */
  frame: number;
}

/**
 * Types the first `count` characters of `text` into the note, one more at a time, as an input event each (LinkedIn's own
 * listeners hear it too), and times our work for each: the input's handling, which ends when React
 * has committed the panel, plus the work in the next animation frame, where the marks are redrawn.
 * Idle time waiting for the frame, and other tasks of the page, are not counted. Checks at the end that the panel and the marks are
 * there, so a broken build cannot pass for a fast one.
 */
export async function typeAndTime(
  noteSelector: string,
  text: string,
  count: number,
): Promise<KeystrokeSample[]> {
  const note = document.querySelector<HTMLTextAreaElement>(noteSelector)!;
  const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
  const nextTask = () =>
    new Promise<number>((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(null);
    });
  const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
  const samples: KeystrokeSample[] = [];
  if (count > text.length) throw new Error('the text is shorter than the keystrokes');
  for (let i = 0; i < count; i++) {
    // Out of any frame's work, so the input's task does not include a frame's layout and paint.
    await frame();
    await nextTask();
    let before = 0;
    // Registered before the input, so it runs before the frame callbacks the input schedules.
    requestAnimationFrame(() => (before = performance.now()));
    setValue.call(note, text.slice(0, i + 1));
    const t0 = performance.now();
    note.dispatchEvent(new Event('input', { bubbles: true }));
    // React renders and commits the panel in a microtask queued during the event; this one is
    // queued after it, so it ends our input work without counting the page's later tasks.
    const inputEnd = await new Promise<number>((resolve) => queueMicrotask(() => resolve(performance.now())));
    await nextTask();
    const after = await frame().then(() => performance.now());
    samples.push({ input: inputEnd - t0, frame: Math.max(0, after - before) });
  }
  const panel = chrome.dom.openOrClosedShadowRoot(document.querySelector('cultivate-coach')!);
  const marks = chrome.dom.openOrClosedShadowRoot(document.querySelector('cultivate-marks')!);
  if (!panel?.querySelector('[data-verdict]')) throw new Error('no verdict in the panel after typing');
  if (!marks?.querySelector('mark')) throw new Error('no words marked in the note after typing');
  return samples;
}

/**
 * Keeps the page busy like the busy-feed fixture: about 1,000 nodes a second added and removed
 * (whole 49-node posts, the oldest dropped so 30 stay) and counters changed, outside the dialog.
 */
export function startChurn(): void {
  const feed = document.createElement('section');
  feed.setAttribute('aria-label', 'Busy feed');
  (document.querySelector('main') ?? document.body).append(feed);
  let seq = 0;
  const post = () => {
    const card = document.createElement('div');
    card.className = 'artdeco-card feed-shared-update-v2';
    for (let i = 0; i < 16; i++) {
      const outer = document.createElement('span');
      const inner = document.createElement('span');
      inner.textContent = `post ${seq} line ${i}`;
      outer.append(inner);
      card.append(outer);
    }
    seq++;
    return card;
  };
  setInterval(() => {
    feed.prepend(post());
    while (feed.children.length > 30) feed.lastElementChild!.remove();
    const counters = feed.querySelectorAll('span > span');
    for (let k = 0; k < 8 && counters.length; k++)
      counters[(Math.random() * counters.length) | 0]!.textContent = String(seq + k);
  }, 49);
}
