import type { PhraseEntry } from '../text/phrase-matcher';
import { wordList } from '../text/word-set';

/** Chasing a stranger for an answer: a follow-up about my ask, not about them. */
export const CHASING: readonly PhraseEntry[] = [
  'following up on my',
  // "Just wanted to circle back on the demo we talked about".
  'circle back on the demo/proposal/quote',
  // In a second language: "just follow up my message last week".
  'follow up my message',
  'follow up on my',
  'following up again/as',
  'just following up',
  // "Hey brother, third time reaching out lol": counting one's own unanswered messages.
  'second/third/fourth/2nd/3rd/4th time reaching out',
  // Pressing on after a no: "I understand you said you are not interested, no problem … but".
  'said you are not interested',
  "said you're not interested",
  "haven't heard back",
  "didn't hear back",
  'did not hear back',
  'not heard back',
  // "I haven't heard from you, so I assume timing isn't right", "goes to the next guy Friday if I don't hear from you".
  // Not "I have not heard from you since the flood": a friend missed, not an answer pressed for.
  ...["haven't heard from you", 'have not heard from you', "didn't hear from you", 'did not hear from you'].map((phrase) => ({
    phrase,
    unlessNext: wordList('since in for lately recently'),
  })),
  "if i don't hear",
  'if i do not hear',
  'not to be a pest',
  // "This is now my fourth letter to you, and I have yet to receive the courtesy of a reply."
  'courtesy of a reply',
  'yet to receive a reply',
  'just a nudge',
  'a gentle/quick/friendly nudge',
  // "You did not answer my message of last week": the silence held against them.
  "didn't answer my",
  'did not answer my',
  "didn't reply to my",
  'did not reply to my',
  "didn't respond to my",
  'did not respond to my',
  'sorry to chase',
  'chasing/bumping/bump this',
  'this in case you missed',
  'bumping my',
  'me again',
  'my last/previous/earlier message',
  'my previous messages',
  'my message below',
  'did you get a chance',
  'had a chance to',
  // "Just checking if you'd had a look at the brochure I sent?"
  'checking if/whether you',
  'had a look at the',
  'any update/updates/word',
  ...wordList('bid quote proposal estimate tender').flatMap((sent) => [
    `the ${sent} i sent`,
    `the ${sent} we sent`,
  ]),
  'circling back',
  // "Just remembering about our proposal for the audit".
  'about our/my proposal',
  'checking in again',
  'just checking in',
  'please revert',
  'at the earliest',
  // "in case you missed it" after "here's the link to the piece quoting you" hands something over.
  'in case you missed my/our',
  'resending in case',
  "didn't miss it",
  'did not miss it',
  'top of your inbox',
  "haven't responded",
  'have not responded',
  "didn't get lost",
  'did not get lost',
  'got/get buried',
  'make sure my message',
  'reached out a few times',
  'one last time',
  'one more try',
  'last note from me',
];
