import { describe, expect, test } from 'vitest';
import { analyze } from '../analyze';
import { testRule } from '../testing/rule-tester';
import { defaultBoilerplate } from './default-boilerplate';
import { offersValueRule } from './offers-value';
import { pushyFollowUp } from './pushy-follow-up';
import { salesPitchRule } from './sales-pitch';
import { sharedContextRule } from './shared-context';
import { unfilledPlaceholder } from './unfilled-placeholder';

// Session 38 (issue 12). Each case names what it came from; the shapes are in our words.

// Round 118's Navy chief wrote to the stokers he trained with LinkedIn's default line still at the top
// (the app once put it in the box): "I'd like to add you to my professional network on LinkedIn.
// Daniel, it's your old Chief." The default alone, or with a name signed under it, is still the whole
// note; the default above the writer's own note is a line to cut. And "would like to add you …" is the
// default whoever says it, with or without the "I".
describe("LinkedIn's default line above a note of the writer's own", () => {
  testRule(defaultBoilerplate, {
    valid: ['I would like to add you to the list of speakers for our spring meetup.'],
    invalid: [
      {
        text: "I'd like to add you to my professional network on LinkedIn. Tunde, it's your old Chief from the stokers' mess. Greetings to Port Harcourt.",
        errors: [{ rule: 'default-boilerplate', words: 'like to add you to my professional network', severity: 'warning' }],
      },
      {
        text: "I'd like to add you to my professional network on LinkedIn. - R. Okafor, CPO (Rtd.)",
        errors: [{ rule: 'default-boilerplate', severity: 'error' }],
      },
      {
        text: 'Hello, I am a quantity surveyor in Leeds and would like to add you to my professional network.',
        errors: [{ rule: 'default-boilerplate', words: 'like to add you to my professional network', severity: 'error' }],
      },
    ],
  });

  test('keeps the note from reading as a relationship, but does not make it a transaction', () => {
    const prefilled = analyze({
      text: "I'd like to add you to my professional network on LinkedIn. Tunde, it's your old Chief from the stokers' mess. Greetings to Port Harcourt.",
    });
    expect(prefilled.verdict).toBe('needs-work');
    expect(analyze({ text: "I'd like to add you to my professional network on LinkedIn. - R. Okafor, CPO (Rtd.)" }).verdict).toBe('transactional');
  });
});

// Round 118's digger: "Still owe you 20 bucks from TK" (Tarin Kowt). Two capitals are initials, a base
// or a firm ("TK Electrical"), not a journalist's "to come" left in a template.
describe('"TK" is not a placeholder', () => {
  testRule(unfilledPlaceholder, {
    valid: ['Still owe you 20 bucks from TK. Let me know where to send it.'],
    invalid: [{ text: 'Hi XXX, loved your talk at XYZ.', errors: [{ rule: 'unfilled-placeholder', words: 'XXX' }, { rule: 'unfilled-placeholder', words: 'XYZ' }] }],
  });
});

// Round 118's veterans placed themselves in the reader's years: "Rajendra here, I was your Adjutant",
// "you were my OC on Herrick 13", "we were on Herrick 8 together". Each is history the two share. "When I
// was your age" is not.
describe("each one's role in the other's years is shared context", () => {
  testRule(sharedContextRule, {
    valid: ['When I was your age I had no idea what a pension was either.', 'You were right about the timber prices.', 'Saw your old team won the league, well done them.'],
    invalid: [
      { text: 'Sir, I was your driver in Zhari in 2010.', errors: [{ rule: 'shared-context', words: 'I was your' }] },
      { text: 'You were my platoon sergeant at Singleton in 2003.', errors: [{ rule: 'shared-context', words: 'You were my platoon' }] },
      { text: 'Found you at last. We were on Herrick 8 together.', errors: [{ rule: 'shared-context', words: 'were on Herrick 8 together' }] },
      // Round 121's retired Army nurse: "Tess Dizon here, your old 'Captain Band-Aid.'"
      { text: "Sergeant Major! Tess here, your old 'Captain Band-Aid.' Say hi to Mrs. Boone.", errors: [{ rule: 'shared-context', words: 'here, your old' }] },
      { text: "Daniel, it's your old Chief. Greetings to Halifax.", errors: [{ rule: 'shared-context', words: "it's your old" }] },
    ],
  });
});

// Round 118's sapper: "Jonno! WO2! They finally ran out of other candidates. Dead proud of you, mate."
// Pride in what they did is congratulations in other words; beside a pitch, like congratulations, it is
// the pitch's opening and gives nothing.
describe('"proud of you" congratulates', () => {
  testRule(offersValueRule, {
    valid: ['So proud of you, Matt! Our veteran franchise packages start at $25,000. Book a call this week.'],
    invalid: [{ text: 'Jonno! WO2 at last. Dead proud of you, mate.', errors: [{ rule: 'offers-value', words: 'proud of you' }] }],
  });
});

// Round 118's franchise seller wrote to a veteran just hired at the airport: "our veteran franchise
// program is always here … set your own hours. Here's the link to our info pack". A franchise offered
// is a sale; one they already run is not.
describe('a franchise offered', () => {
  testRule(salesPitchRule, {
    valid: ["How's the new franchise going? Dad says the Saturday queue is out the door."],
    invalid: [
      {
        text: 'Congrats on the new role! If it is not what you hoped, our veteran franchise program is always here: set your own hours.',
        errors: [{ rule: 'sales-pitch', words: 'franchise program' }, { rule: 'sales-pitch', words: 'set your own hours' }],
      },
    ],
  });
});

// Round 118's forex coach, after a no: "I understand you said you are not interested, no problem at all
// 🙏🏾 But just consider …". Pressing on after a refusal is a chase.
describe('pressing on after a no', () => {
  testRule(pushyFollowUp, {
    valid: [{ text: 'You said you were not interested in the committee, and that was the right call. See you at the barbecue.', surface: 'message' }],
    invalid: [
      {
        text: 'Sir I understand you said you are not interested, no problem at all. But inflation is eating your pension every month. My line is open.',
        surface: 'message',
        errors: [{ rule: 'pushy-follow-up', words: 'said you are not interested' }],
      },
      // Round 121's supplements rep: "Hey brother, third time reaching out lol 😅".
      { text: 'Hey brother, third time reaching out lol. Just making sure you saw the code.', surface: 'message', errors: [{ rule: 'pushy-follow-up', words: 'third time reaching out' }] },
    ],
  });
});
