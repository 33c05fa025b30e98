import type { Page } from 'puppeteer-core';
import { INSPECT_SOURCE, type Inspection } from './inspect';

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}
interface RemoteNode {
  type: 'node';
  sharedId?: string;
  value?: { shadowRoot?: RemoteNode | null; mode?: 'open' | 'closed' };
}
type Evaluated = { type: 'success'; result: { type: string; value?: unknown } } | { type: 'exception'; exceptionDetails: unknown };

/** Custom elements, through open roots: the only hosts a closed root of ours can hang from. */
const CANDIDATE_HOSTS = `() => {
  const found = [];
  const trees = [document];
  for (let i = 0; i < trees.length; i++) {
    for (const el of trees[i].querySelectorAll('*')) {
      if (el.shadowRoot) trees.push(el.shadowRoot);
      // A root lent to an audit (lendClosedRootsToPage) shows through shadowRoot, yet is still closed.
      if (el.localName.includes('-')) found.push(el);
    }
  }
  return found;
}`;

/**
 * Answers an inspection in Firefox through WebDriver BiDi, whose serialisation reaches closed
 * shadow roots (`includeShadowTree: 'all'`): each root's shared id is handed back as an argument
 * to the query, which runs in the page's own world. The page's scripts never get them.
 */
export function bidiInspector(page: Page): (request: Inspection) => Promise<unknown> {
  const connection = (page.browser() as unknown as { connection: BidiConnection }).connection;
  const context = (page.mainFrame() as unknown as { _id: string })._id;
  const call = async (params: object) => {
    const evaluated = (await connection.send('script.callFunction', {
      target: { context },
      awaitPromise: false,
      resultOwnership: 'none',
      ...params,
    })).result as Evaluated;
    if (evaluated.type !== 'success') throw new Error(`Inspecting the page failed: ${JSON.stringify(evaluated.exceptionDetails)}`);
    return evaluated.result;
  };
  return async (request) => {
    const hosts = await call({
      functionDeclaration: CANDIDATE_HOSTS,
      serializationOptions: { maxDomDepth: 0, includeShadowTree: 'all' },
    });
    const closed = ((hosts.value as RemoteNode[] | undefined) ?? [])
      .map((host) => host.value?.shadowRoot)
      .filter((root): root is RemoteNode => root?.value?.mode === 'closed' && root.sharedId !== undefined)
      .map((root) => ({ sharedId: root.sharedId! }));
    const result = await call({
      functionDeclaration: INSPECT_SOURCE,
      arguments: [{ type: 'string', value: JSON.stringify(request) }, ...closed],
    });
    return JSON.parse(result.value as string);
  };
}
