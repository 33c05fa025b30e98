import { describe, expect, test } from 'vitest';
import { analyze } from '../analyze';
import { testRule } from '../testing/rule-tester';
import { askBeforeGive } from './ask-before-give';

// Asks worded softly enough to pass for a remark or an offer, in the shapes new authors used
// (issue 12, session 6), and good notes that must stay quiet. Written in our own words.

describe('a next step proposed as a light question or offer', () => {
  testRule(askBeforeGive, {
    valid: [
      'Gave it a go after your workshop and honestly it was worth a shot!',
      "We've got volunteers free on Saturdays, would it help if we covered the stall?",
      'Shall I connect you with the archivist there? She would love your project.',
      'Would you like me to send you the slides from my session?',
      "Want me to put you in touch with their lab? They're keen.",
      'Your 5-min lightning talk was the best bit of the evening.',
      'I did a 10-min video for each client instead of the deck, like you said.',
      // Company offered, not a step in a sale: good notes say this innocently.
      "Fancy a pint when you're next in Leeds?",
      'Would you be up for a coffee when you are back from leave?',
      // A favour done for them, and leave asked to use their work.
      'Can I save you a trip? The archive has the letters online now.',
      'Would it be weird if I cited your thread in my thesis, with credit?',
      'Your 45-minute session at PyCon was the best of the day.',
      'Worth reading the Ostrom chapter on this, if you have not already?',
      "I'm the one who asked about soil sensors at your talk. Worth a look if you haven't seen it: the trial data is open now.",
      'Fancy joining us for the litter pick on Sunday? The kids are making banners.',
      'Is the community studio open on Sundays now?',
      'Would you be open to me sending you our field notes as the season goes?',
    ],
    invalid: [
      { text: 'Our studio is taking on two new clients in spring. Worth a natter?', errors: [{ rule: 'ask-before-give', words: 'Worth a natter' }] },
      { text: 'The new pricing tiers are live. Fancy a peek before Friday?', errors: [{ rule: 'ask-before-give', words: 'Fancy a peek' }] },
      { text: 'We have a round table for plant managers in May. Could I save you a place?', errors: [{ rule: 'ask-before-give', words: 'Could I save you' }] },
      { text: 'Two slots are left for the autumn cohort. Should I book you in?', errors: [{ rule: 'ask-before-give', words: 'Should I book you' }] },
      { text: 'Free webinar on Tuesday for clinic owners, claim your seat below!', errors: [{ rule: 'ask-before-give', words: 'claim your seat' }] },
      { text: 'May I email you our brochure for the spring season?', errors: [{ rule: 'ask-before-give', words: 'May I email you our brochure' }] },
      { text: 'We built a plan for garden centres like yours. Want me to forward the pricing?', errors: [{ rule: 'ask-before-give', words: 'Want me to forward the pricing' }] },
      { text: 'We fill diaries for physios. Interested? Reply BOOK and I will explain.', errors: [{ rule: 'ask-before-give', words: 'Interested' }, { rule: 'ask-before-give', words: 'Reply BOOK' }] },
      { text: 'Your reels are so inspiring! Want the free guide? DM me GLOW.', errors: [{ rule: 'ask-before-give', words: 'DM me GLOW' }] },
      { text: 'Would it be cheeky to borrow half an hour of yours next month?', errors: [{ rule: 'ask-before-give', words: 'Would it be cheeky to' }] },
      { text: 'I think our tool could halve your audit prep. Free for a quick swap of ideas on Monday?', errors: [{ rule: 'ask-before-give', words: 'Free for' }] },
      { text: 'When things calm down I would love to get lunch in the diary and hear what you are planning.', errors: [{ rule: 'ask-before-give', words: 'in the diary' }] },
      { text: 'Would you give us your view in a 30-minute interview for our study?', errors: [{ rule: 'ask-before-give', words: '30-minute interview' }] },
      { text: 'The report is ready and there is an option to book a consultation at the end.', errors: [{ rule: 'ask-before-give', words: 'book a consultation' }] },
      { text: 'We cut onboarding for two clinics in half last year. Worth talking?', errors: [{ rule: 'ask-before-give', words: 'Worth talking' }] },
      { text: 'The rota tool is finally out of beta. Keen to see it on Wednesday?', errors: [{ rule: 'ask-before-give', words: 'Keen to' }] },
      { text: 'Loved the panel. Should we lock something in for early March?', errors: [{ rule: 'ask-before-give', words: 'Should we lock' }] },
      { text: "I've pencilled you in for a walkthrough on Friday at ten.", errors: [{ rule: 'ask-before-give', words: 'pencilled you in' }] },
    ],
  });
});

describe('a favour for the writer, however it is worded', () => {
  testRule(askBeforeGive, {
    valid: [
      'Your post on mentoring meant a lot to me, thank you.',
      "Thank you, I'm sharing it with the whole ward this afternoon.",
      'It would be great to hear how the pilot goes, no need to reply.',
      'It would be great if you kept writing these, they help a lot.',
      'Thank you so much for referring me to the Halden team last spring.',
    ],
    invalid: [
      { text: 'Are you up for vouching for me with the hiring panel at Orbis?', errors: [{ rule: 'ask-before-give', words: 'you up for vouching' }] },
      { text: 'A five-star review on the app store would mean so much to our tiny team.', errors: [{ rule: 'ask-before-give', words: 'would mean so much' }] },
      { text: "It would be amazing if you reposted our launch thread.", errors: [{ rule: 'ask-before-give', words: 'would be amazing if you' }] },
      { text: 'Happy to give you the pro plan free if you would leave a short review.', errors: [{ rule: 'ask-before-give', words: 'if you would leave a short review' }] },
      { text: 'I am applying for a fellowship and need a reference letter from someone in the field.', errors: [{ rule: 'ask-before-give', words: 'reference letter' }] },
      { text: 'I finish my bootcamp in June. Is Quarry still hiring juniors?', errors: [{ rule: 'ask-before-give', words: 'Is Quarry still hiring' }] },
    ],
  });
});

describe('the buyer asked for, and openings dressed as curiosity', () => {
  testRule(askBeforeGive, {
    valid: [
      'Are you the Imogen who spoke at the Bristol data meetup about survey fatigue?',
      'How are you finding hiring in Porto? We are about to grow too.',
      'Saw you are looking for a sponsor for the hackathon. A friend at Corra funds exactly that, happy to introduce you.',
      'Have you ever considered publishing the rainfall logs? They deserve a wider audience.',
      'Have you ever thought about what comes next for the survey after the grant ends?',
    ],
    invalid: [
      { text: 'Who at Brightmoor manages the fleet insurance these days?', errors: [{ rule: 'ask-before-give', words: 'Who at Brightmoor manages' }] },
      { text: 'Congrats on the new site! Curious who is looking after your recruitment marketing?', errors: [{ rule: 'ask-before-give', words: 'who is looking after' }] },
      { text: 'Have you ever considered running your own studio from home? I coach people through it.', errors: [{ rule: 'ask-before-give', words: 'Have you ever considered' }] },
      { text: 'We are looking for two driven people to join our growing team this spring.', errors: [{ rule: 'ask-before-give', words: 'join our growing team' }] },
      { text: 'Could I show you something that changed how I work? It takes a minute.', errors: [{ rule: 'ask-before-give', words: 'Could I show you something' }] },
      { text: 'Who would I talk to about stocking our sauces at Merrow Foods?', errors: [{ rule: 'ask-before-give', words: 'Who would I talk' }] },
      { text: 'A repost from someone with your reach would go a long way for us.', errors: [{ rule: 'ask-before-give', words: 'would go a long way' }] },
    ],
  });
});

describe('lighter asks: an event to answer, a walkthrough, a link to find', () => {
  testRule(askBeforeGive, {
    valid: [
      'Thanks for the walk through the old mill site last week, the kids loved it.',
      'Drop in to our allotment open day on the 3rd if you fancy it, no need to let us know.',
    ],
    invalid: [
      { text: 'We are hosting a founders breakfast in Leith on the 9th. RSVP here: lu.ma/leith', errors: [{ rule: 'ask-before-give', words: 'RSVP' }] },
      { text: 'Glad to walk you through the sponsorship tiers whenever suits.', errors: [{ rule: 'ask-before-give', words: 'walk you through' }] },
      { text: 'I run a small podcast on rural GPs, the link is in my bio if you want a listen.', errors: [{ rule: 'ask-before-give', words: 'link is in my' }] },
    ],
  });

  test('a shared course softens an RSVP to a warning, not an error', () => {
    const findings = analyze({
      text: 'Hi Sol, we were both on the Tuesday pottery course. We are hosting a studio evening on the 2nd, RSVP: lu.ma/clay',
    }).findings.filter((finding) => finding.rule === 'ask-before-give');
    expect(findings.map((finding) => finding.severity)).toEqual(['warning']);
  });
});

describe('a warm opening does not soften an ask that is the point of the note', () => {
  const verdict = (text: string) => analyze({ text }).verdict;

  test('praise for their talk and a shared school before a request to be referred is not relational', () => {
    expect(
      verdict(
        'Hi Rowan, we were both at Kingsmead Academy and your talk at LeadDev on pairing was brilliant. Would you be up for referring me for the platform role at Halden?',
      ),
    ).not.toBe('relational');
  });

  test('a specific compliment before "worth a look?" for a paid programme is not relational', () => {
    expect(
      verdict(
        'Hi Ada, we both trained at St Brennan and your thread about night-shift rotas there was spot on. We run a paid leadership programme for ward managers and a few places remain. Worth a look?',
      ),
    ).not.toBe('relational');
  });

  test('a genuine question about their practice, with an offer, still reads as relational', () => {
    expect(
      verdict(
        'Hi Farah, no agenda here: how are you handling code review now that half the team is remote? We keep changing our minds. Happy to share what we tried in return.',
      ),
    ).toBe('relational');
  });
});
