/**
 * Runs in the page (self-contained: the drivers serialise it). Returns the elements matching
 * descendant steps from `cssSteps`, where every step may also look inside shadow roots, in the
 * order a person meets them (a shadow root's content at its host's place). Open roots are found
 * through `shadowRoot`; closed ones (our UI) only if the driver passes them in `closed`, which it
 * gets from the browser's automation protocol: the page itself cannot.
 */
export function queryDeep(selectorList: string[][], closed: ShadowRoot[] = []): Element[] {
  const closedOf = new Map<Element, ShadowRoot>(closed.map((root) => [root.host, root]));
  const rootOf = (el: Element) => el.shadowRoot ?? closedOf.get(el) ?? null;
  const treesUnder = (node: Document | Element): (Document | Element | ShadowRoot)[] => {
    const trees: (Document | Element | ShadowRoot)[] = [node];
    for (let i = 0; i < trees.length; i++) {
      const tree = trees[i]!;
      const own = tree instanceof Element ? rootOf(tree) : null;
      if (own) trees.push(own);
      for (const el of tree.querySelectorAll('*')) {
        const root = rootOf(el);
        if (root) trees.push(root);
      }
    }
    return trees;
  };
  const found = new Set<Element>();
  for (const steps of selectorList) {
    let context: (Document | Element)[] = [document];
    for (const step of steps) {
      const next = new Set<Element>();
      for (const node of context) for (const tree of treesUnder(node)) for (const el of tree.querySelectorAll(step)) next.add(el);
      context = [...next];
    }
    for (const el of context) found.add(el as Element);
  }
  if (found.size < 2) return [...found];
  const ordered: Element[] = [];
  const visit = (parent: Element | Document | ShadowRoot) => {
    for (const el of parent.children) {
      if (found.has(el)) ordered.push(el);
      const root = rootOf(el);
      if (root) visit(root);
      visit(el);
    }
  };
  visit(document);
  return ordered;
}
