import type { ContextInput } from '../schema';
import { testRule } from '../testing/rule-tester';
import { pitStopAfterAccept } from './pit-stop-after-accept';

const rule = 'pit-stop-after-accept';
const justAccepted: ContextInput = { relationship: { stage: 'connected', firstMessageAfterAcceptance: true, offered: ['Happy to share my cleaned tide-gauge dataset'] } };
const talking: ContextInput = { relationship: { stage: 'conversing', firstMessageAfterAcceptance: false } };

testRule(pitStopAfterAccept, {
  valid: [
    // Not the first message after acceptance, or no history at all: other rules judge the ask.
    { text: 'Thanks for connecting! Are you free for a call?', surface: 'message' },
    { text: 'Thanks for connecting! Are you free for a call?', surface: 'message', context: talking },
    // An invitation is not the message after acceptance.
    { text: 'Are you free for a call?', surface: 'invitation', context: justAccepted },
    // No ask at all.
    { text: 'Thanks for connecting, Wei! How did you verify the council figures?', surface: 'message', context: justAccepted },
    // Gives first, then asks.
    { text: 'Thanks for connecting! Happy to share our flood maps. Would a quick call next month help?', surface: 'message', context: justAccepted },
    // Follows through on the offer first, then asks.
    { text: 'Thanks for connecting! Here is the cleaned tide-gauge dataset I mentioned. Would a quick call next month help?', surface: 'message', context: justAccepted },
  ],
  invalid: [
    { text: 'Thanks for connecting! Are you free for a call?', surface: 'message', context: justAccepted, errors: [{ rule, words: 'Are you free' }] },
    { text: 'Great to connect. Could we schedule a call this week to discuss our services?', surface: 'message', context: justAccepted, errors: [{ rule, words: 'schedule a call' }] },
    {
      text: 'Hi Wei, thanks for accepting. I would love to pick your brain about data desks.',
      surface: 'message',
      context: { relationship: { stage: 'connected', firstMessageAfterAcceptance: true } },
      errors: [{ rule, words: 'pick your brain' }],
    },
  ],
});
