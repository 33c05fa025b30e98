import { describe } from 'vitest';
import { testRule } from '../testing/rule-tester';
import { askBeforeGive } from './ask-before-give';
import { jobSeekingRule } from './job-seeking';
import { linkPush } from './link-push';
import { pushyFollowUp } from './pushy-follow-up';
import { salesPitchRule } from './sales-pitch';
import { sharedContextRule } from './shared-context';
import { specificDetail } from './specific-detail';

// Session 15 (issue 12): a Mexican engineer in Toronto and a retired Army sergeant, a marine-ecology
// postdoc and a data engineer in Pune, a French sommelier in London and a librarian near retirement,
// a fintech product manager in Lagos and a PE teacher who coaches basketball; then (fresh25) a
// Marine turned firefighter, an Air Force crew chief, a Japanese quality engineer in Ohio and a
// Ukrainian tester in Kraków. The shapes their notes showed, in our own words.

describe('what they did not do is no memory of their work', () => {
  testRule(specificDetail, {
    valid: [
      'Hi Rosa, you did not reply to my note from March about the wholesale list.',
      'You never answered about the samples, so I am writing once more.',
    ],
    invalid: [
      { text: 'You did the whole rewiring of the youth centre for free last spring.', errors: [{ rule: 'specific-detail', words: 'You did' }] },
    ],
  });
});

describe('holding their silence against them is chasing', () => {
  testRule(pushyFollowUp, {
    valid: ['Sorry I did not answer your question at the stand, here is what I meant.'],
    invalid: [
      { text: 'Hi Tom, you didn’t reply to my email about the new range.', errors: [{ rule: 'pushy-follow-up', words: 'didn’t reply to my' }] },
      { text: 'You did not answer my message from Monday.', errors: [{ rule: 'pushy-follow-up', words: 'did not answer my' }] },
    ],
  });
});

describe('a deadline on an offer, an order to confirm, a scheme to join', () => {
  testRule(salesPitchRule, {
    valid: ['Congratulations on the order book for the new vineyard, Sunday’s tasting was a joy.'],
    invalid: [
      { text: 'The tasting menu price is valid only until Sunday.', errors: [{ rule: 'sales-pitch', words: 'valid only until' }] },
      { text: 'Could you confirm your order by tonight?', errors: [{ rule: 'sales-pitch', words: 'confirm your order' }] },
      { text: 'Our allotment society is open to new members this autumn.', errors: [{ rule: 'sales-pitch', words: 'open to new members' }] },
      { text: 'Happy to send over the sell sheet for our winter ales.', errors: [{ rule: 'sales-pitch', words: 'sell sheet' }] },
    ],
  });
});

describe('the opportunity to present, a place on their shelves', () => {
  testRule(askBeforeGive, {
    valid: ['I would welcome the opportunity to return the favour one day.'],
    invalid: [
      {
        text: 'I would welcome the opportunity to walk your board through our plans.',
        errors: [{ rule: 'ask-before-give', words: 'welcome the opportunity to' }],
      },
      { text: 'Our new cookbook would look lovely on your shelves.', errors: [{ rule: 'ask-before-give', words: 'on your shelves' }] },
    ],
  });
});

describe('a job search with the role named', () => {
  testRule(jobSeekingRule, {
    valid: ['Your paper on how triage nurses’ roles change with new tools was fascinating.'],
    invalid: [
      { text: 'Great work on the depot launch. Currently exploring logistics roles nearby.', errors: [{ rule: 'job-seeking', words: 'exploring logistics roles' }] },
    ],
  });
});

describe('a question about a gift is not a buyer qualified', () => {
  testRule(askBeforeGive, {
    valid: [
      'One thing, which needs no reply: would you like the scans of your grandmother’s letters on a stick or by email? Both are ready.',
    ],
    invalid: [
      {
        text: 'Quick one: what needs does your team have for new tooling this year?',
        errors: [{ rule: 'ask-before-give' }],
      },
    ],
  });
});

describe('things handed over, "here they are"', () => {
  testRule(linkPush, {
    valid: [
      'The match photos came out well, here they are: https://photos.example.com/album/u14-final',
      'Your father’s service records are scanned and they are here for you: https://archive.example.org/share/rec-1950',
    ],
    invalid: [{ text: 'Our new kit catalogue is out: https://shop.example.com/kit', errors: [{ rule: 'link-push' }] }],
  });
});

describe('"to consult" is a verb, not a free consult', () => {
  testRule(salesPitchRule, {
    valid: ['Our parish records may be of use; you are welcome to consult them free of charge.'],
    invalid: [
      { text: 'Book a free consult with our team this month.', errors: [{ rule: 'sales-pitch' }] },
    ],
  });
});

describe('time praised, not asked for', () => {
  testRule(askBeforeGive, {
    valid: ['Your keynote was the most useful 20 minutes of the whole conference.'],
    invalid: [{ text: 'Could you spare 20 minutes next week?', errors: [{ rule: 'ask-before-give', words: '20 minutes' }] }],
  });
});

describe('we met, briefly, somewhere', () => {
  testRule(sharedContextRule, {
    valid: ['We met our targets at the spring show, so the bonus is coming.'],
    invalid: [
      { text: 'We met briefly at the harbour clean-up in Leith, you had the spare gloves.', errors: [{ rule: 'shared-context', words: 'We met briefly at' }] },
    ],
  });
});

describe('where we were, named', () => {
  testRule(sharedContextRule, {
    valid: ['We were at capacity all winter, so the waiting list grew.'],
    invalid: [
      { text: 'We were at Camp Lejeune together in 2011, second platoon.', errors: [{ rule: 'shared-context' }] },
    ],
  });
});

describe('"remember the … you taught us?" is a memory asked as a question', () => {
  testRule(specificDetail, {
    valid: ['Would you tell me what you charged the council?'],
    invalid: [
      { text: 'Sarge, remember the knot you showed us at Fort Drum? My kids love it.', errors: [{ rule: 'specific-detail', words: 'you showed' }] },
    ],
  });
});

describe('a case study told of someone else, fixed by what we set up', () => {
  testRule(salesPitchRule, {
    valid: ['A ranger in Moab told me his crew were losing weekends to trail repairs. We set up a volunteer day with your club, and it was the best Saturday of my year.'],
    invalid: [
      {
        text: 'A depot manager in Leeds told me her drivers were losing an hour a day to paperwork. We set them up with RotaKit and it came down to ten minutes. Your yard looks just the same.',
        errors: [{ rule: 'sales-pitch' }],
      },
      {
        // The turn to the reader names their depot from their profile, not "you".
        text: 'Thanks for connecting. A yard foreman in Hull told me his loaders were drowning in delivery notes. We set them up with DockPad and each shift got an hour back. Figured Depot 9 has the same pile.',
        recipient: { firstName: 'Ann', headline: 'Shift Lead, Depot 9', company: 'Humber Freight' },
        errors: [{ rule: 'sales-pitch' }],
      },
      {
        text: 'A site owner in Derby was wasting two days a month on permits. Three weeks after installing our tracker, that was half a day. Your sites came to mind.',
        errors: [{ rule: 'sales-pitch' }],
      },
    ],
  });
});

describe('"please accept my connection" is the invitation, not a favour', () => {
  testRule(askBeforeGive, {
    valid: ['Your checklist saved our audit last month. Please accept my connection request, with thanks.'],
    invalid: [{ text: 'Please accept our proposal for the spring order.', errors: [{ rule: 'ask-before-give', words: 'Please accept' }] }],
  });
});

describe('a span of time in what we did, told', () => {
  testRule(askBeforeGive, {
    valid: ['We moved our stand-up to the morning, 15 minutes only, and the afternoons got quieter.'],
    invalid: [
      { text: 'I wondered if you had 15 minutes this week.', errors: [{ rule: 'ask-before-give', words: '15 minutes' }] },
    ],
  });
});

describe('help to look over their work, no cost', () => {
  testRule(salesPitchRule, {
    valid: ['Congrats on the new role! If a second pair of eyes on the FMEA helps, I am happy to look, no cost of course.'],
    invalid: [{ text: 'We run supplier audits at no cost for the first month, book a slot.', errors: [{ rule: 'sales-pitch' }] }],
  });
});

describe('a file put here because the mail bounced', () => {
  testRule(linkPush, {
    valid: ['Your mail server bounced the drawing twice, so I put it here: https://files.example.com/share/rev-c.pdf'],
    invalid: [{ text: 'Our full catalogue: https://files.example.com/share/catalogue.pdf', errors: [{ rule: 'link-push' }] }],
  });
});

describe('we met on a walk at a named plant', () => {
  testRule(sharedContextRule, {
    valid: ['We met on time for the third quarter running.'],
    invalid: [{ text: 'We met on the line tour at Ridgeway Castings, you showed me the new press.', errors: [{ rule: 'shared-context' }] }],
  });
});

describe('a place in their shop for my product', () => {
  testRule(askBeforeGive, {
    valid: ['Your window display for the book festival was a joy to walk past.'],
    invalid: [
      { text: 'Our oat bars would sit nicely on your front counter by the till.', errors: [{ rule: 'ask-before-give', words: 'sit nicely on your' }] },
      { text: 'I think our guide would be a natural fit for the shelves at your shop.', errors: [{ rule: 'ask-before-give', words: 'a natural fit for the shelves' }] },
    ],
  });
});

describe('"one depot had …", a case study in a second language', () => {
  testRule(salesPitchRule, {
    valid: ['One winter our depot had three weeks of snow. We shared the gritter with the farm next door. Your lane looked bad too, hope you got out.'],
    invalid: [
      {
        text: 'One bakery in Cork had 20% waste last spring. We changed their ordering and in a month it was 6%. Your shops have similar footfall I think.',
        errors: [{ rule: 'sales-pitch' }],
      },
    ],
  });
});

describe('their saying, quoted back, is not my promise', () => {
  testRule(salesPitchRule, {
    valid: ['Your workshop on hiring was great. The "reply within 24 hours" habit has changed how we treat candidates.'],
    invalid: [{ text: 'We get you new leads within 24 hours.', errors: [{ rule: 'sales-pitch', words: 'within 24 hours' }] }],
  });
});

describe('a short meeting to present our portfolio', () => {
  testRule(askBeforeGive, {
    valid: ['The short meeting after your lecture answered all my questions, thank you.'],
    invalid: [{ text: 'Could we arrange a short meeting in May?', errors: [{ rule: 'ask-before-give', words: 'a short meeting' }] }],
  });
  testRule(salesPitchRule, {
    valid: ['We are looking for volunteers for the spring clean-up, no experience needed.'],
    invalid: [
      { text: 'Our studio is looking for new projects in school buildings.', errors: [{ rule: 'sales-pitch', words: 'looking for new projects' }] },
    ],
  });
});

describe('a correction of what I told them, handed over', () => {
  testRule(linkPush, {
    valid: ['I gave you the wrong load figure on the phone, sorry. The corrected sheet is here: https://files.example.com/s/loads-v2.pdf'],
    invalid: [{ text: 'Our new load tables are here: https://files.example.com/s/loads-sales.pdf', errors: [{ rule: 'link-push' }] }],
  });
});
