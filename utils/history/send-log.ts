// Kept so the content script's imports keep working; import from './api' instead.
export type { CoachHistory } from './api';
