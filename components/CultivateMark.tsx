/** A small leaf and the name, so people know who is speaking beside LinkedIn's words. */
export function CultivateMark() {
  return (
    <span className="mark">
      <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
        <path d="M2 14C2 7 6 2 14 2c0 8-5 12-12 12Zm0 0 7-7" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
      </svg>
      Cultivate
    </span>
  );
}
