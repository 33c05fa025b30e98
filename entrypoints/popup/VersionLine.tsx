import { useEffect, useState } from 'react';
import { ask } from '@/utils/messaging/client';

export function VersionLine() {
  const [version, setVersion] = useState<string>();
  useEffect(() => {
    ask({ type: 'to-background:ping' }).then(
      (reply) => setVersion(reply.version),
      () => setVersion(undefined),
    );
  }, []);
  return (
    <p className="muted version">
      {version ? `Version ${version} · everything stays on this device` : 'Everything stays on this device'}
    </p>
  );
}
