import { describe, expect, test } from 'vitest';
import { analyze } from '../analyze';
import { testRule } from '../testing/rule-tester';
import { askBeforeGive } from './ask-before-give';
import { offersValueRule } from './offers-value';
import { pushyFollowUp } from './pushy-follow-up';
import { salesPitchRule } from './sales-pitch';

// Session 39 (issue 12). Each case names what it came from; the shapes are in our words.

// Round 122's carpenter wrote in lowercase to a food bank's coordinator: "you said there were only 4
// spots left and I grabbed all of them". Places counted in the reader's words are theirs, recalled, as
// "you asked where …" already was; the writer's own "only 4 spots left" still sells.
describe("places counted in the reader's words, recalled", () => {
  testRule(salesPitchRule, {
    valid: [
      'Thanks for fitting our crew into the pantry shift. You said there were only 3 spots left and we took them all, so give one back to your regulars if they need it.',
      'You mentioned the clinic has limited spots this spring, so I passed your name to my cousin only.',
    ],
    invalid: [{ text: 'Our spring clinic has only 3 spots left, grab one before Friday.', errors: [{ rule: 'sales-pitch', words: 'only 3 spots' }] }],
  });
});

// Round 122's financing rep: "I partner with veteran-owned contractors on customer financing. Would love
// to connect!" What the writer's business does for people like the reader is a sale's first line.
describe('the business the writer partners people into', () => {
  testRule(salesPitchRule, {
    valid: ['Would love to partner with you on the Saturday build if your crew is free.', 'My partner with the tile saw is free Thursday if you need a hand.'],
    invalid: [
      { text: 'Hi Rosa, fellow Lobo here! I partner with women-owned roofers on customer financing. Would love to connect!', errors: [{ rule: 'sales-pitch', words: 'I partner with' }] },
      { text: 'We partner with clinics like yours to cut billing time in half.', errors: [{ rule: 'sales-pitch', words: 'We partner with' }] },
    ],
  });

  test('a pitch with a detail of theirs as its hook does not read as a relationship', () => {
    const hooked = analyze({ text: 'Hi Rosa, saw you finished the Barelas job, congrats! I partner with women-owned roofers on customer financing. Would love to connect!' });
    expect(hooked.verdict).not.toBe('relational');
  });
});

// Round 122's signals sergeant, in capitals to the Legion's coffee volunteer: "THANKYOU FOR KEEPING THE
// COFFEE COMING". "Thankyou", one word, thanks as "thank you" does.
describe('"thankyou" as one word', () => {
  testRule(offersValueRule, {
    valid: [],
    invalid: [{ text: 'Donna thankyou for keeping the coffee coming every Saturday, twenty of us and not one complaint.', errors: [{ rule: 'offers-value', words: 'thankyou for keeping' }] }],
  });
});

// Round 122's carpenter to a tile setter he trained: "got a lady in los chávez who needs a full bathroom
// redo, too big for habitat. want me to give her your number?" Leave asked to hand their number to a
// customer, as "can I give her your number?" already was: a lead passed to them.
describe('"want me to give her your number?" passes a lead on', () => {
  testRule(askBeforeGive, {
    valid: ['got a guy in belen who needs his whole deck redone, too big for me. want me to give him your number?'],
    invalid: [{ text: 'Great meeting you at the expo. Can you send me your number?', errors: [{ rule: 'ask-before-give', words: 'send me your' }] }],
  });
  testRule(offersValueRule, {
    valid: [],
    invalid: [{ text: 'A nurse on my ward wants a tutor for her son. Would you like me to pass her your email?', errors: [{ rule: 'offers-value', words: 'pass her your email' }] }],
  });
});

// Round 122's sergeant, following up for a former student: "following up on my note last week. Happy to
// give a reference for Jordan Fiddler. I taught him two terms." A word for someone is a give, and a
// follow-up that brings one chases nobody.
describe('a reference offered', () => {
  testRule(offersValueRule, {
    valid: [],
    invalid: [
      { text: 'Happy to give a reference for Priya, she ran our night lab for two years.', errors: [{ rule: 'offers-value', words: 'Happy to give a reference' }] },
      { text: 'Glad to vouch for Marco if the foreman asks.', errors: [{ rule: 'offers-value', words: 'Glad to vouch' }] },
    ],
  });
  testRule(pushyFollowUp, {
    valid: ['Hi Carol, following up on my note from last week. Happy to give a reference for Priya, I taught her for two terms.'],
    invalid: [{ text: 'Hi Carol, following up on my note from last week. Did you get a chance to look at my offer?', errors: [{ rule: 'pushy-follow-up' }] }],
  });
});

// Round 122's carpenter to a corporal: "did the va ever get back to you about the claim? i'm off
// thursdays. if you want a ride to the appointment i'll drive, and i'll wait." A ride on their need is
// help offered, as "if you need a hand" is; a shuttle with a fare is still sold.
describe('a ride offered on their need', () => {
  testRule(offersValueRule, {
    valid: ['If you need a ride to the airport, our shuttle is $25 each way.'],
    invalid: [
      { text: "if you want a ride to the hearing i'll drive, and i'll wait outside.", errors: [{ rule: 'offers-value', words: "if you want a ride to the hearing i'll drive, and i'll wait outside" }] },
      { text: "If you need a lift to the mart on Tuesday, I'm going anyway.", errors: [{ rule: 'offers-value' }] },
    ],
  });
});

// Rounds 117, 118 and 122 hung a sale on the reader's news: "Retirement is actually the perfect time to
// review your VA loan", "Now's the perfect moment to think about how your lump sum fits", "this could be
// the perfect time to set up a dealer account", "it's worth a free 20-min pension health check". Twelve
// transactions of the corpus offer a health check and no good note does.
describe("a sale timed by the reader's news, and a free check as its way in", () => {
  testRule(salesPitchRule, {
    valid: ['Perfect timing on your post, I was just about to write to you about the reunion.', 'Hope the health of the herd is holding up after that wet spring.'],
    invalid: [
      { text: 'Congrats on the new baby, Sam! With a bigger family, now is the perfect time to review your life cover.', errors: [{ rule: 'sales-pitch', words: 'the perfect time to' }] },
      { text: 'Saw you are leaving the service after 22 years. Worth booking a free pension health check before you sign anything.', errors: [{ rule: 'sales-pitch', words: 'health check' }] },
    ],
  });
});

// Round 122's carpenter passed a job on: "guy i know at bradbury stamm needs a finish carpenter. $28/hr
// to start, benefits after 60 days." Good notes of the corpus pass on openings with their pay ("Neighbor
// of mine needs a weekend milker. $18/hr"); an hourly wage for someone else's opening is the reader's
// pay, not the writer's price. The writer's own opening, or the reader's need priced, still sells.
describe("an hourly wage for someone else's opening", () => {
  testRule(salesPitchRule, {
    valid: [
      'a guy i know at the mill needs a second-shift millwright. $31/hr to start, benefits after 90 days. told him about you.',
      'A kennel in Longmont I trust is hiring a handler, $19/hr, and the owner is good with vets.',
    ],
    invalid: [
      { text: 'I need a welder for the summer, $30/hr, interested?', errors: [{ rule: 'sales-pitch', words: '30' }] },
      { text: 'Your shop needs a bookkeeper? I do it for $40/hr.', errors: [{ rule: 'sales-pitch', words: '40' }] },
    ],
  });
});

// A good note of the corpus hands over a spreadsheet: "No charge, use it however you want, share it with
// your tenants too." "However you want" opens a clause of theirs, as "if you want" does: leave given,
// not a request for the writer's thing.
describe('"use it however you want, share it" gives leave', () => {
  testRule(askBeforeGive, {
    valid: ['Attached the rota template from our pantry. Use it however you want, share it with the other sites too.'],
    invalid: [{ text: 'Can you share my post with your team?', errors: [{ rule: 'ask-before-give', words: 'share my post' }] }],
  });
});

// A good note of the corpus from a county veterans office: "I would be glad to mail flyers to the 400
// veterans on our office list if you send me a copy." What the writer needs to do the favour just
// offered, asked in its "if you" clause, asks nothing for the writer. With a pitch it still sells.
describe('what a favour offered needs, asked in its "if you" clause', () => {
  testRule(askBeforeGive, {
    valid: [
      'Happy to print the posters for your fundraiser at the library if you send me the file.',
      "I'll hand out your flyers at Saturday's breakfast if you could send me a stack.",
    ],
    invalid: [
      { text: 'Happy to quote the job if you send me your last three bills.', errors: [{ rule: 'ask-before-give', words: 'send me your' }] },
      { text: "I'd love to chat, if you could send me a time that works.", errors: [{ rule: 'ask-before-give', words: 'send me a' }] },
    ],
  });
});
