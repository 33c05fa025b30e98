/** How many people one page of the recent list holds (the first page is read before React loads). */
export const PEOPLE_PAGE = 20;
