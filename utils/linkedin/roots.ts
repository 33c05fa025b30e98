import { HIDDEN, SHADOW_OUTLETS } from './selectors';

/** The document and the open shadow roots LinkedIn renders dialogs into. */
export function searchRoots(doc: Document = document): ParentNode[] {
  const roots: ParentNode[] = [doc];
  for (const outlet of doc.querySelectorAll(SHADOW_OUTLETS)) {
    if (outlet.shadowRoot) roots.push(outlet.shadowRoot);
  }
  return roots;
}

export function queryAll<T extends Element>(roots: ParentNode[], selector: string): T[] {
  return roots.flatMap((root) => [...root.querySelectorAll<T>(selector)]);
}

/** Rendered and not hidden: LinkedIn keeps hidden copies of controls in the page. */
export function isShown(el: Element): boolean {
  if (!el.isConnected || el.closest(HIDDEN)) return false;
  if (typeof el.checkVisibility === 'function') return el.checkVisibility();
  return el.getClientRects().length > 0;
}

export function textOf(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function labelOf(el: Element): string {
  return el.getAttribute('aria-label') || textOf(el);
}
