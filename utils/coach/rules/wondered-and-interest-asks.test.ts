import { describe, expect, test } from 'vitest';
import { analyze } from '../analyze';
import { testRule } from '../testing/rule-tester';
import { askBeforeGive } from './ask-before-give';
import { genuineQuestion } from './genuine-question';
import { linkPush } from './link-push';
import { salesPitchRule } from './sales-pitch';

// Session 10 (issue 12): asks found by probing the coach with notes of our own in the voices the
// holdout is written in (a lab asking for data, a grant partner sought, a pitch closed with one word).

describe('a favour asked as something wondered about is an ask', () => {
  testRule(askBeforeGive, {
    valid: [
      'I was wondering whether you found the effect held at larger catchments; ours flattened out.',
      'I wonder if you would agree that most flood models are tuned on too few storms.',
      'I keep wondering if the pilot will outlast the grant. Hope it does.',
    ],
    invalid: [
      {
        text: 'Read your 2023 paper on sediment in braided rivers. We study the same reach and I was wondering whether the raw dataset is available.',
        errors: [{ rule: 'ask-before-give', words: 'wondering whether the raw dataset is available' }],
      },
      {
        text: 'Enjoyed your talk at the water forum. I was wondering if you could co-sign our letter to the council.',
        errors: [{ rule: 'ask-before-give', words: 'wondering if you could' }],
      },
      {
        text: 'I wonder if it would be possible to get a copy of your thesis chapter on peat cores.',
        errors: [{ rule: 'ask-before-give', words: 'wonder if it would be possible' }],
      },
      {
        text: 'Your poster on marsh restoration stuck with me. I wondered whether you’d be willing to co-supervise my MSc project.',
        errors: [{ rule: 'ask-before-give', words: 'wondered whether you’d' }],
      },
    ],
  });

  testRule(genuineQuestion, {
    valid: [
      'We study the same reach and I was wondering whether the raw dataset is available.',
      'I was wondering if you could share the code behind figure 3.',
    ],
    invalid: [
      {
        text: 'Your paper on braided rivers made me rethink our sampling. I was wondering whether the pattern held in the dry season too.',
        errors: [{ rule: 'genuine-question', words: 'wondering whether' }],
      },
    ],
  });
});

describe('the reader’s interest asked for closes a pitch', () => {
  testRule(askBeforeGive, {
    valid: [
      'What’s of interest to you in the new planning rules? I’m still reading them.',
      'Loved your post on reclaimed slate. Interesting how the older quarries held up.',
    ],
    invalid: [
      {
        text: 'I am putting together a Horizon bid and we need a partner lab in Spain. Yours would be a great fit. Interested?',
        errors: [{ rule: 'ask-before-give', words: 'Interested' }],
      },
      {
        text: 'We fit solar on farm buildings across the county. Would that be of interest?',
        errors: [{ rule: 'ask-before-give', words: 'Would that be of interest' }],
      },
      {
        text: 'My crew has a free week in March for any groundworks you need doing. Keen at all?',
        errors: [{ rule: 'ask-before-give', words: 'Keen' }],
      },
    ],
  });
});

describe('a link is marked whole, not by its first word', () => {
  testRule(linkPush, {
    valid: [],
    invalid: [
      {
        text: 'Our new scaffolding price list is up at https://example.com/prices/2027.',
        errors: [{ rule: 'link-push', words: 'https://example.com/prices/2027' }],
      },
      {
        text: 'Sign up for the roofing webinar (lu.ma/roof-27) before Friday!',
        errors: [{ rule: 'link-push', words: 'lu.ma/roof-27' }],
      },
    ],
  });
});

describe('a note in a language the coach keeps no words of is unread, not coached', () => {
  test.each([
    ['Indonesian', 'Selamat pagi Pak Joko, saya sudah membaca tulisan Bapak tentang pelabuhan Tanjung Perak. Sangat bermanfaat untuk pekerjaan saya. Terima kasih banyak.'],
    ['Tagalog', 'Magandang umaga po Ma’am Reyes, nabasa ko po ang inyong artikulo tungkol sa mga guro sa probinsya. Maraming salamat po sa pagbabahagi.'],
    ['Swahili', 'Habari yako Bwana Otieno, nimesoma makala yako kuhusu kilimo cha kahawa huko Nyeri. Imenisaidia sana katika kazi yangu ya kila siku.'],
  ])('%s', (_language, text) => {
    const analysis = analyze({ text });
    expect(analysis.verdict).toBe('unread');
    expect(analysis.score).toBeUndefined();
  });

  test('an English note of links and names stays coached', () => {
    const analysis = analyze({ text: 'Demo: https://github.com/kfrost/fastci-action-runner-cache-benchmarks www.kfrost.dev' });
    expect(analysis.verdict).not.toBe('unread');
  });
});

describe('help thanked for before it is given, backing counted on, a favour wished for', () => {
  testRule(askBeforeGive, {
    valid: [
      'Your advice on the tender last spring was invaluable; we won it. Thank you.',
      'I would love to share the survey results with you once they are out.',
      'Your feedback on my draft last year changed how I write abstracts. Thank you again.',
    ],
    invalid: [
      {
        text: 'Enjoyed your paper on karst aquifers. I am on the faculty market this year. Any pointers on your department’s search would be greatly appreciated.',
        errors: [{ rule: 'ask-before-give', words: 'pointers on your department’s search would be greatly appreciated' }],
      },
      {
        text: 'We served on the same base in 2009. I am raising funds for a service dog charity. Could I count on your support?',
        errors: [{ rule: 'ask-before-give', words: 'count on your support' }],
      },
      {
        text: 'Your thread on flaky tests was spot on. I have a side project that catches them, would love your feedback on it.',
        errors: [{ rule: 'ask-before-give', words: 'would love your feedback' }],
      },
      {
        text: 'Our special issue on urban heat closes in June, and we would be delighted to receive a manuscript from your group.',
        errors: [{ rule: 'ask-before-give', words: 'would be delighted to receive' }],
      },
    ],
  });
});

describe('thanks said to every veteran is not a give', () => {
  test('"thank you for your service" earns no strength', () => {
    const analysis = analyze({ text: 'Hi Angela, thank you for your service. I coach veterans through the move to civilian jobs.' });
    expect(analysis.findings.filter((finding) => finding.kind === 'strength')).toEqual([]);
  });
});

describe('a result sold with its figure, in the first person', () => {
  testRule(salesPitchRule, {
    valid: [
      'Your post on caching helped us cut our build time by 40%. Thank you for writing it up.',
      'Your checklist would help cut our onboarding time by a week, cannot wait to try it.',
    ],
    invalid: [
      {
        text: 'I work with finance leaders at mid-sized lenders like yours to help reduce manual reconciliation by up to 60%.',
        errors: [{ rule: 'sales-pitch', words: 'help reduce manual reconciliation by up to 60' }],
      },
    ],
  });
});

describe('a lab’s asks: a proposal attached, testers sought, a place, a copy, a thing of theirs to use', () => {
  testRule(askBeforeGive, {
    valid: [
      'I have attached the field photos I mentioned at the workshop in Bergen.',
      'Loved your keynote. I have attached a photo from the session, you look great in it!',
      'We spent the summer looking for a way to test the sensors in winter; your paper showed us how.',
      'It would be great to hear how the drilling season went.',
    ],
    invalid: [
      {
        text: 'Your review on soil carbon shaped my thesis. I am applying for a fellowship with your lab as host and have attached a short proposal.',
        errors: [{ rule: 'ask-before-give', words: 'have attached a short proposal' }],
      },
      {
        text: 'Our group built a cheaper sediment corer and we are looking for two labs to trial it this spring.',
        errors: [{ rule: 'ask-before-give', words: 'looking for two labs to trial' }],
      },
      {
        text: 'Your work on ice sheets is why I chose this field. Will you be taking new students next year?',
        errors: [{ rule: 'ask-before-give', words: 'taking new students' }],
      },
      {
        text: 'I cannot get past the paywall on your Water Research article. Could I ask you to send a copy?',
        errors: [{ rule: 'ask-before-give', words: 'Could I ask you to' }],
      },
      {
        text: 'Your drought index is the best I have seen. I am building a farm app and would like to license your index for it.',
        errors: [{ rule: 'ask-before-give', words: 'would like to license your' }],
      },
      {
        text: 'Congratulations on the new grant! I would appreciate any information on postdoc openings in the project.',
        errors: [{ rule: 'ask-before-give', words: 'would appreciate any information' }],
      },
      {
        text: 'I saw your preprint on rift basins. It would be great if you could read my draft on the same basin before Friday.',
        errors: [{ rule: 'ask-before-give', words: 'would be great if you' }],
      },
      {
        text: 'We make low-cost tide gauges for universities. Let me know if this sounds relevant.',
        errors: [{ rule: 'ask-before-give', words: 'if this sounds relevant' }],
      },
    ],
  });

  testRule(linkPush, {
    valid: ['As you asked at the workshop, here is the paper on peat cores: doi.org/10.1000/peat'],
    invalid: [
      {
        text: 'Thanks for citing our 2019 paper. We have a follow-up study out now that may interest you: doi.org/10.1000/abc',
        errors: [{ rule: 'link-push', words: 'doi.org/10.1000/abc' }],
      },
    ],
  });
});
