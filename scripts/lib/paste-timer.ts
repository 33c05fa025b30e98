import { analyze, MAX_TEXT_LENGTH } from '../../utils/coach';
import { bundledSecondReader } from '../../utils/coach/word-model/bundled';
import { makePaste } from './paste';

// Run by the benchmark in a child process, so a paste the coach takes minutes over can be stopped:
//   tsx scripts/lib/paste-timer.ts BYTES SEED RUNS BUDGET_MS
// Prints {"bytes","chars"} then one {"ms"} line per run as it finishes; stops early once BUDGET_MS is spent.

const [bytes, seed, runs, budgetMs] = process.argv.slice(2).map(Number);
if (!bytes || seed === undefined || !runs || !budgetMs) throw new Error('usage: paste-timer.ts BYTES SEED RUNS BUDGET_MS');

const text = makePaste(bytes, seed);
if (text.length > MAX_TEXT_LENGTH) throw new Error('The paste is longer than the contract allows.');
console.log(JSON.stringify({ bytes: Buffer.byteLength(text), chars: text.length }));
const options = { secondReader: bundledSecondReader };
analyze({ text: makePaste(1_000, seed) }, {}, options);

let spent = 0;
for (let run = 0; run < runs && spent < budgetMs; run += 1) {
  const start = performance.now();
  analyze({ text }, {}, options);
  const ms = performance.now() - start;
  spent += ms;
  console.log(JSON.stringify({ ms }));
}
