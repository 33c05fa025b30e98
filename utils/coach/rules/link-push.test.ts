import { testRule } from '../testing/rule-tester';
import { linkPush } from './link-push';

const rule = 'link-push';

// Written for issue 12: a first note that sends the reader to the writer's page, with the address
// written out or only pointed at, and links that hand over what the reader wanted.
testRule(linkPush, {
  valid: [
    // A link that carries what they asked for, or what was promised.
    'You asked after my talk for the scheduling spreadsheet. Here it is: sheets.example.com/rota-2025',
    "As promised, the survey results from the Bristol meetup are up at notes.example.org/survey, no sign-up needed.",
    'You mentioned you were hunting for a good intro to Terraform modules.\n\n- learn.example.dev/modules\n- docs.example.io/state',
    // Names with a dot that are not pages.
    'Your Node.js workshop was the first one that made streams click for me.',
    'We moved our admin tool to ASP.NET last year, e.g. the reports page, after your talk.',
    // An e-mail address is a contact detail, not a page to visit.
    'Thanks for the kind words about the mentoring scheme! Priya at priya@example.com runs it now.',
  ],
  invalid: [
    { text: 'Running a free webinar on hiring your first SDR next Tuesday, details at lu.ma/first-sdr', errors: [{ rule, words: 'lu.ma/first-sdr' }] },
    { text: 'Hey Dom, loved your keynote in Cork. Book a time with me here: cal.com/jess-ward/intro', errors: [{ rule, words: 'cal.com/jess-ward/intro' }] },
    { text: 'I put together a 3-question form for team leads, would mean a lot: forms.example.io/leads', errors: [{ rule, words: 'forms.example.io/leads' }] },
    { text: 'Great to connect! More about my studio at https://example.com/studio', errors: [{ rule, words: 'https://example.com/studio' }] },
    { text: 'My book on running remote teams is out this week, sign up here for the launch chapter.', errors: [{ rule, words: 'sign up here' }] },
    { text: 'We are hosting a founders breakfast in Glasgow on the 9th, spaces are tight: www.example.com/breakfast', errors: [{ rule, words: 'www.example.com/breakfast' }] },
    { text: 'Just launched my podcast, first episode is live, link below 👇', errors: [{ rule, words: 'link below' }] },
  ],
});
