import { describeAccessibility } from './accessibility-suite';
import { puppeteerBrowser } from './driver/puppeteer-driver';
import { launchFirefoxWithExtension } from './harness-firefox';

// The axe-core audits in real Firefox ESR with the production build, on a profile of their own.
describeAccessibility('Firefox, accessibility', async () => {
  const fresh = await launchFirefoxWithExtension();
  return { browser: puppeteerBrowser(fresh), close: () => fresh.close() };
});
