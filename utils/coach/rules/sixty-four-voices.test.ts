import { describe } from 'vitest';
import { testRule } from '../testing/rule-tester';
import { askBeforeGive } from './ask-before-give';
import { jobSeekingRule } from './job-seeking';
import { falseUrgency } from './false-urgency';
import { salesPitchRule } from './sales-pitch';

// Session 26 (issue 12): rounds 64 to 67 (a logistics captain who leads a veterans' group at a
// software company, a Manila team lead; a SEAL turned financial adviser, a Montreal baker; a Royal
// Signals veteran in cyber security, a Nairobi agritech founder; a Marine recruiter with a free resume
// clinic, a Seoul researcher; a military spouse with a job board, a Haifa drone engineer; a pipefitter
// who teaches welding, a Berlin translator; an intelligence analyst turned data scientist, a São Paulo
// agent; a wheelchair-basketball consultant, a Dublin teacher). The shapes of their notes, in our words.

describe('a referral the writer already gave', () => {
  const gave = 'The library asked me if I knew a Tagalog tutor, and I gave them your name as a referral. Hope that is alright.';
  testRule(askBeforeGive, {
    valid: [gave],
    invalid: [{ text: 'I passed the exam last week and would love a referral to your team.', errors: [{ rule: 'ask-before-give', words: 'a referral' }] }],
  });
  testRule(jobSeekingRule, {
    valid: [gave],
    invalid: [{ text: 'I passed the exam last week and would love a referral to your team.', errors: [{ rule: 'job-seeking', words: 'a referral' }] }],
  });
});

describe('a free gathering the writer hosts', () => {
  testRule(askBeforeGive, {
    valid: ['I run a free coffee chat every first Monday for new night-shift nurses, no agenda at all. Happy to send the link if you want it.'],
    invalid: [
      {
        text: "We host a free virtual coffee every Friday to walk you through the new features of our platform. Let me know and I'll send the invite.",
        errors: [{ rule: 'ask-before-give', words: 'virtual coffee' }],
      },
    ],
  });
});

describe('"right away" said of what the writer thought', () => {
  testRule(falseUrgency, {
    valid: ['Saw the call for vendors at the night market and I thought of your pottery right away.'],
    invalid: [{ text: 'Please send the signed form right away.', errors: [{ rule: 'false-urgency', words: 'right away' }] }],
  });
});

describe('one of our clients, as a sales story', () => {
  testRule(salesPitchRule, {
    valid: [
      'Your talk changed how we brief the team, and I have started passing your checklist to our clients.',
      'One of our clients in Porto is hiring a junior data analyst, Portuguese not needed. I am not recruiter, I only remembered your meetup talk.',
    ],
    invalid: [
      { text: 'One of our clients, a builder in Cork, went from six-week to two-week invoicing after moving to Ledgerly.', errors: [{ rule: 'sales-pitch', words: 'our clients' }] },
    ],
  });
});

describe("an opening at the writer's company, passed on", () => {
  testRule(salesPitchRule, {
    valid: [
      'Saw your post about leaving the Air Force. My company just opened a logistics planner role in Tacoma that reads like your old job. Happy to send the link if you want it.',
      "We just opened two night-shift dispatcher positions, both open to veterans. If it's ever useful, I'm glad to point you to the posting.",
      'Our platform team opened a junior analyst req this week, and the hiring manager reads every application.',
    ],
    invalid: [
      { text: 'My company just opened a showroom in Tacoma with our new smart thermostats.', errors: [{ rule: 'sales-pitch', words: 'My company just opened' }] },
      { text: 'Our platform cuts dispatch time by a third.', errors: [{ rule: 'sales-pitch', words: 'Our platform' }] },
    ],
  });
});

describe('a free day at our place, said to sell nothing', () => {
  testRule(salesPitchRule, {
    valid: ["We're hosting a free seed swap at our demo garden on 3 May. No pitches, just seeds and tea."],
    invalid: [],
  });
});

describe('their radar and their calendar, told of', () => {
  testRule(askBeforeGive, {
    valid: [
      "Not sure if this is on your radar, but the county's small-farm grant closes on the 30th.",
      'What was the moment the crew trusted the new schedule? Only if you have a spare minute, I know your calendar is packed.',
      "It's been a while since our coffee chat at the conference. How is the new lab?",
      "A friend's clinic in Leeds is looking for a night pharmacist and asked if I knew anyone. I'm not recruiting, just passing it on. Happy to send the details if it's of interest.",
    ],
    invalid: [
      { text: 'Not sure if drone insurance is on your radar, but we cover small operators.', errors: [{ rule: 'ask-before-give', words: 'on your radar' }] },
      { text: 'Could you find a slot on your calendar for next week?', errors: [{ rule: 'ask-before-give', words: 'your calendar' }] },
      { text: "Our payroll software cuts errors in half. Happy to send the details if it's of interest.", errors: [{ rule: 'ask-before-give', words: "if it's of interest" }] },
      { text: 'Could we set up a coffee chat next week?', errors: [{ rule: 'ask-before-give', words: 'coffee chat' }] },
    ],
  });
});

describe('a job, a name, an intro or a sponsor asked sideways', () => {
  testRule(askBeforeGive, {
    valid: [
      'You may not remember my name, but we met at the harbour clean-up. Your tide tables saved our Saturday.',
      'We need a name for the new reading group, and the kids voted for yours. Thank you for the books.',
      'Thanks for the kind words on my post about the food bank. I am in your debt for the volunteers you sent.',
    ],
    invalid: [
      { text: 'Congrats on the new clinic! If a nursing spot ever opens up, I hope you will remember my name.', errors: [{ rule: 'ask-before-give', words: 'will remember my name' }] },
      {
        text: 'Who buys the safety boots at the depot these days? Only need a name.',
        errors: [
          { rule: 'ask-before-give', words: 'Who buys the safety boots at the depot these days' },
          { rule: 'ask-before-give', words: 'Only need a name' },
        ],
      },
      { text: "You know the harbour crowd well. I'll take any names you've got.", errors: [{ rule: 'ask-before-give', words: 'take any names' }] },
      { text: 'You two should meet. Just put us in same email and I handle the rest.', errors: [{ rule: 'ask-before-give', words: 'in same email' }] },
      { text: 'Would your old boss take a note from you about us?', errors: [{ rule: 'ask-before-give', words: 'from you about us' }] },
      { text: "I would love to see your company's name on our tournament jersey.", errors: [{ rule: 'ask-before-give', words: "company's name on" }] },
      { text: "If his CV reached your site manager, I'd be in your debt.", errors: [{ rule: 'ask-before-give', words: 'be in your debt' }] },
      // Their reach asked for after a thank-you is still what the note is for.
      { text: 'Thanks for the kind words on my post! I just started a podcast. Would you subscribe and share it?', errors: [{ rule: 'ask-before-give', words: 'subscribe and share', severity: 'error' }] },
    ],
  });
});

describe("a trade's close in a friend's voice", () => {
  testRule(salesPitchRule, {
    valid: ['Your bakery fed our whole crew after the flood. I will drop by with the kids to say thank you.'],
    invalid: [
      { text: 'Our new pastry line would suit your café, and I can drop some samples on Friday.', errors: [{ rule: 'sales-pitch', words: 'drop some samples' }] },
      { text: "You stock our rivals' tents already; ours add a good margin for you.", errors: [{ rule: 'sales-pitch', words: 'margin for you' }] },
      { text: 'Send me owners near the river who want to sell and I share the commission.', errors: [{ rule: 'sales-pitch', words: 'share the commission' }] },
      { text: 'Loved your talk on convoy planning. Might have something for you soon.', errors: [{ rule: 'sales-pitch', words: 'Might have something for you' }] },
      {
        text: 'So many clinics struggle with no-shows. Would it be crazy if I showed you how three of them fixed it?',
        errors: [{ rule: 'sales-pitch', words: 'if I showed you' }],
      },
    ],
  });
});

// Rounds 68, 70 and 71 (a Marine who raises money for veterans' housing, a Karachi exporter; an Army
// veteran with a Tulsa repair shop, a Lisbon designer; a combat medic turned ER nurse, a Toronto
// broker; a farmer who mentors veterans, a Bangalore customer-success lead; a Marine turned engineer
// with a free bootcamp, a Mexico City venue manager).

describe('a room lent, a CV carried to a peer’s lead, a review thanked', () => {
  testRule(salesPitchRule, {
    valid: [
      "We have a boardroom at our Elm Street office that sits empty most evenings, and you're welcome to use it free of charge for the choir.",
      'Sorry to hear about the cuts at the hospital. If you want, I would be glad to pass your profile to two ward managers I know who are hiring. Just send me your CV whenever you are ready, no rush at all.',
      'Thank you for writing such a careful review of our product last spring, including the bits you disliked.',
    ],
    invalid: [
      { text: "Our new meeting pods are free of charge for the first month, and you're welcome to book a tour.", errors: [{ rule: 'sales-pitch', words: 'free of charge' }] },
      { text: 'We are placing nurses across the region this winter. Send me your CV and our team will call you.', errors: [{ rule: 'sales-pitch', words: 'Send me your CV' }] },
    ],
  });
  testRule(askBeforeGive, {
    valid: ['Sorry to hear about the cuts at the hospital. If you want, I would be glad to pass your profile to two ward managers I know who are hiring. Just send me your CV whenever you are ready, no rush at all.'],
    invalid: [{ text: 'We are placing nurses across the region this winter. Send me your CV and our team will call you.', errors: [{ rule: 'ask-before-give', words: 'Send me your' }] }],
  });
});

describe('a place on their list, their stars, their word for my application', () => {
  testRule(askBeforeGive, {
    valid: ['Your list of trusted contractors got our roof fixed before the storm. Thank you for keeping it.'],
    invalid: [
      { text: 'Hi Tom, I run a joinery in Leeds. Would love to be on your list of trusted contractors.', errors: [{ rule: 'ask-before-give', words: 'be on your list of trusted' }] },
      { text: 'Congrats on the new café! Would sure like to be your supplier for bread down the road.', errors: [{ rule: 'ask-before-give', words: 'be your supplier', severity: 'error' }] },
      { text: 'Thank you for choosing us for the party! Could you leave us 5 stars on Google?', errors: [{ rule: 'ask-before-give', words: 'leave us 5 stars', severity: 'error' }] },
      {
        text: 'I applied for the ward clerk job last week. Would you be open to flagging my application to the manager?',
        errors: [
          { rule: 'ask-before-give', words: 'Would you be open to' },
          { rule: 'ask-before-give', words: 'flagging my application' },
        ],
      },
      { text: 'We worked together on the bridge survey in 2019. Would you mind to endorse my skills in GIS?', errors: [{ rule: 'ask-before-give', words: 'endorse my', severity: 'error' }] },
    ],
  });
});

describe('a sale closed or opened as a favour', () => {
  testRule(salesPitchRule, {
    valid: ['Many of our neighbours at the allotment found your compost guide very handy. Thank you for writing it.'],
    invalid: [
      { text: "I've set aside a table with your firm's name on it at the gala. Shall I lock it in for you?", errors: [{ rule: 'sales-pitch', words: 'lock it in' }] },
      { text: "Most clinics your size are overpaying for linen by 15%. I'd be glad to run the numbers for you.", errors: [{ rule: 'sales-pitch', words: 'run the numbers for you' }] },
      { text: 'Many of our customers at your stage found the booking add-on very handy.', errors: [{ rule: 'sales-pitch', words: 'Many of our customers' }] },
    ],
  });
});

// Out of sample (leave-author-group-out), an Army spouse's genuine question read as a request for her thing.
describe('what helps them do their own work, asked about', () => {
  testRule(askBeforeGive, {
    valid: ['Since you have hired remote for years: when a CV shows four jobs in six years because of moves, what actually helps you read it fairly?'],
    invalid: [{ text: 'I finished the draft last night. Would you read it before Friday?', errors: [{ rule: 'ask-before-give', words: 'you read it' }] }],
  });
});
