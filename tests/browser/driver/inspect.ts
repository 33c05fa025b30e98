import { queryDeep } from './query-deep';

/** What a driver asks of the elements a CSS target names, shadow roots (closed ones too) included. */
export type Inspection =
  | { op: 'count'; steps: string[][] }
  | { op: 'attribute' | 'attributes'; steps: string[][]; name: string }
  | { op: 'text' | 'value' | 'untrusted-click'; steps: string[][] }
  | { op: 'probe'; steps: string[][] }
  | { op: 'focused' }
  | { op: 'lend-roots' };

/** Where the first match is, if anything matches, and whether a person could act on it now. */
export interface Probe {
  found: boolean;
  /** Inside a closed shadow root: only real input at its place reaches it. */
  closed: boolean;
  visible: boolean;
  actionable: boolean;
  /** The element itself (or something inside it) is what a pointer at (x, y) would hit now. */
  receives: boolean;
  x: number;
  y: number;
}

/**
 * Runs in the page's own world (self-contained: the drivers serialise it with `queryDeep`), given
 * the page's closed shadow roots, which only the automation protocol can hand over.
 */
export function inspect(query: typeof queryDeep, closed: ShadowRoot[], request: Inspection): unknown {
  if (request.op === 'focused') {
    const closedOf = new Map<Element, ShadowRoot>(closed.map((root) => [root.host, root]));
    let el: Element | null = document.activeElement;
    for (;;) {
      const root = el && (el.shadowRoot ?? closedOf.get(el));
      if (!root?.activeElement) break;
      el = root.activeElement;
    }
    if (!el) return '';
    const label = el.getAttribute('aria-label') ?? '';
    const testid = el.getAttribute('data-testid') ?? '';
    return `${el.tagName.toLowerCase()}|${(el.textContent ?? '').trim().slice(0, 80)}|${label}|${testid}`;
  }
  if (request.op === 'lend-roots') {
    // For an accessibility audit in a test page only: axe reads shadow roots through `shadowRoot`.
    for (const root of closed) Object.defineProperty(root.host, 'shadowRoot', { configurable: true, get: () => root });
    return closed.length;
  }
  const all = query(request.steps, closed);
  const first = all[0] as HTMLElement | undefined;
  switch (request.op) {
    case 'count':
      return all.length;
    case 'attribute':
      return first ? first.getAttribute(request.name) : null;
    case 'attributes':
      return all.map((el) => el.getAttribute(request.name));
    case 'text':
      return first ? first.innerText : null;
    case 'value':
      return first ? (first as HTMLInputElement).value : null;
    case 'untrusted-click':
      first?.click();
      return Boolean(first);
    case 'probe': {
      if (!first) return { found: false, closed: false, visible: false, actionable: false, receives: false, x: 0, y: 0 };
      let root = first.getRootNode();
      let inClosed = false;
      while (root instanceof ShadowRoot) {
        if (closed.includes(root)) inClosed = true;
        root = root.host.getRootNode();
      }
      if (inClosed) first.scrollIntoView({ block: 'center', inline: 'center' });
      const box = first.getBoundingClientRect();
      const visible = box.width > 0 && box.height > 0 && getComputedStyle(first).visibility !== 'hidden';
      const disabled = (first as HTMLButtonElement).disabled === true;
      const x = box.x + box.width / 2;
      const y = box.y + box.height / 2;
      // Pointer input is sent to a point: one outside the viewport (a panel still settling after a
      // scroll) would be refused by the browser, so such an element is not yet one a person can act on.
      const inView = x >= 0 && y >= 0 && x < innerWidth && y < innerHeight;
      // A click sent to a point lands on whatever is drawn there: something covering the element, or
      // a panel that moved after this read, would take it instead.
      const own = first.getRootNode() as Document | ShadowRoot;
      const hit = inView ? own.elementFromPoint(x, y) : null;
      const receives = hit !== null && (hit === first || first.contains(hit));
      const actionable = visible && !disabled && (!inClosed || (inView && receives));
      return { found: true, closed: inClosed, visible, actionable, receives, x, y };
    }
  }
}

/**
 * The source of a function `(requestJson, ...closedRoots) => resultJson` for a protocol call
 * (CDP's Runtime.callFunctionOn, BiDi's script.callFunction) in the page's own world.
 */
export const INSPECT_SOURCE = `function (requestJson, ...closed) {
  const query = ${queryDeep.toString()};
  const inspect = ${inspect.toString()};
  return JSON.stringify(inspect(query, closed, JSON.parse(requestJson)) ?? null);
}`;
