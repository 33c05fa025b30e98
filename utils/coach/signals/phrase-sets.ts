import { ASKS } from '../phrases/asks';
import { BOILERPLATE } from '../phrases/boilerplate';
import { CURIOSITY, REQUEST_OPENERS } from '../phrases/curiosity';
import { GENERIC_FLATTERY } from '../phrases/flattery';
import { GENERIC_GREETINGS } from '../phrases/generic-greetings';
import { JOB_SEEKING } from '../phrases/job-seeking';
import { LONG_TERM_INTENT } from '../phrases/long-term-intent';
import { MASS_NETWORKING } from '../phrases/mass-networking';
import { OFFERS_VALUE } from '../phrases/offers-value';
import { SALES_PITCH } from '../phrases/sales-pitch';
import { SHARED_CONTEXT } from '../phrases/shared-context';
import { DEADLINES, URGENCY } from '../phrases/urgency';
import { compilePhrases } from '../text/phrase-matcher';

// Each phrase list compiled once, at load; matches are memoised per doc.
export const asks = compilePhrases(ASKS);
export const boilerplate = compilePhrases(BOILERPLATE);
export const curiosity = compilePhrases(CURIOSITY);
export const requestOpeners = compilePhrases(REQUEST_OPENERS);
export const genericFlattery = compilePhrases(GENERIC_FLATTERY);
export const genericGreetings = compilePhrases(GENERIC_GREETINGS);
export const jobSeeking = compilePhrases(JOB_SEEKING);
export const longTermIntent = compilePhrases(LONG_TERM_INTENT);
export const massNetworking = compilePhrases(MASS_NETWORKING);
export const offersValue = compilePhrases(OFFERS_VALUE);
export const salesPitch = compilePhrases(SALES_PITCH);
export const sharedContext = compilePhrases(SHARED_CONTEXT);
export const urgency = compilePhrases(URGENCY);
export const deadlines = compilePhrases(DEADLINES);
