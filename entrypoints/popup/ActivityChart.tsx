import type { WeekActivity } from '@/utils/history/api';
import { weekTotal } from './activity-reading';

// Hand-written SVG rather than a chart package: twelve stacked bars are a few dozen lines, cost the
// popup no dependency or bundle weight, and stay fully accessible (a role="img" summary plus a real
// table) instead of whatever a library's canvas or generated markup would offer.

const WIDTH = 336;
const PLOT_TOP = 6;
const PLOT_BOTTOM = 84;
const HEIGHT = 104;
const BAR = 16;
/** Low counts should not fill the chart: a week of 2 requests is a short bar. */
const MIN_SCALE = 4;

const weekDate = new Intl.DateTimeFormat('en', { month: 'short', day: 'numeric' });

export const SERIES = [
  { key: 'requests', label: 'Requests', className: 'chart-requests' },
  { key: 'messages', label: 'Messages', className: 'chart-messages' },
  { key: 'followUps', label: 'Follow-ups', className: 'chart-follow-ups' },
] as const;

export function formatWeek(weekStart: number): string {
  return weekDate.format(weekStart);
}

export function ActivityChart({ weeks, summary }: { weeks: WeekActivity[]; summary: string }) {
  const slot = WIDTH / Math.max(1, weeks.length);
  const scale = (PLOT_BOTTOM - PLOT_TOP) / Math.max(MIN_SCALE, ...weeks.map(weekTotal));
  const current = weeks.length - 1;

  return (
    <svg
      className="activity-chart"
      role="img"
      aria-label={summary}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width="100%"
      preserveAspectRatio="xMidYMid meet"
    >
      <rect
        className="chart-current"
        x={current * slot + 1}
        y={0}
        width={slot - 2}
        height={PLOT_BOTTOM + 2}
        rx={4}
      />
      <line className="chart-axis" x1={0} x2={WIDTH} y1={PLOT_BOTTOM + 0.5} y2={PLOT_BOTTOM + 0.5} />
      {weeks.map((week, i) => {
        const x = i * slot + (slot - BAR) / 2;
        if (weekTotal(week) === 0) {
          return (
            <rect
              key={week.weekStart}
              className="chart-empty"
              x={x}
              y={PLOT_BOTTOM - 2}
              width={BAR}
              height={2}
            />
          );
        }
        let top = PLOT_BOTTOM;
        return (
          <g key={week.weekStart}>
            {SERIES.map(({ key, className }) => {
              const height = week[key] * scale;
              if (height === 0) return null;
              top -= height;
              return <rect key={key} className={className} x={x} y={top} width={BAR} height={height} />;
            })}
          </g>
        );
      })}
      {weeks.length > 1 && (
        <text className="chart-label" x={0} y={HEIGHT - 4}>
          {formatWeek(weeks[0]!.weekStart)}
        </text>
      )}
      <text className="chart-label chart-label--current" x={WIDTH} y={HEIGHT - 4} textAnchor="end">
        This week
      </text>
    </svg>
  );
}
