import { exactTime, relativeTime } from './relative-time';

export function RelativeTime({ at, now, prefix = '' }: { at: number; now: number; prefix?: string }) {
  return (
    <time className="when" dateTime={new Date(at).toISOString()} title={exactTime(at)}>
      {prefix}
      {relativeTime(at, now)}
    </time>
  );
}
