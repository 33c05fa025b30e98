import { afterAll, beforeAll, beforeEach } from 'vitest';

/**
 * Launches a browser once for the enclosing suite. If it cannot start (not installed, no build),
 * every test fails with the reason, rather than being reported as skipped.
 */
export function launchOrFail<T extends { close(): Promise<void> }>(launch: () => Promise<T>): () => T {
  let launched: T | undefined;
  let failure: unknown;
  beforeAll(async () => {
    try {
      launched = await launch();
    } catch (error) {
      failure = error;
    }
  });
  beforeEach(() => {
    if (failure) throw failure;
  });
  afterAll(() => launched?.close());
  return () => launched!;
}
