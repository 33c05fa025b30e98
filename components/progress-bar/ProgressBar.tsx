import './progress-bar.css';

export interface ProgressBarProps {
  /** Names the bar for assistive technology, e.g. "Personal notes this week". */
  label: string;
  value: number;
  max: number;
  /** Read instead of the bare numbers, e.g. "3 of 5". */
  valueText: string;
}

/** A bar that fills toward a target; past the target it stays full and says so in its text. */
export function ProgressBar({ label, value, max, valueText }: ProgressBarProps) {
  const share = max > 0 ? Math.min(1, value / max) : 0;
  return (
    <div
      className="progress-bar"
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={max}
      aria-valuenow={Math.min(value, max)}
      aria-valuetext={valueText}
    >
      <div
        className="progress-bar__fill"
        style={{ width: `${share * 100}%` }}
        data-complete={share >= 1 || undefined}
      />
    </div>
  );
}
