import { describe } from 'vitest';
import { testRule } from '../testing/rule-tester';
import { salesPitchRule } from './sales-pitch';

const rule = 'sales-pitch';

// Selling dressed warmly (issue 12, the new authors' notes): a price, results with a figure, an
// audience as the selling point, a slot or tier still open, the product's news, bait offered free.
// Each case is written in our own words; the good notes beside them must stay quiet.
describe('sales pitches found by their shape', () => {
  testRule(salesPitchRule, {
    valid: [
      // Money in a story, or raised for a cause.
      'Your bake sale stall raised £1,200 for the hospice, what a day.',
      'Your talk about the $300k invoice you almost lost had the whole room wincing.',
      'Saw the final tally for the charity swim, $42k! Amazing effort.',
      // Their audience, their numbers.
      'Congrats on passing 20k subscribers, your newsletter deserves every one of them.',
      'The episode you were on hit 6k downloads in a week, thank you again for being so candid.',
      // The event they know, and a give on their terms.
      'We met at the free workshop at the library on Saturday, your bit on budgeting stuck with me.',
      'If you need any help with finding a flat in Porto, ping me, happy to help.',
      // Ours as the place their idea went, or our client speaking of them.
      'We tried your onboarding checklist in our product last month and churn dropped.',
      'One of our clients (a bakery in Hull) told me you designed their logo, and it still gets compliments.',
      'You interviewed for our Growth Platform role last year; a friend at Tilde is hiring for exactly that, happy to intro.',
      "We've started recommending your guide to our clients, thanks for writing it.",
      // A sponsorship that is a give.
      'Just sponsored you a fiver for the marathon, good luck on Sunday!',
      // Their money, and results we credit to them.
      'Your $25 gift to the school library bought a whole shelf of graphic novels.',
      'We got 1,500 downloads of the toolkit after you shared it, thank you.',
      'We had 60 new signups from your post alone.',
      // Words a seller uses, said of their own work or as thanks.
      'Thanks for the early access to the beta, the offline mode is lovely.',
      'You were a founding member of the Leeds Rust meetup, I only found out last week!',
      'Your parser is the backbone of what we are building at the co-op.',
      'The teardown of your own homepage in your talk was brave and funny.',
    ],
    invalid: [
      // Results sold with a figure.
      { text: 'Congrats on the new office! We get physio clinics 30+ new bookings a month from search.', errors: [{ rule, words: '30+ new bookings' }] },
      { text: 'We took two salons to the top of the local results inside 60 days.', errors: [{ rule, words: 'inside 60 days' }] },
      { text: 'Curious how your AP team copes? Happy to share how Ledgerly cut month-end by 4 days.', errors: [{ rule, words: 'how Ledgerly cut month-end by 4' }] },
      // Prices, pay and earnings.
      { text: 'The role is remote, salary band £70–85k, and the team is lovely.', errors: [{ rule, words: '70' }] },
      { text: 'Our parents are earning $3–5k a month part-time with this.', errors: [{ rule, words: '3' }] },
      { text: "I'll send you a €40 voucher as thanks for 15 minutes of your time.", errors: [{ rule, words: '40' }] },
      { text: 'Founding seats are half price until Sunday.', errors: [{ rule, words: 'half price' }] },
      { text: 'Rate card attached for the spring issue.', errors: [{ rule, words: 'Rate card' }] },
      // An audience as the selling point.
      { text: 'I run a Slack group for product marketers (9k members) and you would fit right in.', errors: [{ rule, words: '9k members' }] },
      { text: 'I host a weekly show for CFOs, 25k listeners and growing.', errors: [{ rule, words: '25k listeners' }] },
      // Slots, tiers and bait.
      { text: 'We still have a couple of exhibitor slots left for the June fair.', errors: [{ rule, words: 'slots left' }] },
      { text: 'A FREE website speed audit is yours if you want it.', errors: [{ rule, words: 'FREE website speed audit' }] },
      { text: 'Happy to give you free beta access if you send us feedback.', errors: [{ rule, words: 'free beta access' }] },
      { text: 'Want me to send over the pitch deck?', errors: [{ rule, words: 'send over the pitch deck' }] },
      // The product's news, and a business opportunity.
      { text: 'We just shipped one-click payroll exports for agencies.', errors: [{ rule, words: 'We just shipped' }] },
      { text: 'Our founder will give a sneak peek of what we are building at the dinner.', errors: [{ rule, words: 'what we are building' }] },
      { text: 'Looking for two driven parents to join my team this spring!', errors: [{ rule, words: 'join my team' }] },
      { text: 'Our brand is opening in Ohio and needs a territory partner there.', errors: [{ rule, words: 'territory partner' }] },
      { text: 'My paid newsletter on climate policy opens next month.', errors: [{ rule, words: 'paid newsletter' }] },
      { text: 'I ran an audit of your checkout on my lunch break, want the notes?', errors: [{ rule, words: 'an audit of your' }] },
    ],
  });
});
