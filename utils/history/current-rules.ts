import { currentRuleIds } from '@/utils/coach/rule-renames';
import type { Touch } from './model';

/** A stored touch as today's coach names its rules (`RULE_RENAMES`): the same object when none was renamed. */
export function withCurrentRules<T extends Pick<Touch, 'analysis'>>(touch: T): T {
  const analysis = touch.analysis;
  if (!analysis) return touch;
  const rules = currentRuleIds(analysis.rules);
  return rules === analysis.rules ? touch : { ...touch, analysis: { ...analysis, rules } };
}
