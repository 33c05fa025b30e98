import { localItem } from '@/utils/local-item/local-item';

/** Whether the person folded the coach away; remembered across pages and tabs. */
export const panelCollapsed = localItem<boolean>('panel-collapsed', false);
