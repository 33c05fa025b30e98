/** The browser refused to store more: the person has to free space, retrying will not help. */
export class StorageFullError extends Error {
  override name = 'StorageFullError';

  constructor(options?: ErrorOptions) {
    super(
      "Your browser's storage for Cultivate is full, so this change to your history was not saved. " +
        'Free some disk space on this computer, then try again.',
      options,
    );
  }
}

function errorName(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : undefined;
}

/** An Error that says what failed; a full disk becomes a StorageFullError. */
export function describeFailure(action: string, error: unknown): Error {
  if (error instanceof StorageFullError) return error;
  if (errorName(error) === 'QuotaExceededError') return new StorageFullError({ cause: error });
  const reason = error instanceof Error ? error.message || error.name : String(error);
  return new Error(`Could not ${action}: ${reason}`, { cause: error });
}
