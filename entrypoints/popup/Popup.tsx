import { useEffect, useState } from 'react';
import { ask } from '@/utils/messaging/client';

export function Popup() {
  const [version, setVersion] = useState<string>();
  useEffect(() => {
    ask({ type: 'to-background:ping' }).then(
      (reply) => setVersion(reply.version),
      () => setVersion(undefined),
    );
  }, []);

  return (
    <main>
      <h1>Cultivate</h1>
      <p>
        Networking is cultivation, not harvesting. Cultivate reads your LinkedIn connection notes as you write
        them.
      </p>
      <h2>Your history</h2>
      <p className="muted" data-testid="empty-history">
        Nothing recorded yet. Open LinkedIn, choose Connect, then “Add a note”: the coach appears beside your
        note.
      </p>
      <p className="muted version">
        {version ? `Version ${version} · everything stays on this device` : 'Everything stays on this device'}
      </p>
    </main>
  );
}
