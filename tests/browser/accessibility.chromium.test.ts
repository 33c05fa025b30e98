import { describeAccessibility } from './accessibility-suite';
import { playwrightBrowser } from './driver/playwright-driver';
import { launchWithExtension } from './harness';

// The axe-core audits in real Chromium with the production build, on a profile of their own.
describeAccessibility('Chromium, accessibility', async () => {
  const fresh = await launchWithExtension();
  return { browser: playwrightBrowser(fresh), close: () => fresh.close() };
});
