import { exactTime, isDisplayableTime, relativeTime } from './relative-time';

export function RelativeTime({ at, now, prefix = '' }: { at: number; now: number; prefix?: string }) {
  return (
    <time className="when" dateTime={isDisplayableTime(at) ? new Date(at).toISOString() : undefined} title={exactTime(at)}>
      {prefix}
      {relativeTime(at, now)}
    </time>
  );
}
