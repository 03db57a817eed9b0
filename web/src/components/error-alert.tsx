import { errorMessage } from '@/lib/api-client';

interface ErrorAlertProps {
  title?: string;
  error: unknown;
}

/** Shows why something failed, using the API's problem detail as is. */
export function ErrorAlert({ title = 'Something went wrong', error }: ErrorAlertProps) {
  return (
    <div className="alert alert--error" role="alert">
      <strong className="alert__title">{title}</strong>
      <p className="alert__detail">{errorMessage(error)}</p>
    </div>
  );
}
