/** How long Snooze puts a follow-up off. */
export const SNOOZE_DAYS = 3;
