import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import softening from '@/utils/coach/word-model/softening.json';
import weights from '@/utils/coach/word-model/weights.json';
import { readWordModel } from '@/utils/coach/word-model/model';
import { wordModelReader } from '@/utils/coach/word-model/second-reading';

// The word model's second reading, loaded by the coaching UI apart from itself (see wxt.config.ts
// and entrypoints/coach-ui/second-reader-loader.ts): its weights and code stay out of coach-ui.js,
// whose size is budgeted, and off the keystroke path. Importing it returns the second reader.
// readWordModel checks each model's weights against their schema; if they do not fit it throws, the import
// fails, and the coach reads with its rules alone.

export default defineUnlistedScript({
  // An ES module has no IIFE return value for WXT to append.
  globalName: false,
  main: () => wordModelReader({ words: readWordModel(weights), softening: readWordModel(softening) }),
});
