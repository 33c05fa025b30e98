/**
 * Runs `scan` at once when the page changes after a quiet spell (so a dialog that just opened is
 * coached without delay), and at most once per `intervalMs` while it keeps changing (so a busy
 * feed costs little). `later` is a setTimeout that stops when the content script is invalidated.
 */
export function scanScheduler(scan: () => void, intervalMs: number, later: (fn: () => void, ms: number) => unknown) {
  let lastRun = -Infinity;
  let pending = false;
  const run = () => {
    pending = false;
    lastRun = performance.now();
    scan();
  };
  return () => {
    if (pending) return;
    const wait = lastRun + intervalMs - performance.now();
    if (wait <= 0) return run();
    pending = true;
    later(run, wait);
  };
}
