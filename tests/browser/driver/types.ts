// What a browser scenario needs from a browser, and nothing more, so one scenario runs in
// Chromium (Playwright) and in Firefox (a second driver) alike. Every CSS selector here reaches
// into shadow roots: LinkedIn's open ones, and our UI's closed ones, which the drivers reach
// through the browser's automation protocol (CDP, WebDriver BiDi), never through the page.
// Clicks and keys are real input (trusted events), as a person's are.

export type Target = { role: 'button' | 'link' | 'textbox' | 'menuitem'; name: string } | { css: string };

export interface ScenarioPage {
  click(target: Target): Promise<void>;
  /** Moves the pointer over the element, as a person pointing at it. */
  hover(target: { css: string }): Promise<void>;
  /** Types like a person, key by key, into the focused element or the target. */
  type(target: Target, text: string): Promise<void>;
  /** Replaces the whole text of a field at once (a paste). */
  fill(target: Target, text: string): Promise<void>;
  press(key: string): Promise<void>;
  waitFor(target: Target, state?: 'visible' | 'hidden'): Promise<void>;
  count(target: Target): Promise<number>;
  attribute(target: Target, name: string): Promise<string | null>;
  /** The attribute on every match, in document order. */
  attributes(target: { css: string }, name: string): Promise<(string | null)[]>;
  text(target: Target): Promise<string>;
  /** The current value of a form field. */
  value(target: Target): Promise<string>;
  /** Runs a function in the page's own world and returns its JSON result. */
  evaluate<T>(fn: () => T): Promise<T>;
  /** Runs script source in the page's own world (to add a library such as axe-core) and returns its JSON result. */
  evaluateScript<T>(source: string): Promise<T>;
  /** Describes the element that has focus, piercing shadow roots: tag, text, aria-label, data-testid. */
  focused(): Promise<string>;
  /**
   * What a page script could do if it ever held one of our elements: `.click()` on the first match
   * (an untrusted click). Returns whether anything matched.
   */
  scriptClick(target: { css: string }): Promise<boolean>;
  /** For an accessibility audit or a layout measurement only: lets scripts in this test page read our closed roots via `shadowRoot`. */
  lendClosedRootsToPage(): Promise<number>;
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}

export interface ScenarioBrowser {
  name: 'chromium' | 'firefox';
  /** Opens a LinkedIn address (served from the fixtures). */
  openLinkedIn(
    path: string,
    options?: { colorScheme?: 'light' | 'dark'; viewport?: { width: number; height: number } },
  ): Promise<ScenarioPage>;
  /** Opens one of the extension's own pages (popup.html, options.html). */
  openExtensionPage(file: string, options?: { colorScheme?: 'light' | 'dark' }): Promise<ScenarioPage>;
  /** Sends a message to the background from an extension page and returns the reply. */
  message(message: unknown): Promise<unknown>;
  /** Runs script source in one of the extension's own pages (its origin, so its IndexedDB) and returns its JSON result. */
  inExtension<T>(source: string): Promise<T>;
  /** Writes into the extension's storage: `sync` holds settings, `local` small UI preferences. */
  setStorage(items: Record<string, unknown>, area?: 'local' | 'sync'): Promise<void>;
  /** Empties both storage areas. */
  clearStorage(): Promise<void>;
  /** Requests that went anywhere but the LinkedIn fixtures and the extension itself. */
  strayRequests(): string[];
}
