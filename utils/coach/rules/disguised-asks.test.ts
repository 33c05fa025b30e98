import { describe } from 'vitest';
import { testRule } from '../testing/rule-tester';
import { askBeforeGive } from './ask-before-give';
import { genuineQuestion } from './genuine-question';
import { jobSeekingRule } from './job-seeking';
import { offersValueRule } from './offers-value';
import { pushyFollowUp } from './pushy-follow-up';
import { salesPitchRule } from './sales-pitch';
import { specificDetail } from './specific-detail';

// Shapes in which a transactional note escaped the coach, and good notes it misread, found by
// writing notes in voices the corpus had few of (outbound sequences, academics, writers whose first
// language is not English; issue 12, session 4). Written in our own words.

describe('asks phrased without the usual ask words', () => {
  testRule(askBeforeGive, {
    valid: [
      // A call offered on the condition that it helps them is an offer.
      "If a call would ever help, I'm glad to share what I learned, but no pressure at all.",
      'If an intro would be useful, I know the team there well.',
      // A length, not a request for their time.
      'I took your advice about shortening our demo to 15 minutes and it worked.',
      'We got the stand-up down from 30 to 10 minutes.',
      // Offered to the reader, if they want it.
      "Loved your post on volunteer onboarding. Let me know if you'd like an intro to the team at Kiva.",
      'Great panel today! Would you like me to send you the slides from my session?',
      "Your worksheets are the ones we use. If you ever want to pop in and see them in action, you'd be welcome.",
      // How they make their work, asked after naming it, is curiosity.
      'Your flood maps for the Calder valley are beautiful. What tools do you use to make them?',
      "Your talk on pricing at SaaStock was great. What's your process for testing a new price page?",
    ],
    invalid: [
      { text: 'Teams like that hit a wall with onboarding. Worth a look?', errors: [{ rule: 'ask-before-give', words: 'Worth a look' }] },
      { text: 'Would love to give you free access in exchange for a quick review.', errors: [{ rule: 'ask-before-give', words: 'in exchange for' }] },
      { text: 'Just wanted to see when you would be free for a proper demo.', errors: [{ rule: 'ask-before-give', words: 'you would be free' }, { rule: 'ask-before-give', words: 'a proper demo' }] },
      { text: "I'd love your brutally honest feedback on our landing page.", errors: [{ rule: 'ask-before-give', words: 'feedback on our' }] },
      { text: 'Who would be the best person to speak to about spend management?', errors: [{ rule: 'ask-before-give', words: 'the best person' }] },
      { text: 'Is forecasting a priority for you this quarter?', errors: [{ rule: 'ask-before-give', words: 'a priority for you' }] },
      { text: 'We released a free report. Happy to send it over if you tell me your email.', errors: [{ rule: 'ask-before-give', words: 'me your email' }] },
      { text: 'What would it mean for your team if onboarding took 3 days?', errors: [{ rule: 'ask-before-give', words: 'What would it mean for' }] },
      { text: 'Would you like to sponsor an issue?', errors: [{ rule: 'ask-before-give', words: 'to sponsor' }] },
      { text: 'If you would like a demo, just say.', errors: [{ rule: 'ask-before-give', words: 'a demo' }] },
      { text: "Let me know if you'd like to set up a time to discuss.", errors: [{ rule: 'ask-before-give', words: 'set up a time' }] },
      { text: 'What tools do you use for payroll?', errors: [{ rule: 'ask-before-give', words: 'What tools do you use for payroll' }] },
      { text: 'When could you squeeze in 20 mins next week?', errors: [{ rule: 'ask-before-give', words: 'squeeze in' }] },
      { text: 'Let me know when works for a follow-up call with our CEO.', errors: [{ rule: 'ask-before-give', words: 'when works' }, { rule: 'ask-before-give', words: 'follow-up call' }] },
    ],
  });
});

describe('pitches in the shape of a story or a give', () => {
  testRule(salesPitchRule, {
    valid: ['Your demo at the meetup was the best part of the night.', 'We came in third at the hackathon.'],
    invalid: [
      { text: 'Scaling teams hit a wall with onboarding, which is exactly where Stackwise comes in.', errors: [{ rule: 'sales-pitch', words: 'where Stackwise comes in' }] },
      { text: "Onboarding in 3 days, not 3 weeks? That's what we did for Harbor Health.", errors: [{ rule: 'sales-pitch', words: 'what we did for' }] },
      { text: 'Hi Bea, we will have a booth there and I would love to show you our new scheduling app.', errors: [{ rule: 'sales-pitch', words: 'show you our' }] },
      { text: "We've built something that makes it 10x easier.", errors: [{ rule: 'sales-pitch', words: "We've built something" }, { rule: 'sales-pitch', words: '10x' }] },
      { text: 'I am selling cotton t-shirts, minimum order 500 pieces.', errors: [{ rule: 'sales-pitch', words: 'I am selling' }, { rule: 'sales-pitch', words: 'minimum order' }] },
      { text: 'I run an AI governance consultancy and there is a lot we could do together.', errors: [{ rule: 'sales-pitch', words: 'run an AI governance consultancy' }, { rule: 'sales-pitch', words: 'we could do together' }] },
      { text: "Please connect and I'll send you details of roles matching your skill set.", errors: [{ rule: 'sales-pitch', words: 'send you details' }, { rule: 'sales-pitch', words: 'roles matching' }] },
      { text: 'We have a startup package at $499 a month.', errors: [{ rule: 'sales-pitch', words: 'package at' }] },
      { text: "We're offering 20% off annual contracts this quarter.", errors: [{ rule: 'sales-pitch', words: "We're offering" }] },
      { text: "As promised, I'm sending over our deck.", errors: [{ rule: 'sales-pitch', words: 'our deck' }] },
      { text: 'Speakers pay a reduced registration fee.', errors: [{ rule: 'sales-pitch', words: 'registration fee' }] },
    ],
  });
});

describe('chasing without the usual chasing words', () => {
  testRule(pushyFollowUp, {
    valid: ['Thanks for the reply, the guide you sent is great.'],
    invalid: [
      { text: "I see you've viewed my profile but haven't responded.", surface: 'message', errors: [{ rule: 'pushy-follow-up', words: "haven't responded" }] },
      { text: "Just wanted to make sure my message didn't get lost!", surface: 'message', errors: [{ rule: 'pushy-follow-up', words: 'make sure my message' }] },
      { text: "I've reached out a few times and wanted to try once more.", surface: 'message', errors: [{ rule: 'pushy-follow-up', words: 'reached out a few times' }] },
      { text: 'Rosa, one more try: would Thursday work better?', surface: 'message', errors: [{ rule: 'pushy-follow-up', words: 'one more try' }] },
    ],
  });
});

describe('what they did to my note is not their work', () => {
  testRule(specificDetail, {
    valid: ["Hi Rosa, I see you've viewed my profile.", 'Glad you accepted! Good to be connected.'],
    invalid: [{ text: 'Hi Rosa, so glad you accepted. You rescued our launch in 2019.', errors: [{ rule: 'specific-detail', words: 'You rescued' }] }],
  });
});

describe('congratulations as a second language writes it', () => {
  testRule(offersValueRule, {
    valid: ['Hi Dimitri, good to be connected.'],
    invalid: [{ text: 'Hi Dimitri, congratulation for your new position in Athens!', errors: [{ rule: 'offers-value', words: 'congratulation' }] }],
  });
});

describe('a pleasantry is not a question about their work', () => {
  testRule(genuineQuestion, {
    valid: [
      'Hello Mr. Evans, how are you? I am selling cotton t-shirts.',
      'Hi Zack, how are things at Orbit?',
      'Hi Sam, how are you doing?',
    ],
    invalid: [
      { text: 'Hi Yara, how are you finding the classroom after banking?', errors: [{ rule: 'genuine-question', words: 'Hi Yara, how are you finding the classroom after banking' }] },
    ],
  });
});

describe('a question that fits anyone earns no praise on its own', () => {
  testRule(genuineQuestion, {
    valid: [
      "Hi Mark, I'm connecting with leaders in fintech. How do you see AI changing your industry?",
      'Hi Mark, what are you most excited about this year in your field?',
    ],
    invalid: [
      // After naming something particular of theirs, the same kind of question is curiosity.
      {
        text: 'Your glacier paper on the Ladakh melt series was a joy. What got you into fieldwork?',
        errors: [{ rule: 'genuine-question', words: 'What got you into fieldwork' }],
      },
    ],
  });
});

describe('praise made of words that fit anyone is no detail', () => {
  testRule(specificDetail, {
    valid: [
      'Hi Mark, I noticed your impressive work in the supply chain space.',
      'Hi Mark, I read your recent article.',
      "Hi Mark, what's the one piece of advice you'd give a new manager?",
    ],
    invalid: [
      { text: 'Hi Mark, I read your recent article on Kenyan tea auctions.', errors: [{ rule: 'specific-detail', words: 'your recent article' }] },
    ],
  });
});

describe('a position sought in courteous words', () => {
  testRule(jobSeekingRule, {
    valid: ['I joined your team’s reading group last spring and loved it.'],
    invalid: [
      { text: 'I am seeking a supervisor for my PhD.', errors: [{ rule: 'job-seeking', words: 'seeking a supervisor' }] },
      { text: 'I would be grateful for the opportunity to join your lab.', errors: [{ rule: 'job-seeking', words: 'opportunity to join your' }] },
    ],
  });
});
