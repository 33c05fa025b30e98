import { storage } from 'wxt/utils/storage';

/** Whether the person folded the coach away; remembered across pages and tabs. */
export const panelCollapsed = storage.defineItem<boolean>('local:panel-collapsed', {
  fallback: false,
  version: 1,
});
