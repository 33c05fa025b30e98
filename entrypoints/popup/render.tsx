import { StrictMode, useEffect, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { HistoryStore, RecentPerson } from '@/utils/history/api';
import { Popup, type ReadyHistory } from './Popup';

export interface FirstScreen {
  /** The history and first people, when both were read before React loaded (and painted then). */
  ready?: ReadyHistory;
  /** Called once React's first render is on the screen. */
  onShown?: () => void;
}

function Shown({ onShown, children }: { onShown?: () => void; children: ReactNode }) {
  useEffect(() => onShown?.(), [onShown]);
  return children;
}

export function renderPopup(
  root: HTMLElement,
  store: Promise<HistoryStore>,
  firstPeople: Promise<RecentPerson[]>,
  { ready, onShown }: FirstScreen = {},
): Root {
  const reactRoot = createRoot(root);
  reactRoot.render(
    <StrictMode>
      <Shown onShown={onShown}>
        <Popup store={store} firstPeople={firstPeople} ready={ready} />
      </Shown>
    </StrictMode>,
  );
  return reactRoot;
}
