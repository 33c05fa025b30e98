import { defineRule } from '../rule';
import { findLinkPushes } from '../signals/links';

export const linkPush = defineRule({
  id: 'link-push',
  principle: 'give',
  kind: 'concern',
  description: 'Sends them to a link of yours (a sign-up, a booking page, "link in my profile").',
  check(doc) {
    return findLinkPushes(doc).map((match) => ({
      severity: 'error',
      message: 'This sends them to a link of yours before you have given them anything.',
      why: 'A link to your page asks for their attention and a click: a withdrawal from an account not yet opened.',
      range: match.range,
      suggestion: 'Leave the link out of a first note; share one when they ask, or when it carries something for them.',
    }));
  },
});
