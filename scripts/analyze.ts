import '../utils/zod-english';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { text as readAll } from 'node:stream/consumers';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { DEFAULT_LIMIT, type DraftInput } from '../utils/coach/schema';
import { checkDraft } from './lib/check-draft';
import { analyzeWithModel } from './lib/coach-with-model';
import { explain, formatExplanation } from './lib/explain';
import { analyzeJsonLine } from './lib/jsonl';
import { formatReport } from './lib/report';

const USAGE = `Usage: npm run --silent analyze -- [options] [note]

Reads a connection-request note (the argument, or standard input) and prints the coach's report.

Options:
  --limit N      the note's character limit (default ${DEFAULT_LIMIT})
  --name NAME    the recipient's name
  --explain      also print, per note, the words behind each strength and what moved the
                 verdict (with --jsonl: an "explanation" field on each line)
  --jsonl        read one JSON draft a line from standard input
                 ({"text": ..., "recipient"?: {...}, "surface"?: ..., "limit"?: n}) and write
                 one Analysis as JSON a line, in order; a bad line gets {"error": "line N: ..."}
  --help         print this help
`;

class UsageError extends Error {}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandLine(argv);
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (values.jsonl) {
    if (positionals.length > 0 || values.limit !== undefined || values.name !== undefined) {
      throw new UsageError(
        '--jsonl reads everything from standard input: give no note, --limit or --name with it.',
      );
    }
    return analyzeLines(values.explain ?? false);
  }
  return analyzeOneNote(positionals, values.limit, values.name, values.explain ?? false);
}

function parseCommandLine(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        limit: { type: 'string' },
        name: { type: 'string' },
        jsonl: { type: 'boolean' },
        explain: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

async function analyzeOneNote(
  positionals: string[],
  limit: string | undefined,
  name: string | undefined,
  withExplanation: boolean,
): Promise<number> {
  if (limit !== undefined && !/^\d+$/.test(limit))
    throw new UsageError(`--limit takes a whole number, not "${limit}".`);
  const text = positionals.length > 0 ? positionals.join(' ') : await readNoteFromStdin();
  const draft: DraftInput = { text };
  if (limit !== undefined) draft.limit = Number(limit);
  if (name !== undefined) draft.recipient = { name };
  const checked = checkDraft(draft);
  if (!checked.ok) throw new UsageError(z.prettifyError(checked.error));

  const color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
  const { analysis, reading } = analyzeWithModel(draft);
  process.stdout.write(formatReport(analysis, text, { color }));
  if (withExplanation) process.stdout.write(formatExplanation(explain(analysis, text, reading)));
  return 0;
}

async function readNoteFromStdin(): Promise<string> {
  if (process.stdin.isTTY) throw new UsageError('No note: give it as an argument or on standard input.');
  // `echo note | analyze` adds a newline the writer never typed.
  return (await readAll(process.stdin)).replace(/\r?\n$/, '');
}

async function analyzeLines(withExplanation: boolean): Promise<number> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let lineNumber = 0;
  let coachFailures = 0;
  for await (const line of lines) {
    lineNumber += 1;
    const result = analyzeJsonLine(
      lineNumber === 1 ? line.replace(/^\uFEFF/, '') : line,
      lineNumber,
      analyzeWithModel,
      {
        explain: withExplanation,
      },
    );
    if (result.coachFailed) coachFailures += 1;
    if (!process.stdout.write(`${result.json}\n`)) await once(process.stdout, 'drain');
  }
  if (coachFailures > 0) {
    process.stderr.write(`analyze: the coach threw on ${coachFailures} line(s); see the error lines.\n`);
    return 1;
  }
  return 0;
}

// A reader that stops early (`| head`) is not a failure.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      process.stderr.write(`analyze: ${error.message}\nRun with --help for usage.\n`);
      process.exitCode = 2;
    } else {
      process.stderr.write(
        `analyze: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
      process.exitCode = 1;
    }
  },
);
