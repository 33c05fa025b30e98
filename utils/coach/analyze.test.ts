import { describe, expect, test } from 'vitest';
import { analyze, analysisSchema, CoachInputError, registry, type DraftInput } from './index';

const relational =
  'Hi Ana, loved your KubeCon talk on eBPF tracing. How did you keep the overhead down in production? Would love to keep in touch.';
const transactional =
  'Hi {firstName}, our platform helps companies like yours generate more leads. Can we hop on a quick call this week?';
const generic = 'Hi, I would like to connect with you.';

function verdictOf(text: string, extra: Partial<DraftInput> = {}) {
  return analyze({ text, ...extra }).verdict;
}

describe('verdicts', () => {
  test.each([
    ['', 'empty'],
    ['  \n\t ', 'empty'],
    [relational, 'relational'],
    [transactional, 'transactional'],
    ["I'd like to add you to my professional network on LinkedIn.", 'transactional'],
    ['Hi there, I am expanding my network with like-minded professionals.', 'transactional'],
    [generic, 'needs-work'],
    ['Congrats on the new job, Sam! Loved your call-out in the post about on-call rotations.', 'relational'],
    [
      "Hi Raj, I'd love to hear how you approached the Postgres migration — happy to share our runbook.",
      'relational',
    ],
    ['Hi Maria, I am between jobs. Are you hiring? Could you refer me ASAP?', 'transactional'],
  ])('%j is %s', (text, verdict) => {
    expect(verdictOf(text)).toBe(verdict);
  });

  test('an ask after a give in a personal note stays gentle', () => {
    const text =
      'Hi Noor, your post on ward staffing ratios was spot on; I put together a rota template that might be useful. Open to a quick chat some time?';
    expect(['relational', 'needs-work']).toContain(verdictOf(text));
  });
});

describe('findings', () => {
  test('are ordered by impact: concerns first, errors before warnings, then by position', () => {
    const { findings } = analyze({ text: transactional });
    const kinds = findings.map((finding) => finding.kind);
    expect(kinds.indexOf('strength') === -1 || kinds.lastIndexOf('concern') < kinds.indexOf('strength')).toBe(
      true,
    );
    const rank = { error: 0, warning: 1, info: 2 };
    const concerns = findings.filter((finding) => finding.kind === 'concern');
    for (let index = 1; index < concerns.length; index++) {
      const [before, after] = [concerns[index - 1], concerns[index]];
      if (!before || !after) continue;
      expect(rank[before.severity]).toBeLessThanOrEqual(rank[after.severity]);
      if (before.severity === after.severity && before.range && after.range) {
        expect(before.range[0]).toBeLessThanOrEqual(after.range[0]);
      }
    }
    expect(findings[0]).toMatchObject({ rule: 'unfilled-placeholder', severity: 'error' });
  });

  test('every range lies inside the text and quotes words', () => {
    for (const text of [
      relational,
      transactional,
      'I’d like to add you to my professional\nnetwork on LinkedIn 🙂',
    ]) {
      for (const finding of analyze({ text }).findings) {
        if (!finding.range) continue;
        const [start, end] = finding.range;
        expect(start).toBeGreaterThanOrEqual(0);
        expect(end).toBeLessThanOrEqual(text.length);
        expect(start).toBeLessThan(end);
        expect(text.slice(start, end).trim()).toBe(text.slice(start, end));
      }
    }
  });

  test('a note that reads as a transaction is praised for nothing, even where it names their work', () => {
    const detail = 'Hi Wen, your keynote on cold-chain logistics at FoodTech Lisbon was excellent.';
    const pitch = `${detail} We sell route software that cuts fuel costs by 30%. Could we book a demo this week?`;
    const warm = analyze({ text: detail });
    expect(warm.verdict).toBe('relational');
    expect(warm.findings.some((f) => f.rule === 'specific-detail')).toBe(true);
    const sold = analyze({ text: pitch });
    expect(sold.verdict).toBe('transactional');
    expect(sold.findings.length).toBeGreaterThan(0);
    expect(sold.findings.filter((f) => f.kind === 'strength')).toEqual([]);
    // A note that only needs work keeps its praise: what works is worth keeping.
    const mixed = analyze({ text: `${detail} Could we hop on a call sometime?` });
    expect(mixed.verdict).toBe('needs-work');
    expect(mixed.findings.some((f) => f.kind === 'strength')).toBe(true);
  });

  test('a note that needs work because it pitches shows no praise, and its verdict does not change', () => {
    const hooked = analyze({
      text: 'Hi Wen, your keynote on cold-chain logistics at FoodTech Lisbon was excellent. We sell route software for grocers.',
    });
    expect(hooked.verdict).toBe('needs-work');
    expect(hooked.findings.some((f) => f.rule === 'sales-pitch' && f.severity === 'error')).toBe(true);
    expect(hooked.findings.filter((f) => f.kind === 'strength')).toEqual([]);
  });

  test('a compliment that opens a job search shows no praise, unless the note also gives something', () => {
    const search = analyze({
      text: "Hi Nadia, your work leading the formulary committee at St. Brendan's is impressive. I'm currently exploring clinical pharmacist roles in the area.",
    });
    expect(search.verdict).toBe('needs-work');
    expect(search.findings.some((f) => f.rule === 'job-seeking' && f.severity === 'warning')).toBe(true);
    expect(search.findings.filter((f) => f.kind === 'strength')).toEqual([]);
    const giving = analyze({
      text: "Hi Nadia, your work leading the formulary committee at St. Brendan's is impressive, and I shared your antibiotic stewardship checklist with our residents. I'm currently exploring clinical pharmacist roles in the area.",
    });
    expect(giving.findings.some((f) => f.rule === 'offers-value')).toBe(true);
    expect(giving.findings.some((f) => f.rule === 'specific-detail')).toBe(true);
  });

  test('the output always fits the schema', () => {
    for (const text of ['', relational, transactional, 'x'.repeat(5000)]) {
      expect(() => analysisSchema.parse(analyze({ text }))).not.toThrow();
    }
  });
});

describe('consistency', () => {
  const samples = [
    relational,
    transactional,
    generic,
    'Hi Sam, great post on AI. Know anyone for our sales role?',
    'Hi Ana, hope you are well.',
    'Loved the KubeCon keynote!',
    'Hey! Let’s connect.',
    'Congrats on the new role!',
    'Dear Sir/Madam, kindly accept.',
  ];

  test.each(samples)('%j: a verdict short of relational names at least one concern', (text) => {
    const analysis = analyze({ text });
    if (analysis.verdict === 'needs-work' || analysis.verdict === 'transactional') {
      expect(analysis.findings.some((finding) => finding.kind === 'concern')).toBe(true);
    }
    if (analysis.verdict === 'relational') {
      expect(
        analysis.findings.some((finding) => finding.kind === 'concern' && finding.severity === 'error'),
      ).toBe(false);
      expect(analysis.findings.some((finding) => finding.kind === 'strength')).toBe(true);
    }
  });
});

describe('scores', () => {
  test('stay within 0-100 and follow the verdict', () => {
    const good = analyze({ text: relational });
    const bad = analyze({ text: transactional });
    for (const analysis of [good, bad, analyze({ text: '' })]) {
      expect(analysis.score).toBeGreaterThanOrEqual(0);
      expect(analysis.score).toBeLessThanOrEqual(100);
      for (const value of Object.values(analysis.principles)) {
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThanOrEqual(100);
      }
    }
    expect(good.score).toBeGreaterThan(bad.score ?? 100);
    expect(bad.principles.relationship).toBeLessThan(good.principles.relationship ?? 0);
  });

  test('a principle the note says nothing about has no score; visibility comes only from history', () => {
    const text = 'Hi Ana, loved your KubeCon talk on eBPF tracing.';
    const alone = analyze({ text });
    expect(alone.principles.visibility).toBeUndefined();
    expect(alone.principles.journey).toBeUndefined();
    expect(alone.principles.relationship).toBeGreaterThan(70);
    const withHistory = analyze({ text }, { sentLast24h: 40, sentLast7d: 40, now: 1 });
    expect(withHistory.principles.visibility).toBeLessThan(70);
    expect(analyze({ text }, { sentLast24h: 1, sentLast7d: 5 }).principles.visibility).toBe(70);
  });

  test('a note in another language has no score and no principle scores', () => {
    const analysis = analyze({
      text: 'Hallo Anna, ich habe deinen Vortrag über Tracing gesehen und fand ihn sehr gut. Lass uns in Kontakt bleiben.',
    });
    expect(analysis.verdict).toBe('unread');
    expect(analysis.score).toBeUndefined();
    expect(analysis.principles).toEqual({});
    expect(() => analysisSchema.parse(analysis)).not.toThrow();
  });

  test('report length and limit', () => {
    expect(analyze({ text: 'abc', limit: 200 })).toMatchObject({ length: 3, limit: 200 });
  });
});

describe('muted rules', () => {
  test('are dropped and do not affect the score', () => {
    const text = 'Hi Ana, loved your talk on tracing. You have an impressive profile!';
    const loud = analyze({ text });
    const quiet = analyze({ text }, { mutedRules: ['generic-flattery'] });
    expect(loud.findings.some((finding) => finding.rule === 'generic-flattery')).toBe(true);
    expect(quiet.findings.some((finding) => finding.rule === 'generic-flattery')).toBe(false);
    expect(quiet.score).toBeGreaterThanOrEqual(loud.score ?? 100);
  });

  test('muting every concern leaves only strengths', () => {
    const mutedRules = registry.filter((rule) => rule.kind === 'concern').map((rule) => rule.id);
    const { findings } = analyze({ text: transactional }, { mutedRules });
    expect(findings.every((finding) => finding.kind === 'strength')).toBe(true);
  });
});

describe('strictness', () => {
  const selfish =
    'I am a data engineer and I love my job. I think we would get on and I would like to connect with you.';

  test('shifts thresholds modestly', () => {
    const rulesAt = (strictness: 'gentle' | 'balanced' | 'strict') =>
      analyze({ text: selfish }, { strictness }).findings.map((finding) => finding.rule);
    expect(rulesAt('strict')).toContain('self-focused');
    expect(rulesAt('gentle')).not.toContain('self-focused');
  });

  test('never turns a clearly good note bad', () => {
    expect(analyze({ text: relational }, { strictness: 'strict' }).verdict).toBe('relational');
    expect(analyze({ text: transactional }, { strictness: 'gentle' }).verdict).toBe('transactional');
  });
});

describe('text it must survive', () => {
  test('emoji keep ranges on the right words', () => {
    const text = '🎉🎉 Hi there 👋🏽 congrats on the launch!';
    const greeting = analyze({ text }).findings.find((finding) => finding.rule === 'generic-greeting');
    expect(greeting?.range && text.slice(...greeting.range)).toBe('Hi there');
  });

  test('right-to-left text with an English ask', () => {
    const text = 'שלום דנה, can we hop on a quick call?';
    const ask = analyze({ text }).findings.find((finding) => finding.rule === 'ask-before-give');
    expect(ask?.range && text.slice(...ask.range)).toBe('a quick call');
  });

  test('Arabic-only text does not crash or nag about phrases', () => {
    const analysis = analyze({ text: 'مرحبا سارة، قرأت مقالك عن الطاقة الشمسية وأعجبني كثيرا.' });
    expect(analysis.findings.every((finding) => !finding.range || finding.range[1] <= 60)).toBe(true);
  });

  test('phrases match across line breaks and curly quotes', () => {
    const text = 'I’d like to add you to my professional\r\nnetwork on LinkedIn';
    expect(analyze({ text }).findings[0]?.rule).toBe('default-boilerplate');
  });

  test('first messages have no 300-character limit unless one is given', () => {
    const text = `Thanks for connecting, Ana! ${'Your talk on tracing was great. '.repeat(12)}`;
    const rules = (limit?: number) =>
      analyze({ text, surface: 'message', ...(limit ? { limit } : {}) }).findings.map(
        (finding) => finding.rule,
      );
    expect(rules()).not.toContain('over-limit');
    expect(rules(300)).toContain('over-limit');
  });
});

describe('scale', () => {
  // How fast is measured by `npm run bench` (1 MB paste), not asserted here: the machines are shared.
  test('a 100,000-character paste is read whole: its length and its findings', () => {
    const text = 'Hi Dana, quick call this week? {firstName} loved your talk.\n'
      .repeat(1_700)
      .slice(0, 100_000);
    const analysis = analyze({ text });
    expect(analysis.length).toBe(100_000);
    expect(analysis.findings.map((finding) => finding.rule)).toEqual(
      expect.arrayContaining(['over-limit', 'unfilled-placeholder']),
    );
  });

  test('a megabyte paste: reads the start, reports the whole length', () => {
    const text = `Hi {firstName}, ${'loved your talk. '.repeat(60_000)}`.slice(0, 1_000_000);
    const analysis = analyze({ text });
    expect(analysis.length).toBe(1_000_000);
    expect(analysis.findings.find((finding) => finding.rule === 'over-limit')?.range).toEqual([
      300, 1_000_000,
    ]);
    expect(analysis.findings[0]?.rule).toBe('unfilled-placeholder');
  });
});

describe('input errors', () => {
  test.each([
    [null, 'draft'],
    [{ text: 42 }, 'text'],
    [{ text: 'hi', surface: 'fax' }, 'surface'],
  ])('rejects %j with a clear error', (draft, where) => {
    expect(() => analyze(draft as unknown as DraftInput)).toThrow(CoachInputError);
    expect(() => analyze(draft as unknown as DraftInput)).toThrow(where);
  });

  test('rejects a context of the wrong type', () => {
    expect(() => analyze({ text: 'hi' }, { recentNotes: 'all of them' } as never)).toThrow(
      /context.*recentNotes/,
    );
  });
});
