import { describe } from 'vitest';
import { testRule } from '../testing/rule-tester';
import { askBeforeGive } from './ask-before-give';
import { linkPush } from './link-push';
import { offersValueRule } from './offers-value';
import { sharedContextRule } from './shared-context';

// Session 14 (issue 12): a Korean UX researcher in Berlin and a Polish planner in Dublin, an Army
// medic turned nurse practitioner and a retired Navy logistics officer, a geography PhD in Utrecht
// and an electrician in Brisbane. Their kindnesses read as asks and pitches; the shapes, in our own words.

describe('a phone number told of is not asked for', () => {
  testRule(askBeforeGive, {
    valid: [
      'Tip from my first year on the ward: keep a backup phone number for the charge nurse in your locker.',
      'The flyer went out with an old office phone number, so people still ring me about the food bank.',
    ],
    invalid: [
      { text: 'Could you leave a good phone number for the venue team?', errors: [{ rule: 'ask-before-give', words: 'phone number' }] },
      { text: 'Can I have your mobile number for the rota?', errors: [{ rule: 'ask-before-give', words: 'your mobile' }] },
    ],
  });
});

describe('a building site is not a website', () => {
  testRule(askBeforeGive, {
    valid: [
      'Hi Ken, your apprentice Mia wired the whole plant room on our site last week without a single callback. Proud of her.',
      'We finally opened the new cold store on our site, and your racking layout from the course held up.',
    ],
    invalid: [
      { text: 'Hi Ken, have a look at our site when you get a chance.', errors: [{ rule: 'ask-before-give', words: 'have a look at our' }] },
    ],
  });
  testRule(linkPush, {
    valid: ['Your crew did great work on our site this week, thank you.'],
    invalid: [{ text: 'Loved your talk. More info on our site: https://example.com/tour', errors: [{ rule: 'link-push' }] }],
  });
});

describe('comments on their work, handed over in a document', () => {
  testRule(linkPush, {
    valid: [
      'Read your thesis chapter like I promised. Full comments in doc: https://docs.example.com/d/44Qz/edit',
      'Went through your grant draft last night. My comments are in the file: https://files.example.org/s/9k2',
    ],
    invalid: [{ text: 'Our comparison is in the doc: https://docs.example.com/d/77Hx/view', errors: [{ rule: 'link-push' }] }],
  });
});

describe('credit given is a give', () => {
  testRule(offersValueRule, {
    valid: ['The reason I ask is that our deadline moved.'],
    invalid: [
      {
        text: 'That one chat at the open evening is the reason I stayed in nursing.',
        errors: [{ rule: 'offers-value', words: 'is the reason I' }],
      },
      { text: "You're the reason I applied for the diploma.", errors: [{ rule: 'offers-value', words: "You're the reason I" }] },
    ],
  });
});

describe('families that shared something, and favours done for them', () => {
  testRule(sharedContextRule, {
    valid: ['Were our two teams ever in the same building?'],
    invalid: [
      { text: 'Your son and mine were on the same under-12 team at Riverside, small world!', errors: [{ rule: 'shared-context', words: 'mine were on the same' }] },
      { text: 'I think our kids were in the same swim class at the Y last summer.', errors: [{ rule: 'shared-context', words: 'kids were in the same' }] },
    ],
  });
  testRule(offersValueRule, {
    valid: ['Could you run the numbers for us before Friday?'],
    invalid: [
      {
        text: 'We have a spare seat on the mapping software, glad to run a few layers for you if that helps.',
        errors: [{ rule: 'offers-value', words: 'for you if that helps' }],
      },
    ],
  });
});

describe('someone else’s profile, put forward to a person who hires', () => {
  testRule(linkPush, {
    valid: [
      'I know you recruit for the county hospitals. My old crew chief, Rosa Delgado, just got her paramedic licence and never panics: linkedin.com/in/rosa-delgado-emt-19ab',
    ],
    invalid: [
      { text: 'Rosa Delgado here, 12 years in EMS. Connect with me: linkedin.com/in/rosa-delgado-emt-19ab', errors: [{ rule: 'link-push' }] },
      {
        text: 'My colleague Rosa Delgado leads our sales team, connect with her: linkedin.com/in/rosa-delgado-emt-19ab',
        errors: [{ rule: 'link-push' }],
      },
    ],
  });
});
