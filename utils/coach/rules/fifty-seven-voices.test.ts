import { describe } from 'vitest';
import { testRule } from '../testing/rule-tester';
import { askBeforeGive } from './ask-before-give';
import { jobSeekingRule } from './job-seeking';
import { salesPitchRule } from './sales-pitch';
import { offersValueRule } from './offers-value';

// Session 25 (issue 12): the check set f54c, read at last (a Marine veteran who teaches history, a
// Lagos solar sales manager), and rounds 57 and 58 (a county veterans service officer, a Bogotá
// subtitler; a combat engineer with an excavation firm, an Istanbul textile buyer; a Marine who
// peer-supports veterans by phone, a Johannesburg mining recruiter; a Guard nurse who runs a caregivers'
// group, a Mumbai SEO founder). The shapes their notes showed, in our own words.

describe('a referral sent their way', () => {
  testRule(askBeforeGive, {
    valid: [
      'You said the food pantry needs drivers. I told our church men’s group about it and two of them want in. Consider it a referral in your direction.',
      'Your shop did beautiful work on our porch, so I will keep sending referrals your way.',
    ],
    invalid: [
      { text: 'Hi Ken, I am between roles right now. Could you give me a referral to your hiring manager?', errors: [{ rule: 'ask-before-give', words: 'a referral' }] },
      { text: 'If you know anyone who needs a roofer, a referral would mean the world. Happy to send one your way too someday.', errors: [{ rule: 'ask-before-give', words: 'know anyone' }, { rule: 'ask-before-give', words: 'a referral' }] },
    ],
  });
  testRule(jobSeekingRule, {
    valid: ['Two of my neighbours are great carpenters looking for steady work. Consider it a referral in your direction if the crew still needs hands.'],
    invalid: [{ text: 'Just got laid off. Any chance of a referral at your firm?', errors: [{ rule: 'job-seeking', words: 'laid off' }, { rule: 'job-seeking', words: 'a referral' }] }],
  });
});

describe('an address for something of theirs to be mailed', () => {
  testRule(askBeforeGive, {
    valid: [
      'The class printed the photos from your mother’s visit and framed one for you. If you would like it mailed, just send me an address.',
      'Found two of your dad’s old unit patches at the estate sale. Want them shipped? Send me your address and they are on the way.',
    ],
    invalid: [
      { text: 'We would love to mail you our new catalogue. Send me your address and our rep will follow up on pricing.', errors: [{ rule: 'ask-before-give', words: 'Send me your' }] },
    ],
  });
});

describe('a price written with its currency code or name', () => {
  testRule(salesPitchRule, {
    valid: [
      'Here are the interpreters we used in Puebla. The one downtown charges around 600 MXN a day, cheap but book early.',
      'We raised 900 dollars for the shelter at the chili cook-off, thank you for the pot.',
    ],
    invalid: [
      { text: 'Loved your travel vlog. Subtitles run 150 USD per ten videos, and I can start Monday.', errors: [{ rule: 'sales-pitch', words: '150' }] },
      { text: 'Big fan of the show. Transcripts of every episode, flat 45 EUR, would open it to new listeners.', errors: [{ rule: 'sales-pitch', words: '45' }] },
      { text: 'Your podcast is great. I can do show notes at 20 dollars per episode.', errors: [{ rule: 'sales-pitch', words: '20' }] },
    ],
  });
});

describe('favours asked sideways', () => {
  testRule(askBeforeGive, {
    invalid: [
      { text: 'Good working with you on the Elm St job. Mind writing a few lines about it for my page?', errors: [{ rule: 'ask-before-give', words: 'Mind writing' }] },
      { text: 'You sit on the parks board, right? I would appreciate you putting my name in front of whoever chooses the contractors.', errors: [{ rule: 'ask-before-give', words: 'in front of whoever' }] },
      { text: 'Your story about your brother stayed with me. I am collecting a few stories like it for our annual report. Would you be one of them?', errors: [{ rule: 'ask-before-give', words: 'Would you be one of them' }] },
      { text: 'Would a short word to your marketing folks about our club be too much trouble?', errors: [{ rule: 'ask-before-give', words: 'be too much trouble' }] },
      { text: 'Congrats on ten years at the mine. I have clients keen on that background. Is your CV up to date?', errors: [{ rule: 'ask-before-give', words: 'your CV up to date' }] },
      { text: 'Saw your shop sponsored the rodeo. It would look fine to have your store on the banner at our fish fry too.', errors: [{ rule: 'ask-before-give', words: 'on the banner' }] },
      { text: 'Glad your claim came through. If you could leave some stars on our office page before Monday, it would help us a whole lot.', errors: [{ rule: 'ask-before-give', words: 'some stars on' }] },
    ],
    valid: [],
  });
  testRule(jobSeekingRule, {
    valid: [],
    invalid: [
      { text: "Congrats on the district job. I have been at the county eight years and wondered who I should ask about what's coming open.", errors: [{ rule: 'job-seeking', words: "what's coming open" }] },
      { text: 'Eight years on the same crew and I reckon it is time to move up. Anything at your place?', errors: [{ rule: 'job-seeking', words: 'time to move up' }] },
    ],
  });
});

describe('a firm kept on file, a sample sent, ideas hinted at', () => {
  testRule(salesPitchRule, {
    valid: [],
    invalid: [
      { text: 'Worth connecting so you have us in your back pocket when the spring work starts.', errors: [{ rule: 'sales-pitch', words: 'us in your back pocket' }] },
      { text: 'Put my firm on the bid list and I will make it worth your while.', errors: [{ rule: 'sales-pitch', words: 'make it worth' }] },
      { text: 'Your bakery posts are lovely. I design labels; can I send you a sample?', errors: [{ rule: 'sales-pitch', words: 'send you a sample' }] },
      { text: 'Your café looks packed on weekends! How do you get bookings from search? I have some ideas 😉', errors: [{ rule: 'sales-pitch', words: 'I have some ideas' }] },
    ],
  });
});

describe('my own Saturdays offered', () => {
  testRule(salesPitchRule, {
    valid: [],
    invalid: [
      {
        text: 'Hope the new house is coming together. I have two Saturdays open in May and a trailer, so if you need the old shed hauled off, say the word.',
        errors: [{ rule: 'sales-pitch', words: 'Saturdays open', severity: 'warning' }],
      },
      {
        text: "I've got a few Saturdays left this spring and I'm doing 15% off if you book this month.",
        errors: [
          { rule: 'sales-pitch', words: 'Saturdays left', severity: 'error' },
          { rule: 'sales-pitch', words: '15% off', severity: 'error' },
        ],
      },
    ],
  });
});

describe('what they asked for, sent when they reply', () => {
  testRule(askBeforeGive, {
    valid: [
      'You asked after the panel how to start volunteering at the VA. The next orientation is in April. Send me your email and I will forward the info, or just reply here and I will paste it in.',
    ],
    invalid: [{ text: 'Just reply and I will send our pricing deck.', errors: [{ rule: 'ask-before-give', words: 'Just reply' }] }],
  });
});

describe('someone good sent their way, a tip before it costs them', () => {
  testRule(offersValueRule, {
    valid: [],
    invalid: [
      { text: 'A young welder came by looking for work and I have nothing. Sending him your way if you are open to it.', errors: [{ rule: 'offers-value', words: 'Sending him your way' }] },
      { text: "The county's bid for the culvert says dry soil but the report says groundwater at six feet. Figured you'd want to know.", errors: [{ rule: 'offers-value', words: "Figured you'd want to know" }] },
    ],
  });
});

describe('a buyer asking for suppliers and prices, a funder asked how to be considered', () => {
  testRule(askBeforeGive, {
    valid: [],
    invalid: [
      { text: 'Your spring collection was lovely, the linen especially. Could you share the name of your linen supplier?', errors: [{ rule: 'ask-before-give', words: 'share the name of your' }] },
      { text: 'Three generations in one dye house is rare. What would be your best price for 20,000 m of poplin?', errors: [{ rule: 'ask-before-give', words: 'your best price' }] },
      { text: 'Saw your grants went to two rural clinics this year. I would be grateful to know how we could be considered next spring.', errors: [{ rule: 'ask-before-give', words: 'how we could be considered' }] },
    ],
  });
});

describe('round 59 and 60: favours asked plainly, folksy or sideways', () => {
  testRule(askBeforeGive, {
    valid: ['You put in a good word for my nephew at the plant last spring and he starts Monday. Thank you.'],
    invalid: [
      {
        text: 'I know you sit on the library board. our reading club needs new books. would you put in a good word for us with the trustees',
        errors: [{ rule: 'ask-before-give', words: 'put in a good word' }],
      },
      { text: 'Your brother said you work at the mill. Could you get my son’s application in front of somebody there?', errors: [{ rule: 'ask-before-give', words: 'in front of somebody' }] },
      { text: 'Curious, what does it take for a small shelter to get noticed by your fund? Asking for our spring drive.', errors: [{ rule: 'ask-before-give', words: 'Asking for our' }] },
      { text: 'Has your team tried paying growers by phone? Asking because we do it at scale.', errors: [{ rule: 'ask-before-give', words: 'Asking because we' }] },
      { text: 'My memoir is out on Amazon. If you could read it and put a few words on there, I would be grateful.', errors: [{ rule: 'ask-before-give', words: 'put a few words' }] },
      { text: 'I see you run the used lot on Main. What kind of deal could you do for a church van?', errors: [{ rule: 'ask-before-give', words: 'kind of deal' }] },
    ],
  });
  testRule(salesPitchRule, {
    valid: [],
    invalid: [
      { text: 'Congrats on the new role! How are you thinking about returns this year? It is exactly what we solve.', errors: [{ rule: 'sales-pitch', words: 'what we solve' }] },
      { text: 'Great booth at the expo. Attached a short case study from our pilot with a grocer.', errors: [{ rule: 'sales-pitch', words: 'case study from our' }] },
    ],
  });
});

describe('round 61: a free evening we host, and their buyers reached through them', () => {
  testRule(askBeforeGive, {
    valid: ['We host a small free evening on river policy at our office on 14 May. No sales talks, only two researchers and pretzels. Would be happy if you come.'],
    invalid: [
      { text: 'We launch our new scheduling app on 14 May. I would be glad if you come to the demo.', errors: [{ rule: 'ask-before-give', words: 'be glad if you come' }] },
      // "Free" asking their time is no free thing: the wish stays a favour asked.
      {
        text: 'Are you free Thursday? I would be glad if you join our call with the product team.',
        errors: [
          { rule: 'ask-before-give', words: 'Are you free' },
          { rule: 'ask-before-give', words: 'be glad if you join' },
        ],
      },
      { text: 'Loved your talk on cold chains. Do you know anyone in procurement at the grocer? We would love to run a pilot with them.', errors: [{ rule: 'ask-before-give', words: 'know anyone' }, { rule: 'ask-before-give', words: 'a pilot with' }] },
      { text: 'As a nurse who serves rural families, I would appreciate a few minutes with your staff about the clinic bill.', errors: [{ rule: 'ask-before-give', words: 'a few minutes with' }] },
      { text: 'Your fund just opened a window for water projects. Kindly advise the best way to get our proposal to the panel.', errors: [{ rule: 'ask-before-give', words: 'best way to get our' }] },
    ],
  });
});

describe('the check set f57c, read at last: a number asked so help can come', () => {
  testRule(askBeforeGive, {
    valid: ["Heard the flood got into your shop. Some of us from the legion have Sunday free. Send me a phone number and a time and we'll show up with pumps and sandwiches."],
    invalid: [{ text: "Send me your address and we'll come by with our pricing for the new roof.", errors: [{ rule: 'ask-before-give', words: 'Send me your' }] }],
  });
});
