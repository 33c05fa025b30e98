/**
 * The pages Cultivate coaches on, as a match pattern: LinkedIn's own site over https. Not plain
 * http, not other subdomains (help, business, ads): the content script and the coaching UI are
 * offered nowhere else.
 */
export const LINKEDIN_PAGES = 'https://www.linkedin.com/*';
