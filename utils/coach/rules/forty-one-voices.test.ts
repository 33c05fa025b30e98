import { describe } from 'vitest';
import { testRule } from '../testing/rule-tester';
import { askBeforeGive } from './ask-before-give';
import { specificDetail } from './specific-detail';

// Session 21 (issue 12): the two check sets session 20 left unread (a Manchester paramedic and a
// Singapore HR partner; an Alabama owner-operator trucker and a PhD student in Eindhoven), read at
// last. The shapes their notes showed, in our own words.

describe('what they need not do asks nothing of them', () => {
  testRule(askBeforeGive, {
    valid: [
      'The bike racks behind the library are free again and nobody checks. You don’t need to join my club to use them, just lock up well.',
      'Slides are attached. You do not have to share them with my name on, use them however helps.',
    ],
    invalid: [
      { text: 'New route guide is out. You need to join my group to see it, link below.', errors: [{ rule: 'ask-before-give' }] },
    ],
  });
});

describe('backing, a job and an employer sized up, asked sideways', () => {
  testRule(askBeforeGive, {
    valid: [],
    invalid: [
      {
        text: 'Your piece on night-shift fatigue was spot on. I am writing to the board about rotas, and I want to put your name to the letter.',
        errors: [{ rule: 'ask-before-give', words: 'put your name to' }],
      },
      {
        text: 'Eight years on the wards and theatre admin is where I want to be next. If there’s ever a word in an ear going at your hospital, I’d be grateful.',
        errors: [{ rule: 'ask-before-give', words: 'a word in an ear' }],
      },
      {
        text: 'Hope the new rig is running sweet! Roughly what are you grossing a month these days?',
        errors: [{ rule: 'ask-before-give', words: 'you grossing' }],
      },
      {
        text: 'May I ask, does your lab sponsor the skilled worker visa for people finishing a doctorate?',
        errors: [{ rule: 'ask-before-give', words: 'sponsor the skilled worker visa' }],
      },
    ],
  });
});

describe('a question in quotes is no memory of theirs', () => {
  testRule(specificDetail, {
    valid: [
      'This spring I run a short ‘are you covered?’ check for anyone who asks.',
      'Were you told about the new rota? Either way it starts Monday.',
    ],
    invalid: [
      { text: 'The rota you drew up for the winter saved our Christmas.', errors: [{ rule: 'specific-detail', words: 'you drew' }] },
    ],
  });
});
