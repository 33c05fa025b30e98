export { analyze, CoachInputError } from './analyze';
export * from './schema';
export { registry } from './rules';
export type { Rule, Report } from './rule';
export { PATTERNS } from './patterns';
export { weighVerdict, type VerdictWeighing, type VerdictWeight } from './scoring';
