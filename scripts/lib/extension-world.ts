import type { CDPSession, Page } from 'playwright-core';

/**
 * Runs code in our content script's own world (Chromium's isolated world for the extension), entered
 * from outside the page through the DevTools protocol. There, `chrome.dom.openOrClosedShadowRoot`
 * opens our closed shadow roots, as it does for the extension itself; the page's scripts still get
 * `null` from `host.shadowRoot`. A benchmark can then time our UI inside the page, on the page's
 * clock, without any hook in the production build.
 */
export interface ExtensionWorld {
  /** Evaluates an expression in the world; awaits a promise it returns; returns its JSON value. */
  evaluate<T>(expression: string): Promise<T>;
  detach(): Promise<void>;
}

interface ContextCreated {
  context: { id: number; origin: string; auxData?: { type?: string } };
}

/**
 * Attaches before the page loads (call it on a fresh page, then navigate) and resolves once the
 * main frame's content-script world of this extension exists.
 */
export async function extensionWorld(
  page: Page,
  extensionId: string,
): Promise<{ ready: Promise<ExtensionWorld> }> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const origin = `chrome-extension://${extensionId}`;
  const ready = new Promise<ExtensionWorld>((resolve) => {
    cdp.on('Runtime.executionContextCreated', ({ context }: ContextCreated) => {
      // The fixture pages have no frames: the first world of ours is the page's.
      if (context.origin !== origin || context.auxData?.type !== 'isolated') return;
      resolve({
        async evaluate<T>(expression: string) {
          const reply = await cdp.send('Runtime.evaluate', {
            expression,
            contextId: context.id,
            awaitPromise: true,
            returnByValue: true,
          });
          if (reply.exceptionDetails)
            throw new Error(`In the extension's world: ${JSON.stringify(reply.exceptionDetails)}`);
          return reply.result.value as T;
        },
        detach: () => cdp.detach(),
      });
    });
  });
  await cdp.send('Runtime.enable');
  return { ready };
}
