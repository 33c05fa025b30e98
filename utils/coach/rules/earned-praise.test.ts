import { testRule } from '../testing/rule-tester';
import { longTermIntentRule } from './long-term-intent';
import { nothingSpecific } from './nothing-specific';
import { offersValueRule } from './offers-value';
import { sharedContextRule } from './shared-context';
import { specificDetail } from './specific-detail';

// Issue 12, session 6: praise a pitch cannot borrow, and no nagging of short warm notes. Shapes seen in
// notes by authors who never saw the rules, written here in other words.

const detail = 'specific-detail';
const give = 'offers-value';
const shared = 'shared-context';

testRule(specificDetail, {
  valid: [
    // The writer's own things, handed over or sold: not a detail of theirs.
    'Happy to send over the pitch deck whenever suits.',
    'Want me to send over the onboarding deck?',
    "I'll forward the full survey report once it's out.",
    'Book a walkthrough of the invoice-matching tool here.',
    'Our readers would see your role in the newsletter.',
    // What a pitch offers to change or fill, which everyone has.
    'That should take a real chunk off your CAC.',
    'The free "Fire Your Boss Bootcamp" starts soon.',
    'It would be worth your while for sure.',
    'Keen to hear your plans for the new warehouse.',
    'Grab your seat before Friday.',
    // Watching their clicks is not knowing their work.
    'Noticed you liked a post about payroll errors yesterday.',
    'Saw you endorsed two of my old teammates.',
  ],
  invalid: [
    // One named detail is one finding, however many of its words match.
    {
      text: 'Your ScaleConf talk on retry budgets has stayed with me all month.',
      errors: [{ rule: detail, words: 'Your ScaleConf talk' }],
    },
    {
      text: 'Congrats to everyone at Marlow Foods on the award.',
      recipient: { company: 'Marlow Foods' },
      errors: [{ rule: detail, words: 'Marlow Foods' }],
    },
    // What follows says which post.
    {
      text: 'Saw your post asking for a good book on pricing.',
      errors: [{ rule: detail, words: 'your post' }],
    },
    // Something of theirs, met, read or wished well: still a detail.
    {
      text: 'Since reading the paper I have changed how I teach.',
      errors: [{ rule: detail, words: 'the paper' }],
    },
    { text: 'Great to talk after the panel on Tuesday.', errors: [{ rule: detail, words: 'the panel' }] },
    {
      text: 'Hi Sara, hope the rooftop garden project is going well!',
      errors: [{ rule: detail, words: 'the rooftop garden project' }],
    },
    {
      text: "Here's the grant template I mentioned.",
      errors: [{ rule: detail, words: 'the grant template' }],
    },
    {
      text: 'I took your advice on pricing and it worked.',
      errors: [{ rule: detail, words: 'took your advice' }],
    },
    {
      text: 'We tried it with our night shift and sick days halved.',
      errors: [{ rule: detail, words: 'We tried it with' }],
    },
  ],
});

testRule(offersValueRule, {
  valid: [
    // Reassurance is not a gift.
    'No pressure at all, just let me know.',
    'No strings attached.',
    // A trade for the ask, or payment for it.
    'Could you write me a reference? Happy to return the favour.',
    "Would you do a short interview? I'll send you the summary and a gift card for your time.",
    // A meeting or sales material offered is a meeting or a pitch asked for.
    'Would be glad to sit down and walk through your pension options.',
    "I'd be happy to show you what that looked like for a similar shop.",
    'Happy to send the deck if you want it.',
    // Congratulations that open a pitch are its wrapping.
    "Congrats on the seed round! We've helped 30+ startups hire their first engineers.",
    // Going to someone for them only counts when it is for them.
    'I spoke with your CFO last week and she said you own the budget.',
  ],
  invalid: [
    // An apology with nothing asked.
    {
      text: "I pushed too hard back then. I'm sorry about that, and you were right.",
      errors: [
        { rule: give, words: "I'm sorry about that" },
        { rule: give, words: 'you were right' },
      ],
    },
    { text: 'Happy to mail you my copy of the book.', errors: [{ rule: give, words: 'Happy to mail' }] },
    {
      text: 'I talked to my old manager about an opening for your brother.',
      errors: [{ rule: give, words: 'I talked to' }],
    },
    { text: 'thx for spotting the typo in my slides', errors: [{ rule: give, words: 'thx for spotting' }] },
    // Congratulations before a modest ask, with nothing sold, are still given.
    {
      text: 'Congrats on the paper! Could we send you our questions after journal club?',
      errors: [{ rule: give, words: 'Congrats' }],
    },
    // With nothing asked, returning a favour is an open offer.
    {
      text: 'Your tip on invoices saved me a week. Happy to return the favour any time.',
      errors: [
        { rule: give, words: 'Your tip' },
        { rule: give, words: 'Happy to return the favour' },
      ],
    },
  ],
});

testRule(sharedContextRule, {
  valid: [
    // Belonging to the same large group is overlap, not context.
    'Fellow Leeds Digital Festival alum here!',
    "We're both Springboard alumni, so let's connect.",
    // The name before "we both" is the greeting, not a person who links them.
    'Hi Sam, we both commented on that thread.',
    "I don't think we've met, but I run a charity.",
    "I'm in sales too.",
    "We're both in the SaaS Founders group.",
  ],
  invalid: [
    {
      text: 'Saw you coach the U12s at Hollybank too.',
      errors: [{ rule: shared, words: 'Saw you coach the U12s at Hollybank too' }],
    },
    { text: 'I miss our Sunday climbing group.', errors: [{ rule: shared, words: 'miss our' }] },
    { text: "We've met on the Tuesday litter picks.", errors: [{ rule: shared, words: "We've met" }] },
    { text: 'Hi Jo, we both sang in the Calder Valley choir.', errors: [{ rule: shared, words: 'we both' }] },
    { text: "We're both in the Calder Valley choir.", errors: [{ rule: shared, words: "We're both" }] },
    // Two matches in one sentence name one shared thing.
    { text: 'Fellow Haverly High grad, class of 2004!', errors: [{ rule: shared, words: 'class of' }] },
  ],
});

testRule(longTermIntentRule, {
  valid: ['Hope you are well.'],
  invalid: [
    {
      text: 'Would love to keep reading what you write.',
      errors: [{ rule: 'long-term-intent', words: 'keep reading what you' }],
    },
  ],
});

// Short warm notes with a real strength are not told they could be sent to anyone.
testRule(nothingSpecific, {
  valid: [
    'thx for spotting me at the climbing wall Saturday, I owe you a coffee',
    'Saw you coach U12s at Hollybank too. The team is lucky to have you.',
    'coffee soon? nothing work related, I miss our Sunday climbing group and want to hear how the puppy is settling in',
    'I spoke to my sister at the hospital about a placement for your son. Her number is below.',
    'Would love to keep reading what you write.',
  ],
  invalid: [
    { text: 'Hi, I would love to connect and grow my network.' },
    { text: 'Fellow Leeds Digital Festival alum here, would love to connect.' },
    { text: "I'd value the chance to learn from you." },
  ],
});
