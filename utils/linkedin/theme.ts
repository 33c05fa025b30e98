import { THEME_CLASS } from './selectors';

/** LinkedIn's own dark mode is a class on <html>; without one, follow the system. */
export function pageTheme(doc: Document = document): 'light' | 'dark' {
  const classes = doc.documentElement.classList;
  if ([...classes].some((c) => c.startsWith(THEME_CLASS.dark))) return 'dark';
  if ([...classes].some((c) => c.startsWith(THEME_CLASS.light))) return 'light';
  return doc.defaultView?.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
