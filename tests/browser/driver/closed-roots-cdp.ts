import type { CDPSession, Page } from 'playwright-core';
import { INSPECT_SOURCE, type Inspection } from './inspect';

interface CdpNode {
  backendNodeId: number;
  children?: CdpNode[];
  shadowRoots?: (CdpNode & { shadowRootType?: string })[];
}

/**
 * Answers an inspection in Chromium through the DevTools protocol, which pierces closed shadow
 * roots (`DOM.getDocument` with `pierce`): the roots are resolved to objects in the page's own
 * world and handed to the query there. The page's scripts never get them.
 */
export function cdpInspector(page: Page): (request: Inspection) => Promise<unknown> {
  let session: Promise<CDPSession> | undefined;
  return async (request) => {
    session ??= page.context().newCDPSession(page);
    const cdp = await session;
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const closed: number[] = [];
    const walk = (node: CdpNode) => {
      for (const shadow of node.shadowRoots ?? []) {
        if (shadow.shadowRootType === 'closed') closed.push(shadow.backendNodeId);
        walk(shadow);
      }
      for (const child of node.children ?? []) walk(child);
    };
    walk(root);
    const objectGroup = 'cultivate-test-inspect';
    try {
      const resolve = async (backendNodeId: number) =>
        (await cdp.send('DOM.resolveNode', { backendNodeId, objectGroup })).object.objectId!;
      const documentId = await resolve(root.backendNodeId);
      const roots = await Promise.all(closed.map(resolve));
      const reply = await cdp.send('Runtime.callFunctionOn', {
        objectId: documentId,
        functionDeclaration: INSPECT_SOURCE,
        arguments: [{ value: JSON.stringify(request) }, ...roots.map((objectId) => ({ objectId }))],
        returnByValue: true,
        objectGroup,
      });
      if (reply.exceptionDetails) throw new Error(`Inspecting the page failed: ${JSON.stringify(reply.exceptionDetails)}`);
      return JSON.parse(reply.result.value as string);
    } finally {
      await cdp.send('Runtime.releaseObjectGroup', { objectGroup }).catch(() => undefined);
      // getDocument leaves the DOM agent on, reporting every change of the page to this session:
      // turn it off, or each keystroke in a test pays for it.
      await cdp.send('DOM.disable').catch(() => undefined);
    }
  };
}
