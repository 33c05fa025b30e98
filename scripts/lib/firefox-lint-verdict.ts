// What addons-linter may say about the Firefox build and still pass. Each warning we accept is
// named by the code it points at (not by a chunk name, which the bundler changes freely), and the
// README ("addons-linter") says why it is safe. Anything else fails: every error, and any warning
// whose code is not one of these. Pure: the report and the built files' text in, a verdict out.

export interface LinterMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

export interface LinterReport {
  errors: LinterMessage[];
  warnings: LinterMessage[];
  notices: LinterMessage[];
}

interface KnownWarning {
  id: string;
  code: string;
  /** The built code around the place the linter points at. */
  matches: (place: { file: string; before: string; at: string }) => boolean;
}

/** How far before the flagged place to look for what names the library code. */
const LOOK_BEHIND = 200;

/**
 * The coaching UI's import of one of our own modules, at the address runtime.getURL gives for its
 * path: written in the call, or in a variable the bundler declared just before (the second minifier
 * pass writes it in double quotes).
 */
function importedByTheCoachingUi(id: string, module: string): KnownWarning {
  const path = `["'\`]/${module.replace('.', '\\.')}["'\`]`;
  return {
    id,
    code: 'UNSAFE_VAR_ASSIGNMENT',
    matches: ({ file, before, at }) => {
      const argument = /^import\([\w$]+(?:\.default)?\.runtime\.getURL\(([^()]+)\)\)/.exec(at)?.[1];
      if (file !== 'coach-ui.js' || argument === undefined) return false;
      if (new RegExp(`^${path}$`).test(argument)) return true;
      return /^[\w$]+$/.test(argument) && new RegExp(`(?:^|[^\\w$])${argument.replaceAll('$', '\\$')}=${path}`).test(before);
    },
  };
}

export const KNOWN_WARNINGS: readonly KnownWarning[] = [
  {
    // zod 4 asks once whether `Function` may build code (to compile object parsers); our pages'
    // Manifest V3 policy refuses, so the probe throws and zod parses without generated code.
    id: 'zod-eval-probe',
    code: 'DANGEROUS_EVAL',
    matches: ({ before, at }) => /^Function\((``|''|"")\)/.test(at) && before.includes('jitless'),
  },
  {
    // react-dom's path for `dangerouslySetInnerHTML`, which lint bars from our code.
    id: 'react-html-prop',
    code: 'UNSAFE_VAR_ASSIGNMENT',
    matches: ({ before, at }) => /^[\w$]+\.innerHTML=[\w$]+\)/.test(at) && before.includes('.__html'),
  },
  {
    // The watcher imports the coaching UI from our own package, at the address runtime.getURL gives.
    id: 'coach-ui-import',
    code: 'UNSAFE_VAR_ASSIGNMENT',
    matches: ({ file, at }) =>
      file === 'content-scripts/linkedin.js' && /^import\([\w$]+(\.default)?\.runtime\.getURL\(/.test(at),
  },
  // The coaching UI imports the word model, the journey aside and the one-click fixes from our own package.
  importedByTheCoachingUi('word-model-import', 'word-model.js'),
  importedByTheCoachingUi('journey-aside-import', 'journey-aside.js'),
  importedByTheCoachingUi('note-fixes-import', 'note-fixes.js'),
];

export interface Verdict {
  ok: boolean;
  errors: LinterMessage[];
  unexplained: LinterMessage[];
  /** How many warnings each known kind accounted for. */
  explained: Record<string, number>;
}

/** `readLine(file, line)` gives the text of a built file's line (1-based), or undefined. */
export function judge(report: LinterReport, readLine: (file: string, line: number) => string | undefined): Verdict {
  const explained: Record<string, number> = {};
  const unexplained: LinterMessage[] = [];
  for (const warning of report.warnings) {
    const known = knownKind(warning, readLine);
    if (known) explained[known] = (explained[known] ?? 0) + 1;
    else unexplained.push(warning);
  }
  return {
    ok: report.errors.length === 0 && unexplained.length === 0,
    errors: report.errors,
    unexplained,
    explained,
  };
}

function knownKind(
  warning: LinterMessage,
  readLine: (file: string, line: number) => string | undefined,
): string | undefined {
  const { file, line, column } = warning;
  if (file === undefined || line === undefined || column === undefined) return undefined;
  const text = readLine(file, line);
  if (text === undefined) return undefined;
  // The linter's column is 1-based and points at the start of the flagged expression.
  const start = column - 1;
  const place = { file, before: text.slice(Math.max(0, start - LOOK_BEHIND), start), at: text.slice(start) };
  return KNOWN_WARNINGS.find((known) => known.code === warning.code && known.matches(place))?.id;
}

export function describeMessage(message: LinterMessage): string {
  const where = message.file ? ` ${message.file}${message.line ? `:${message.line}:${message.column ?? 0}` : ''}` : '';
  return `${message.code}${where}: ${message.message}`;
}
