export interface WeeklyGoals {
  personalNotesPerWeek?: number;
  followUpsPerWeek?: number;
}

/** Used until the person sets their own goals in the options page. */
export const SUGGESTED_GOALS = { personalNotesPerWeek: 5, followUpsPerWeek: 3 } as const;
