import { describe } from 'vitest';
import { testRule } from '../testing/rule-tester';
import { askBeforeGive } from './ask-before-give';
import { jobSeekingRule } from './job-seeking';
import { linkPush } from './link-push';
import { offersValueRule } from './offers-value';
import { pushyFollowUp } from './pushy-follow-up';
import { salesPitchRule } from './sales-pitch';

// Session 12, third round (issue 12): a mechanical engineering professor and a Georgia roofer, an
// Air Force veteran in security and a Sydney data engineer writing second-language English, a
// paediatric nurse practitioner and a Calgary HVAC estimator. Their shapes, in our own words.

describe('asks put through a company, a session or a candidate', () => {
  testRule(askBeforeGive, {
    valid: [
      'Your keynote was the clearest 20 minutes of the conference. Your one slide fixed how I teach it.',
      'Hi Ana, you review my very first pull request in 2018. Now I am a maintainer. Thank you!',
      'You mentioned you are studying for boards. I have the review book and I am done with it. Happy to post it to you for free, send me an address if you want it.',
      'Our crew voted to donate the labour for the chapel roof. Nothing owed.',
      'If you ever want a free stress check on a bracket before tooling, would you send it my way? My students learn more from real parts.',
    ],
    invalid: [
      { text: 'We are writing a centre grant and need letters of collaboration. Would your firm be willing to provide one?', errors: [{ rule: 'ask-before-give', words: 'letters of collaboration' }, { rule: 'ask-before-give', words: 'Would your firm be willing' }] },
      { text: 'I chair the corrosion session at the spring meeting and we are two papers short. Your lab’s recent work would fit perfectly.', errors: [{ rule: 'ask-before-give', words: 'would fit perfectly' }] },
      { text: 'Your shop has the best counter staff in town. We are adding a supplier and would love to see a pricing sheet.', errors: [{ rule: 'ask-before-give', words: 'a pricing sheet' }] },
      { text: 'Could you review my paper in 2026?', errors: [{ rule: 'ask-before-give', words: 'review my' }] },
      { text: 'If you ever want a free audit of your site, would you send me your login?', errors: [{ rule: 'ask-before-give', words: 'would you send' }] },
      { text: 'Your lab’s new paper is wonderful. I am organising a webinar series and was hoping you could give a talk next month.', errors: [{ rule: 'ask-before-give', words: 'hoping you could' }] },
    ],
  });
  testRule(linkPush, {
    valid: ['You posted that you are hiring a welder. My cousin would be a great fit, his portfolio: https://example.com/tomas-welds'],
    invalid: [
      { text: 'A former student of mine just finished her thesis on heat pumps. She would be a superb fit for your group. Her CV: https://example.edu/~lee/cv.pdf', errors: [{ rule: 'link-push', words: 'https://example.edu/~lee/cv.pdf' }] },
    ],
  });
});

describe('selling told as a client’s story, a demo slot, a product for their people', () => {
  testRule(salesPitchRule, {
    valid: [
      'Here is the worksheet I made last term, I think your students would love it.',
      'A client of mine loved your book. After we discussed it she changed her pricing. Thank you!',
    ],
    invalid: [
      { text: 'A practice manager in Derby told me she finally took a holiday after we set up her locum cover. Thought of you when I saw your team is short.', errors: [{ rule: 'sales-pitch' }] },
      { text: 'We just finished a maintenance plan for a similar office park and their call-outs dropped to zero.', errors: [{ rule: 'sales-pitch', words: 'for a similar' }] },
      { text: 'I keep the Thursday 2pm slot free for your team to see the demo.', errors: [{ rule: 'sales-pitch', words: 'slot free for your' }, { rule: 'sales-pitch', words: 'see the demo' }] },
      { text: 'I advise a team building Nibble, an app that tracks toddler meals. Your parents would find it really useful.', errors: [{ rule: 'sales-pitch', words: 'Your parents would find' }] },
    ],
  });
  testRule(pushyFollowUp, {
    valid: [],
    invalid: [{ text: 'Hi Tom, just follow up my message last week, any news?', errors: [{ rule: 'pushy-follow-up', words: 'follow up my message' }] }],
  });
});

describe('gives the coach did not see', () => {
  testRule(offersValueRule, {
    valid: [],
    invalid: [
      { text: 'good meetin u at the breakfast. holler if u ever need an extra hand on a big job', errors: [{ rule: 'offers-value' }] },
      { text: 'That $85 scaffold deal you posted? I passed it to three other small outfits in Leeds.', errors: [{ rule: 'offers-value', words: 'I passed it to' }] },
      { text: 'If your CV needs a second look before you apply, send it my way. I read them for free for any vet.', errors: [{ rule: 'offers-value', words: 'If your CV needs a second look before you apply, send it my way' }] },
      { text: 'I am starting a free study group for the board exam, Tuesdays on Zoom. If you want in, just say so.', errors: [{ rule: 'offers-value', words: 'If you want in' }] },
      { text: 'Welcome to town! If you need a supply house recommendation, Hillside has the best counter staff.', errors: [{ rule: 'offers-value' }] },
    ],
  });
});

// Probes of my own in the voices the blind holdout's escapes come from (academics, engineers,
// trades): six of eighteen read as relational at 762454f.
describe('an academic’s, an engineer’s and a tradesman’s asks and pitches', () => {
  testRule(askBeforeGive, {
    valid: [],
    invalid: [
      { text: 'Dear Dr. Huang, we have developed a complementary method and believe a joint proposal to the ERC could be very competitive.', errors: [{ rule: 'ask-before-give', words: 'a joint proposal' }] },
      { text: 'Your lecture series is wonderful. I am developing a course on the same topic and would love your endorsement.', errors: [{ rule: 'ask-before-give', words: 'your endorsement' }] },
      { text: 'Your paper on catalyst poisoning was superb. We would welcome your lab as a partner on work package 3.', errors: [{ rule: 'ask-before-give', words: 'as a partner on' }] },
    ],
  });
  testRule(salesPitchRule, {
    valid: [],
    invalid: [
      { text: 'Loved your talk on embedded Rust. We are hiring senior firmware engineers in Berlin.', errors: [{ rule: 'sales-pitch', words: 'We are hiring' }] },
      { text: 'Great work on the school build. We fabricate structural steel for jobs that size and would be glad to be on your bidder list.', errors: [{ rule: 'sales-pitch', words: 'We fabricate structural' }, { rule: 'sales-pitch', words: 'bidder list' }] },
      { text: 'Your bridge retrofit paper is a classic. My startup has built an AI tool for inspection reports.', errors: [{ rule: 'sales-pitch', words: 'My startup has built' }] },
      { text: 'Congrats on the promotion! By the way, my company just launched a scheduling app, thought of you.', errors: [{ rule: 'sales-pitch', words: 'my company just launched' }] },
      { text: 'Your forum answer on porosity was spot on. We distribute the gas blend that fixes it.', errors: [{ rule: 'sales-pitch', words: 'We distribute the' }] },
      { text: 'Great thread on PLC security. Our consultancy runs OT penetration tests.', errors: [{ rule: 'sales-pitch', words: 'Our consultancy runs' }] },
      { text: 'Fellow night-shift nurse here! I recently became a rep for a compression sock brand.', errors: [{ rule: 'sales-pitch', words: 'became a rep for' }] },
      { text: 'We both went to Purdue! I am a recruiter at a talent firm and would love to learn about your hiring needs for next year.', errors: [{ rule: 'sales-pitch', words: 'your hiring needs' }] },
      { text: 'I am a licensed plumber new to town. Mind if I drop off my business card at your office?', errors: [{ rule: 'sales-pitch', words: 'my business card' }] },
      { text: 'Great to meet at the show. As discussed, attached is our quote for the scaffolding. Valid till Friday.', errors: [{ rule: 'sales-pitch', words: 'our quote for' }, { rule: 'sales-pitch', words: 'Valid till' }] },
    ],
  });
  testRule(jobSeekingRule, {
    valid: [],
    invalid: [{ text: 'I am a third-year PhD student and will be on the job market next year. Your department’s work aligns with mine.', errors: [{ rule: 'job-seeking', words: 'on the job market' }] }],
  });
});
