/** Words a person can act on for a storage failure; the technical detail stays in the console. */
export function describeError(error: unknown): string {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  switch (name) {
    case 'StorageFullError':
    case 'QuotaExceededError':
      return 'Your browser’s storage is full, so Cultivate cannot read or save your history. Free some disk space, then open Cultivate again.';
    case 'VersionError':
      return 'Your history was saved by a newer version of Cultivate. Update the extension to see it.';
    case 'InvalidStateError':
    case 'UnknownError':
    case 'OpenError':
      return 'Cultivate could not open your history. Close and reopen the browser, then try again.';
    default:
      return 'Something went wrong reading your history. Close the popup and try again.';
  }
}
