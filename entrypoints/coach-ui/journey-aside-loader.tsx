import { createElement, type ComponentType } from 'react';
import { browser } from 'wxt/browser';
import type { JourneyAsideProps } from '@/components/relationship-memory/JourneyAside';
import { oncePerPage, useOncePerPage } from './once-per-page';

// The journey aside is built apart from the coaching UI (entrypoints/journey-aside.ts) and imported
// the first time a draft is for someone already in the history. Until it arrives, and if it never
// does, the panel shows no memory line: the coaching itself does not wait for it.
const JOURNEY_ASIDE = '/journey-aside.js';

type Aside = ComponentType<JourneyAsideProps>;

const importJourneyAside = (): Promise<unknown> => import(browser.runtime.getURL(JOURNEY_ASIDE));
const journeyAside = oncePerPage<Aside>('the journey aside');

/** The aside component, imported once per page; undefined when the module cannot be imported or is not ours. */
export function loadJourneyAside(load: () => Promise<unknown> = importJourneyAside): Promise<Aside | undefined> {
  return journeyAside.load(load);
}

/** The memory line and starters once their module has loaded; nothing before, or if it never loads. */
export function LazyJourneyAside(props: JourneyAsideProps) {
  // The same component for the whole page once it has arrived (the module's own export), not one
  // made in this render: created by element, as React renders any component it is handed.
  const aside = useOncePerPage(journeyAside, importJourneyAside);
  return aside ? createElement(aside, props) : null;
}
