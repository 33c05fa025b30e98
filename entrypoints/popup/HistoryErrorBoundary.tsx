import { Component, type ReactNode } from 'react';
import { ErrorAlert } from './ErrorAlert';

/** Whatever fails below (the store not opening, a render error), the popup says so instead of going blank. */
export class HistoryErrorBoundary extends Component<{ children: ReactNode }, { error: unknown }> {
  override state: { error: unknown } = { error: undefined };

  static getDerivedStateFromError(error: unknown) {
    return { error: error ?? new Error('Unknown failure') };
  }

  override componentDidCatch(error: unknown) {
    console.error(error);
  }

  override render() {
    return this.state.error === undefined ? this.props.children : <ErrorAlert error={this.state.error} />;
  }
}
