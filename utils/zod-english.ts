import { z } from 'zod/mini';
import en from 'zod/v4/locales/en.js';

// zod/mini carries no words of its own. Pages that show zod's words to a person (the options page:
// a settings field repaired, an import line refused) import this module for the same English as
// classic zod's; classic zod (the command line, the background) sets it up itself. The coaching UI
// does not: nothing there shows a schema's words, and they would cost it 1.3 KB gzipped.
z.config(en());
