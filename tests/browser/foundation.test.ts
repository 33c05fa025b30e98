import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { wrap } from './driver/playwright-driver';
import { launchWithExtension, type ExtensionSession } from './harness';

let session: ExtensionSession;

beforeAll(async () => {
  session = await launchWithExtension();
});

afterAll(async () => {
  await session?.close();
});

describe('the production build in real Chromium', () => {
  test('the coach appears beside the note when the invitation dialog reaches step two', async () => {
    const page = await session.context.newPage();
    await page.goto('https://www.linkedin.com/in/ana-souza/');
    await page.getByRole('button', { name: 'Invite Ana Souza to connect' }).click();
    await page.getByRole('button', { name: 'Add a note' }).click();

    const note = page.locator('textarea#custom-message');
    await expectVisible(note);
    // Our panel is in a closed shadow root: the test reads it through the DevTools protocol.
    const panel = { css: 'cultivate-coach [data-verdict]' };
    const scenario = wrap(page);
    await expect.poll(() => scenario.attribute(panel, 'data-verdict'), { timeout: 10_000 }).toBe('empty');

    await note.fill('Quick question: can you refer me for any openings at Horta Labs? Need a job ASAP.');
    await expect.poll(() => scenario.attribute(panel, 'data-verdict'), { timeout: 10_000 }).toBe('transactional');

    await note.fill(
      'Hi Ana, your talk on open data for urban farms changed how our co-op plans its beds. ' +
        'Happy to share our soil sensor notes if useful. How did you get the city to publish its data?',
    );
    await expect.poll(() => scenario.attribute(panel, 'data-verdict'), { timeout: 10_000 }).toBe('relational');

    // The panel lives in a closed shadow root: LinkedIn's markup cannot style it, its scripts cannot read it.
    const host = page.locator('cultivate-coach');
    expect(await host.evaluate((el) => el.shadowRoot)).toBeNull();
    expect(await page.locator('cultivate-coach [data-verdict]').count()).toBe(0);
    await page.close();
  });

  test('a page without an invitation dialog shows no coach', async () => {
    const page = await session.context.newPage();
    // Positive control, not a sleep: the check below counts only once our content script has run
    // on this page. Chromium gives an extension's content scripts their own world; an evaluation
    // queued in it answers after the script's first run there.
    const cdp = await session.context.newCDPSession(page);
    const ourWorlds: number[] = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) => {
      if (context.origin === `chrome-extension://${session.extensionId}`) ourWorlds.push(context.id);
    });
    await cdp.send('Runtime.enable');
    await page.goto('https://www.linkedin.com/feed/');
    await page.waitForLoadState('load');
    await expect.poll(() => ourWorlds.length, { timeout: 10_000 }).toBeGreaterThan(0);
    const ran = await cdp.send('Runtime.evaluate', { expression: '1 + 1', contextId: ourWorlds[0]! });
    expect(ran.result.value).toBe(2);
    expect(await page.locator('cultivate-coach').count()).toBe(0);
    await cdp.detach();

    // The same count sees our coach once a composer is there and the person clicks in it.
    await page.evaluate(() => {
      const dialog = document.createElement('div');
      dialog.setAttribute('role', 'dialog');
      const note = document.createElement('textarea');
      note.id = 'custom-message';
      const send = document.createElement('button');
      send.className = 'artdeco-button--primary';
      send.textContent = 'Send';
      dialog.append(note, send);
      document.body.append(dialog);
    });
    await page.locator('textarea#custom-message').click();
    await expect.poll(() => page.locator('cultivate-coach').count(), { timeout: 10_000 }).toBe(1);
    await page.close();
  });

  test('the background answers a typed ping and rejects a malformed message', async () => {
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/popup.html`);
    const replies = await page.evaluate(async () => {
      const runtime = (
        globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
      ).chrome.runtime;
      return [
        await runtime.sendMessage({ type: 'to-background:ping' }),
        await runtime.sendMessage({ type: 'nonsense' }),
      ];
    });
    expect(replies[0]).toMatchObject({ ok: true, name: 'Cultivate', version: '0.1.0' });
    expect(replies[1]).toMatchObject({ ok: false });
    expect((replies[1] as { error: string }).error).toMatch(/type/);
    await expectVisible(page.getByRole('heading', { name: 'Cultivate' }));
    await expectVisible(page.getByText('Version 0.1.0'));
    await page.close();
  });

  test('the background refuses what our own pages have no business sending: a send, the coach’s notes', async () => {
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/popup.html`);
    const replies = await page.evaluate(async () => {
      const runtime = (
        globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
      ).chrome.runtime;
      const send = { surface: 'invitation', recipient: { name: 'Forged' }, note: 'x', analysis: null, pageUrl: 'https://www.linkedin.com/in/forged/' };
      return [
        await runtime.sendMessage({ type: 'to-background:record-send', send }),
        await runtime.sendMessage({ type: 'to-background:coach-context', now: Date.now() }),
      ];
    });
    expect(replies).toEqual([
      { ok: false, error: "Refused: to-background:record-send is not accepted from Cultivate's own pages." },
      { ok: false, error: "Refused: to-background:coach-context is not accepted from Cultivate's own pages." },
    ]);
    await page.close();
  });

  test('the extension made no network request', async () => {
    expect(session.strayRequests).toEqual([]);
  });

  test('the network check can fail: a request from the service worker is caught', async () => {
    const before = session.strayRequests.length;
    await session.serviceWorker.evaluate(() => fetch('https://example.org/probe').catch(() => undefined));
    await expect.poll(() => session.strayRequests.length).toBe(before + 1);
    expect(session.strayRequests.at(-1)).toContain('https://example.org/probe');
    session.strayRequests.length = before;
  });
});

async function expectVisible(locator: import('playwright-core').Locator) {
  await locator.waitFor({ state: 'visible', timeout: 10_000 });
}
