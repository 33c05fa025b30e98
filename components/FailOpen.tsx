import { Component, type ReactNode } from 'react';
import { logDebug } from '@/utils/log';

/** If anything of ours throws while rendering, show nothing and leave the page as it was. */
export class FailOpen extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: unknown) {
    logDebug('panel failed', error);
  }

  override render() {
    return this.state.failed ? null : this.props.children;
  }
}
