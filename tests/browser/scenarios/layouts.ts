import type { ScenarioPage, Target } from '../driver/types';

/** One LinkedIn invitation layout, as a person meets it: how to open the dialog and what its parts are called. */
export interface InvitationLayout {
  id: string;
  path: string;
  person: string;
  open(page: ScenarioPage): Promise<void>;
  /** Anything the layout asks before a note can be sent (the email gate). */
  beforeSend?(page: ScenarioPage): Promise<void>;
  addNote: Target;
  sendWithoutNote: Target;
  send: Target;
  limit: number;
  /** A note that reads as a relationship for this person. */
  relationalNote: string;
}

const note: Target = { css: 'textarea#custom-message' };
export const NOTE = note;

const clickConnect = (name: string, role: 'button' | 'link' = 'button') => async (page: ScenarioPage) => {
  await page.click({ role, name: `Invite ${name} to connect` });
};

const standard = {
  addNote: { role: 'button', name: 'Add a note' },
  sendWithoutNote: { role: 'button', name: 'Send without a note' },
  send: { role: 'button', name: 'Send invitation' },
  limit: 300,
} as const;

export const INVITATION_LAYOUTS: InvitationLayout[] = [
  {
    id: 'artdeco two-step dialog',
    path: '/in/ana-souza/',
    person: 'Ana Souza',
    open: clickConnect('Ana Souza'),
    ...standard,
    relationalNote:
      'Hi Ana, your talk on open data for urban farms changed how our co-op plans its beds. Happy to share our soil sensor notes. How did you get the city to publish its data?',
  },
  {
    id: 'legacy send-invite section',
    path: '/in/kwame-mensah/',
    person: 'Kwame Mensah',
    open: clickConnect('Kwame Mensah'),
    addNote: { role: 'button', name: 'Add a note' },
    sendWithoutNote: { role: 'button', name: 'Send now' },
    send: { role: 'button', name: 'Send invitation' },
    limit: 300,
    relationalNote:
      'Hi Kwame, I read your write-up on timber frames with low-carbon concrete and shared it with our site team. Happy to send you our moisture test results. What surprised you most on the Tema build?',
  },
  {
    id: 'native dialog, Connect link',
    path: '/in/fatima-haddad/',
    person: 'Fatima Haddad',
    open: clickConnect('Fatima Haddad', 'link'),
    ...standard,
    relationalNote:
      'Hi Fatima, your simulation training session for new paediatric nurses was the clearest I have seen. I run a similar programme in Leeds and would be glad to share our scenario library. How do you debrief the hardest cases?',
  },
  {
    id: 'dialog inside the interop shadow root (search)',
    path: '/search/results/people/',
    person: 'Wei Zhang',
    open: clickConnect('Wei Zhang', 'link'),
    ...standard,
    relationalNote:
      'Hi Wei, your Harbour Post piece on flood data was a model of clear charts. I keep a cleaned tide-gauge dataset and am happy to share it. How did you verify the council figures?',
  },
  {
    id: 'creator mode, Connect under More',
    path: '/in/yuki-tanaka/',
    person: 'Yuki Tanaka',
    async open(page) {
      await page.click({ role: 'button', name: 'More actions' });
      await page.click({ role: 'button', name: 'Invite Yuki Tanaka to connect' });
    },
    ...standard,
    relationalNote:
      "Hi Yuki, I loved Slow Teams, especially the chapter on meetings nobody asked for. We tried your 'quiet Wednesday' idea and I would be glad to share what we learned. What would you change in a second edition?",
  },
  {
    id: 'free account, 0/200 counter',
    path: '/in/siobhan-oconnell/',
    person: "Siobhan O'Connell",
    open: clickConnect("Siobhan O'Connell"),
    ...standard,
    limit: 200,
    relationalNote:
      'Hi Siobhan, your STEM outreach night with the water rockets was brilliant. Happy to send our kit list. How do you keep Year 9s that engaged?',
  },
  {
    id: 'email gate',
    path: '/in/dang-van-minh/',
    person: 'Dang Van Minh',
    open: clickConnect('Dang Van Minh'),
    async beforeSend(page) {
      await page.fill({ css: 'input[type="email"]' }, 'minh@example.org');
    },
    ...standard,
    relationalNote:
      'Hi Minh, great to see you again at the Da Nang design meetup. Your talk on bilingual interfaces stayed with me, and I am happy to share the usability notes we took. How is the app going?',
  },
];

export const UPSELL_LAYOUT = {
  path: '/in/aarav-sharma/',
  person: 'Aarav Sharma',
  open: clickConnect('Aarav Sharma'),
};
