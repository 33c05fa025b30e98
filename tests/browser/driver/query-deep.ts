/**
 * Runs in the page (self-contained: Puppeteer serialises it). Returns the elements matching
 * descendant steps from `cssSteps`, where every step may also look inside open shadow roots,
 * in the order a person meets them (a shadow root's content at its host's place).
 */
export function queryDeep(selectorList: string[][]): Element[] {
  const treesUnder = (node: Document | Element): (Document | Element | ShadowRoot)[] => {
    const trees: (Document | Element | ShadowRoot)[] = [node];
    for (let i = 0; i < trees.length; i++) {
      const tree = trees[i]!;
      if (tree instanceof Element && tree.shadowRoot) trees.push(tree.shadowRoot);
      for (const el of tree.querySelectorAll('*')) if (el.shadowRoot) trees.push(el.shadowRoot);
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
      if (el.shadowRoot) visit(el.shadowRoot);
      visit(el);
    }
  };
  visit(document);
  return ordered;
}
