import { openSettings } from './open-settings';

/** The way to goals, the coach's checks and your data, from the popup's header. */
export function SettingsButton() {
  return (
    <button type="button" className="icon-button" onClick={openSettings} data-testid="open-settings">
      <svg aria-hidden="true" width="16" height="16" viewBox="0 0 16 16">
        <path
          fill="currentColor"
          d="M6.9 1h2.2l.4 1.9 1.2.5 1.6-1.1 1.6 1.6-1.1 1.6.5 1.2 1.9.4v2.2l-1.9.4-.5 1.2 1.1 1.6-1.6 1.6-1.6-1.1-1.2.5-.4 1.9H6.9l-.4-1.9-1.2-.5-1.6 1.1-1.6-1.6 1.1-1.6-.5-1.2L1 9.1V6.9l1.9-.4.5-1.2-1.1-1.6 1.6-1.6 1.6 1.1 1.2-.5zM8 5.5a2.5 2.5 0 1 0 0 5 2.5 2.5 0 0 0 0-5z"
        />
      </svg>
      Settings
    </button>
  );
}
