import { createContext, useContext } from 'react';
import type { HistoryStore } from '@/utils/history/api';

export interface PopupServices {
  store: HistoryStore;
  /** The clock, injectable so tests can pin "now". */
  now: () => number;
  /** Says something in the polite live region ("Marked done"). */
  announce: (message: string) => void;
}

export const ServicesContext = createContext<PopupServices | null>(null);

export function useServices(): PopupServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices outside a ServicesContext');
  return services;
}
