// Every regular expression the coach uses lives here, so the ReDoS test can check each one.
// Prefer phrase lists (phrases/) and word tokens; add a pattern only when neither fits.

/** A rule id: kebab-case. */
export const RULE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Inside a bracketed placeholder: a short name such as "firstName", "First Name", "company_name". */
export const PLACEHOLDER_BODY = /^\s?[A-Za-z][A-Za-z_. ]{0,30}\s?$/;

/** A letter of any script: Unicode's Alphabetic. */
export const ALPHABETIC_LETTER = /\p{Alphabetic}/u;

/** An emoji or other pictograph, which closes a thought like a full stop (signals/topics.ts). */
export const PICTOGRAPH = /\p{Extended_Pictographic}/u;

export const PATTERNS: Readonly<Record<string, RegExp>> = {
  RULE_ID,
  PLACEHOLDER_BODY,
  ALPHABETIC_LETTER,
  PICTOGRAPH,
};
