import { wordSet } from '../text/word-set';

/** The modal verbs a request opens with: "could you", "would you", "can you", "might you". */
export const MODALS: ReadonlySet<string> = wordSet('could would can will may might');
