import type { Rule } from '../rule';
import { askBeforeGive } from './ask-before-give';
import { defaultBoilerplate } from './default-boilerplate';
import { emptyNote } from './empty-note';
import { falseUrgency } from './false-urgency';
import { genericFlatteryRule } from './generic-flattery';
import { genericGreeting } from './generic-greeting';
import { followsThrough } from './follows-through';
import { genuineQuestion } from './genuine-question';
import { jobSeekingRule } from './job-seeking';
import { linkPush } from './link-push';
import { longTermIntentRule } from './long-term-intent';
import { massNetworkingRule } from './mass-networking';
import { missingName } from './missing-name';
import { nothingSpecific } from './nothing-specific';
import { offersValueRule } from './offers-value';
import { overLimit } from './over-limit';
import { pitStopAfterAccept } from './pit-stop-after-accept';
import { pushyFollowUp } from './pushy-follow-up';
import { ownOfferUsed } from './own-offer-used';
import { requestBurst } from './request-burst';
import { salesPitchRule } from './sales-pitch';
import { selfFocused } from './self-focused';
import { sharedContextRule } from './shared-context';
import { specificDetail } from './specific-detail';
import { templateReuse } from './template-reuse';
import { tooShort } from './too-short';
import { unfilledPlaceholder } from './unfilled-placeholder';

/** Every rule the coach runs, in a fixed order (ties in the findings keep this order). */
export const registry: readonly Rule[] = [
  emptyNote,
  defaultBoilerplate,
  unfilledPlaceholder,
  salesPitchRule,
  linkPush,
  askBeforeGive,
  jobSeekingRule,
  falseUrgency,
  pushyFollowUp,
  pitStopAfterAccept,
  genericGreeting,
  missingName,
  nothingSpecific,
  genericFlatteryRule,
  massNetworkingRule,
  selfFocused,
  overLimit,
  tooShort,
  templateReuse,
  requestBurst,
  specificDetail,
  sharedContextRule,
  offersValueRule,
  genuineQuestion,
  longTermIntentRule,
  ownOfferUsed,
  followsThrough,
];
