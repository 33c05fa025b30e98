import { detectNoteLanguage } from '@/utils/language/detect-language';
import { postprocess } from './postprocess';
import { registry } from './rules';
import { parseContext } from './parse-context';
import { parseDraft } from './parse-draft';
import type { Analysis, ContextInput, DraftInput, Finding } from './schema';
import { decideVerdict, overallScore, scorePrinciples } from './scoring';
import { prepareDoc } from './text/doc';
import type { SecondReader } from './second-reader';
import { wordSet } from './text/word-set';

/** Concerns that, at error severity, make the note's strengths the hook of a sale, a click or a favour. */
const HOOKED_BY: ReadonlySet<string> = wordSet('sales-pitch link-push ask-before-give');
const JOB_SEARCH = 'job-seeking';
const GIVES = 'offers-value';

export class CoachInputError extends TypeError {
  override readonly name = 'CoachInputError';
}

export interface CoachOptions {
  /**
   * A second reading of the findings where the verdict rests on one of them: the word model's
   * (word-model/second-reading.ts), which the coaching UI loads apart. Without it the verdict is the
   * rules' alone.
   */
  secondReader?: SecondReader;
}

/** Reads a draft against the four principles. Pure: same input, same output, anywhere. */
export function analyze(draft: DraftInput, context: ContextInput = {}, options: CoachOptions = {}): Analysis {
  const parsedDraft = parseDraft(draft);
  if (!parsedDraft.success)
    throw new CoachInputError(`analyze: the draft does not fit: ${describe(parsedDraft.error)}`);
  const parsedContext = parseContext(context);
  if (!parsedContext.success)
    throw new CoachInputError(`analyze: the context does not fit: ${describe(parsedContext.error)}`);
  const ctx = parsedContext.data;
  const doc = prepareDoc(parsedDraft.data, { limitGiven: draft.limit !== undefined });

  // The rules read English. A note in another language gets only the checks that read no words,
  // and an honest "unread" rather than a guess, unless one of those checks finds something.
  const { language } = detectNoteLanguage(doc.text);
  const readable = language !== 'other';
  // Most notes mute nothing: no set to build and ask about every rule.
  const muted = ctx.mutedRules.length > 0 ? new Set(ctx.mutedRules) : undefined;
  const raw: Finding[] = [];
  for (const rule of registry) {
    if (muted?.has(rule.id) || !(readable || rule.languageIndependent)) continue;
    const found = rule.check(doc, ctx);
    for (let at = 0; at < found.length; at++) raw.push(found[at] as Finding);
  }
  const ruled = postprocess(raw, ctx.mutedRules);
  const findings =
    options.secondReader && readable ? options.secondReader(doc, ruled, ctx.strictness, muted) : ruled;

  const history =
    ctx.recentNotes.length > 0 || ctx.sentLast24h !== undefined || ctx.sentLast7d !== undefined;
  const judged = decideVerdict(doc.text, findings, ctx.strictness);
  const verdict =
    !readable && judged !== 'empty' && !findings.some((f) => f.kind === 'concern') ? 'unread' : judged;
  // No praise on a note that reads as a transaction, or that pitches, pushes a link or asks outright
  // (an error from one of HOOKED_BY): its strengths are what the pitch borrowed (a real detail of
  // their work, a congratulation), and praising them would teach the opposite of the principles.
  // They were weighed: without them the verdict is the same or harsher.
  // So too a note whose point is the writer's job search ("your work on X is impressive. I'm currently
  // exploring roles"), unless it also gives something: the compliment is the search's opening line.
  const hooked =
    findings.some((f) => f.kind === 'concern' && f.severity === 'error' && HOOKED_BY.has(f.rule)) ||
    (findings.some((f) => f.rule === JOB_SEARCH && f.severity !== 'info') && !findings.some((f) => f.rule === GIVES));
  const shown = verdict === 'transactional' || hooked ? findings.filter((f) => f.kind === 'concern') : findings;
  const principles = scorePrinciples(shown, { history });
  // Words the coach did not read get no score; the findings from checks that read no words stand.
  const score = readable ? overallScore(principles, verdict) : undefined;
  const length = doc.text.length;
  const { limit } = doc.draft;
  // Built whole rather than spread, in the same key order.
  return score === undefined
    ? { verdict, principles, length, limit, language, findings: shown }
    : { verdict, score, principles, length, limit, language, findings: shown };
}

function describe(error: { issues: ReadonlyArray<{ path: PropertyKey[]; message: string }> }): string {
  return error.issues
    .map((issue) => `${issue.path.length ? issue.path.map(String).join('.') : '(root)'}: ${issue.message}`)
    .join('; ');
}
