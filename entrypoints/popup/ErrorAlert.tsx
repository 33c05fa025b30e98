import { describeError } from './describe-error';

export function ErrorAlert({ error, doing }: { error: unknown; doing?: string }) {
  return (
    <p className="error-alert" role="alert">
      {doing ? `${doing}: ` : ''}
      {describeError(error)}
    </p>
  );
}
