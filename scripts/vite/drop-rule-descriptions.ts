import type { Plugin } from 'vite';

/** The files whose `description:` lines are the options page's words for a rule or check. */
const DESCRIBED = /\/utils\/coach\/(rules\/[a-z-]+|word-model\/checks)\.ts$/;
/** `description: '…'` (or "…", or a template without placeholders), the value alone captured. */
const DESCRIPTION = /(\bdescription:\s*)('(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`[^`$\\]*`)/g;

/**
 * Rules and the second reading's checks carry one line for the options page, where a person can
 * switch them off (utils/coach/rule.ts). The coaching UI never shows it, so its build leaves it
 * empty: about 0.7 KB gzipped of words the page never reads. The options page, the CLI and the tests
 * keep every description.
 */
export function dropRuleDescriptions(): Plugin {
  return {
    name: 'cultivate:drop-rule-descriptions',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!DESCRIBED.test(id)) return undefined;
      return { code: code.replace(DESCRIPTION, "$1''"), map: null };
    },
  };
}
