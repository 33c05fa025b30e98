import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { explain, formatExplanation } from '../../scripts/lib/explain';
import { analyzeWithModel } from '../../scripts/lib/coach-with-model';
import { formatReport, quote } from '../../scripts/lib/report';
import { analyze } from '../../utils/coach';
import { analysisSchema, type Analysis } from '../../utils/coach/schema';
import { readWordModel } from '../../utils/coach/word-model/model';
import { secondReading, type SecondReading } from '../../utils/coach/word-model/second-reading';

// The real script, spawned as a person would run it; each spawn pays tsx's start-up.

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const SPAWN_TIMEOUT = 30_000;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runAnalyze(args: string[], stdin = ''): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/analyze.ts', ...args], {
      cwd: REPO,
      env: { ...process.env, NO_COLOR: '1' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

const outputLines = (run: Run) => run.stdout.split('\n').slice(0, -1);
const ASK = "Hi there, I'm expanding my network. Do you have 15 minutes for a quick call this week?";
const GERMAN = 'Hallo Anna, ich habe deinen Vortrag über Tracing gesehen und fand ihn sehr gut. Bis bald!';
const GOOD = 'Hi Dana, your talk at PyCon on typing legacy code changed how my team reviews. Thank you!';

function expectReportOf(stdout: string, text: string, analysis: Analysis) {
  expect(stdout).toContain(`Verdict: ${analysis.verdict}`);
  const principle = (p: keyof Analysis['principles']) => `${p} ${analysis.principles[p] ?? '–'}`;
  expect(stdout).toContain(
    `Principles: ${principle('give')}  ${principle('relationship')}  ${principle('journey')}  ${principle('visibility')}`,
  );
  for (const finding of analysis.findings) {
    expect(stdout).toContain(finding.message);
    expect(stdout).toContain(finding.why);
    const words = finding.range && quote(text, finding.range);
    if (words) expect(stdout).toContain(words);
    if (finding.suggestion) expect(stdout).toContain(finding.suggestion);
  }
}

describe('npm run analyze', { timeout: SPAWN_TIMEOUT }, () => {
  it('prints a plain-text report for a note given as an argument', async () => {
    const run = await runAnalyze([ASK]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const analysis = analyze({ text: ASK });
    expect(analysis.findings.length).toBeGreaterThan(0);
    expectReportOf(run.stdout, ASK, analysis);
    expect(run.stdout).not.toContain('\u001b[');
  });

  it('reads the note from standard input, with --limit and --name', async () => {
    const run = await runAnalyze(['--limit', '200', '--name', 'Dana Smith'], `${GOOD}\n`);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const analysis = analyze({ text: GOOD, limit: 200, recipient: { name: 'Dana Smith' } });
    expect(run.stdout).toContain(`length ${GOOD.length}/200`);
    expectReportOf(run.stdout, GOOD, analysis);
  });

  it('gives a note it cannot read no score, in the report and in --jsonl', async () => {
    const run = await runAnalyze([GERMAN]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toContain('Verdict: unread   score none');
    expect(run.stdout).toContain('Principles: give –  relationship –  journey –  visibility –');
    const jsonl = await runAnalyze(['--jsonl'], JSON.stringify({ text: GERMAN }));
    const line = JSON.parse(jsonl.stdout) as Record<string, unknown>;
    expect(line).toMatchObject({ verdict: 'unread', principles: {} });
    expect(line).not.toHaveProperty('score');
  });

  it('prints usage for --help, and exits 2 on a usage error', async () => {
    const help = await runAnalyze(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--jsonl');

    const unknown = await runAnalyze(['--frobnicate', 'hi']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('--frobnicate');

    const badLimit = await runAnalyze(['--limit', 'lots', 'hi']);
    expect(badLimit.code).toBe(2);
    expect(badLimit.stderr).toContain('--limit');
  });

  it('--jsonl writes one Analysis a line, in input order, equal to analyze()', async () => {
    const drafts = [
      { text: ASK },
      { text: GOOD, recipient: { name: 'Dana Smith' }, limit: 200 },
      { text: '' },
      { text: 'Thanks for the intro!', surface: 'message' as const },
    ];
    const run = await runAnalyze(['--jsonl'], drafts.map((d) => JSON.stringify(d)).join('\n'));
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const lines = outputLines(run).map((line) => analysisSchema.parse(JSON.parse(line)));
    expect(lines).toEqual(drafts.map((draft) => analyzeWithModel(draft).analysis));
  });

  it('--explain shows the words behind each strength and the weights that moved the verdict', async () => {
    const text = `${GOOD} Could we hop on a quick call sometime?`;
    const analysis = analyze({ text });
    const strengths = analysis.findings.filter((f) => f.kind === 'strength');
    const concerns = analysis.findings.filter((f) => f.kind === 'concern');
    expect(strengths.length).toBeGreaterThan(0);
    expect(concerns.length).toBeGreaterThan(0);

    const run = await runAnalyze(['--explain', text]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const why = run.stdout.slice(run.stdout.indexOf('Why this verdict:'));
    expect(why.length).toBeGreaterThan('Why this verdict:'.length);
    for (const strength of strengths) expect(why).toContain(`“${text.slice(...strength.range!)}”`);
    for (const concern of concerns)
      expect(why).toMatch(new RegExp(`\\+\\d+(\\.\\d+)?  ${concern.rule} \\(${concern.severity}\\)`));
    expect(why).toContain(`→ ${analysis.verdict}`);
    // Without --explain the report is as before.
    expect((await runAnalyze([text])).stdout).not.toContain('Why this verdict');

    const jsonl = await runAnalyze(['--jsonl', '--explain'], JSON.stringify({ text }));
    const line = JSON.parse(jsonl.stdout) as Record<string, unknown>;
    expect(line).toMatchObject({
      ...analysis,
      explanation: { unread: false, weighing: { verdict: analysis.verdict } },
    });
  });

  it('reads as the extension does, rules then the word model, and --explain says what the model did', async () => {
    const text =
      "Hi Omar, I work in fleet leasing in Leeds and really admire what you've built at Northway Couriers. Would be great to connect with fellow logistics people.";
    expect(analyze({ text }).verdict).toBe('relational');
    const run = await runAnalyze(['--explain', text]);
    expect(run.stdout).toMatch(/^Verdict: needs-work/);
    expect(run.stdout).toContain('[relationship · outreach-wording · warning]');
    expect(run.stdout).toContain('Second reading (the word model');
    expect(run.stdout).toMatch(/pulled toward outreach by “connect”/);
    const jsonl = await runAnalyze(['--jsonl', '--explain'], JSON.stringify({ text }));
    expect(JSON.parse(jsonl.stdout)).toMatchObject({
      verdict: 'needs-work',
      explanation: { secondReading: { change: 'vetoed', pulledBy: expect.arrayContaining(['connect']) } },
    });
  });

  it('--jsonl answers a bad line with an error on that line and carries on', async () => {
    const input = [
      JSON.stringify({ text: GOOD }),
      '{"text": "unterminated',
      JSON.stringify({ text: 42 }),
      '',
      JSON.stringify({ text: ASK, label: 'transactional', note: 'corpus lines carry extra keys' }),
    ].join('\r\n');
    const run = await runAnalyze(['--jsonl'], `${input}\n`);
    expect(run.code).toBe(0);
    const lines = outputLines(run).map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toHaveLength(5);
    expect(lines[0]).toEqual(analyze({ text: GOOD }));
    expect(lines[1]).toEqual({ error: expect.stringMatching(/^line 2: not valid JSON/) });
    expect(lines[2]).toEqual({
      error: expect.stringMatching(/^line 3: .*expected string, received number.*text/),
    });
    expect(lines[3]).toEqual({ error: expect.stringMatching(/^line 4: blank line/) });
    expect(lines[4]).toEqual(analyze({ text: ASK }));
  });
});

describe('formatReport', () => {
  const text = 'Hi there, can we hop on a quick call?';
  // Hand-set findings and scores over a real analysis, so fields the report does not print stay current.
  const analysis: Analysis = {
    ...analyze({ text }),
    verdict: 'needs-work',
    score: 41.6,
    principles: { give: 30, relationship: 55, journey: 40, visibility: 80 },
    length: text.length,
    limit: 300,
    language: 'en',
    findings: [
      {
        rule: 'uses-a-question',
        principle: 'relationship',
        kind: 'strength',
        severity: 'info',
        message: 'You ask a real question',
        why: 'Questions invite a reply.',
      },
      {
        rule: 'early-ask',
        principle: 'give',
        kind: 'concern',
        severity: 'warning',
        message: 'An ask before any give',
        why: 'A call request from a stranger reads as a transaction.',
        range: [26, 36],
        suggestion: 'Offer something first.',
      },
    ],
  };

  it('lists the scores and puts concerns first, quoting their words', () => {
    const report = formatReport(analysis, text, { color: false });
    expect(report).toContain('Verdict: needs-work   score 42/100   length 37/300');
    expect(report).toContain('give 30  relationship 55  journey 40  visibility 80');
    expect(report.indexOf('An ask before any give')).toBeLessThan(report.indexOf('You ask a real question'));
    expect(report).toContain('“quick call”');
    expect(report).toContain('Why: A call request from a stranger reads as a transaction.');
    expect(report).toContain('Try: Offer something first.');
    expect(report).not.toContain('\u001b[');
  });

  it('prints the same advice once, quoting every place it applies', () => {
    const [strength, ask] = analysis.findings;
    if (!strength || !ask) throw new Error('fixture changed');
    const twice: Analysis = { ...analysis, findings: [ask, { ...ask, range: [17, 23] }, strength] };
    const report = formatReport(twice, text, { color: false });
    expect(report.split('An ask before any give')).toHaveLength(2);
    expect(report).toContain('“quick call”, “hop on”');
  });

  it('says when the note is in a language the coach cannot read', () => {
    expect(formatReport({ ...analysis, language: 'other' }, text, { color: false })).toContain('Not English');
    expect(formatReport({ ...analysis, language: 'en' }, text, { color: false })).not.toContain(
      'Not English',
    );
  });

  it('colours only when asked', () => {
    expect(formatReport(analysis, text, { color: true })).toContain('\u001b[');
  });

  it('quotes a long range on one line, cut without splitting an emoji', () => {
    const long = `${'a'.repeat(30)}\n\n${'b'.repeat(47)}👋🏽 and more`;
    expect(quote(long, [0, long.length])).toBe(`“${'a'.repeat(30)} ${'b'.repeat(47)}…”`);
    expect(quote(long, [0, 10])).toBe(`“${'a'.repeat(10)}”`);
    expect(quote(long, [3, 3])).toBeUndefined();
  });
});

describe('explain', () => {
  it('quotes every strength and counts each rule once, in the weighing analyze() used', () => {
    const text =
      'Hi Dana, your talk at PyCon on typing legacy code changed how my team reviews. How did you pick the first module? Thank you!';
    const analysis = analyze({ text });
    const explanation = explain(analysis, text);
    expect(explanation.weighing.verdict).toBe(analysis.verdict);
    const strengthRules = [
      ...new Set(analysis.findings.filter((f) => f.kind === 'strength').map((f) => f.rule)),
    ];
    expect(explanation.strengths.map((s) => s.rule)).toEqual(strengthRules);
    for (const finding of analysis.findings.filter((f) => f.kind === 'strength'))
      expect(explanation.strengths.find((s) => s.rule === finding.rule)?.evidence).toContain(
        text.slice(...finding.range!),
      );
    expect(explanation.weighing.weights.map((w) => w.rule)).toEqual(
      [...new Set(analysis.findings.map((f) => f.rule))].sort((a, b) => {
        const kind = (rule: string) =>
          analysis.findings.find((f) => f.rule === rule)?.kind === 'concern' ? 0 : 1;
        return kind(a) - kind(b);
      }),
    );
  });

  it('weighs the strengths a pitch hides, so the weighing agrees with the verdict', () => {
    // A warm detail beside a pitch: the praise is hidden, but it was weighed ("nearly there").
    const text =
      'Hi Sam, your talk on night-shift fatigue at the Leeds safety day was excellent. Our rota app cuts overtime by 20% for crews like yours.';
    const { analysis, reading } = analyzeWithModel({ text });
    expect(analysis.findings.every((f) => f.kind === 'concern')).toBe(true);
    expect(reading?.findings.some((f) => f.kind === 'strength')).toBe(true);
    expect(explain(analysis, text, reading).weighing.verdict).toBe(analysis.verdict);
  });

  it('quotes the words that lifted as the evidence for the second reading’s strength', () => {
    // "Owe ya": the rules read "owe you" as shared context, and the strength here must be the model's alone.
    const model = readWordModel({ version: 1, bias: 0, weights: { 'owe ya': 6, beer: 2 } });
    const text = 'Hi Dana, I still owe ya a beer from the Okinawa reunion. Safe travels home.';
    let reading: SecondReading | undefined;
    const analysis = analyze({ text }, {}, {
      secondReader: (doc, findings, strictness, muted) => {
        reading = secondReading(doc, findings, strictness, { words: model }, muted, true);
        return reading.findings;
      },
    });
    expect(reading?.change).toBe('recognised');
    const strength = explain(analysis, text, reading).strengths.find((s) => s.rule === 'personal-wording');
    expect(strength?.evidence).toEqual(['owe ya', 'beer']);
  });

  it('prints the softening model’s reading and says what softening and easing changed', () => {
    const readWith = (text: string, words: ReturnType<typeof readWordModel>, softening?: ReturnType<typeof readWordModel>) => {
      let reading: SecondReading | undefined;
      const analysis = analyze({ text }, {}, {
        secondReader: (doc, findings, strictness, muted) => {
          reading = secondReading(doc, findings, strictness, softening ? { words, softening } : { words }, muted, true);
          return reading.findings;
        },
      });
      return formatExplanation(explain(analysis, text, reading));
    };
    // The words lean to outreach (0.27); the softening model reads "the kids" as something real (0.73).
    const ask = 'Hey Mike, good to see another corpsman from 2nd Med on here. Could you introduce me to your head of procurement for the kids? Trade';
    const softened = readWith(
      ask,
      readWordModel({ version: 1, bias: 0, weights: { trade: -1 } }),
      readWordModel({ version: 1, bias: -1.5, weights: { 'the kids': 2.5 } }),
    );
    expect(softened).toContain('reads something real beside the ask with probability 0.73');
    expect(softened).toContain('to the softening model, like something real beside an ask');
    expect(softened).toContain('→ needs-work');
    // One warning, in words unmistakably personal: shown at info.
    const eased = readWith(
      'Hi Dana, the free first-aid class at the Legion is Saturday, only 6 spots left. I still owe ya a beer from Okinawa.',
      readWordModel({ version: 1, bias: 0, weights: { 'owe ya': 6, beer: 6 } }),
    );
    expect(eased).toContain('one warning about what the note says');
    expect(eased).toContain('→ relational');
  });

  it('names what keeps a note from relational, and says when the words were not read', () => {
    const text = 'Hi {firstName}, your talk at PyCon on typing legacy code changed how my team reviews.';
    const explanation = explain(analyze({ text }), text);
    expect(explanation.weighing.blockedBy).toContain('unfilled-placeholder');
    expect(formatExplanation(explanation)).toContain(
      'never relational while these stand: unfilled-placeholder',
    );

    const unread = explain(analyze({ text: GERMAN }), GERMAN);
    expect(unread.unread).toBe(true);
    expect(formatExplanation(unread)).toContain('did not read them');
    expect(formatExplanation(unread)).not.toContain('What moved the verdict');
  });
});
