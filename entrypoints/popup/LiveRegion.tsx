import { useCallback, useState } from 'react';

/**
 * One polite live region for the whole popup. It stays in the document from the first paint,
 * because screen readers ignore a region that appears together with its message.
 */
export function useLiveRegion() {
  const [message, setMessage] = useState('');
  const announce = useCallback((next: string) => {
    // The same words twice in a row would not be read again: vary them invisibly.
    setMessage((previous) => (previous === next ? `${next}\u00a0` : next));
  }, []);
  const region = (
    <p className="visually-hidden" aria-live="polite" data-testid="announcer">
      {message}
    </p>
  );
  return { announce, region };
}
