import { cssSteps } from './css-steps';
import type { Inspection, Probe } from './inspect';

const TIMEOUT = 20_000;

/**
 * Reads and finds CSS targets through a driver's inspector, which reaches into every shadow root,
 * our closed ones included. Waits like Playwright's locators where a value is expected.
 */
export function deepTargets(ask: (request: Inspection) => Promise<unknown>) {
  const steps = (css: string) => cssSteps(css);
  const probe = (css: string) => ask({ op: 'probe', steps: steps(css) }) as Promise<Probe>;

  async function until<T>(css: string, what: string, read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
    const deadline = Date.now() + TIMEOUT;
    for (;;) {
      const value = await read();
      if (done(value)) return value;
      if (Date.now() > deadline) throw new Error(`Timed out after ${TIMEOUT} ms waiting for ${css} ${what}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  return {
    count: (css: string) => ask({ op: 'count', steps: steps(css) }) as Promise<number>,
    attribute: (css: string, name: string) => ask({ op: 'attribute', steps: steps(css), name }) as Promise<string | null>,
    attributes: (css: string, name: string) =>
      ask({ op: 'attributes', steps: steps(css), name }) as Promise<(string | null)[]>,
    text: (css: string) =>
      until(css, 'to have text', () => ask({ op: 'text', steps: steps(css) }) as Promise<string | null>, (t) => t !== null) as Promise<string>,
    value: (css: string) =>
      until(css, 'to have a value', () => ask({ op: 'value', steps: steps(css) }) as Promise<string | null>, (v) => v !== null) as Promise<string>,
    /**
     * The first match once a person could act on it: visible, enabled, not covered, and still in
     * the same place as at the read before (our panel follows its box one frame after it moves, so a
     * point read mid-move would send the click somewhere else).
     */
    actionable: (css: string) => {
      let last: Probe | undefined;
      const settled = (p: Probe) => {
        const same = last !== undefined && last.x === p.x && last.y === p.y;
        last = p;
        return p.actionable && same;
      };
      return until(css, 'to be visible, enabled, uncovered and still', () => probe(css), settled);
    },
    waitFor: (css: string, state: 'visible' | 'hidden') =>
      until(css, `to be ${state}`, () => probe(css), (p) => (state === 'visible' ? p.visible : !p.visible)).then(() => undefined),
    focused: () => ask({ op: 'focused' }) as Promise<string>,
    lendRoots: () => ask({ op: 'lend-roots' }) as Promise<number>,
    untrustedClick: (css: string) => ask({ op: 'untrusted-click', steps: steps(css) }) as Promise<boolean>,
  };
}
