import { useEffect, useState, type ComponentType } from 'react';
import { browser } from 'wxt/browser';
import type { JourneyAsideProps } from '@/components/relationship-memory/JourneyAside';
import { logDebug } from '@/utils/log';

// The journey aside is built apart from the coaching UI (entrypoints/journey-aside.ts) and imported
// the first time a draft is for someone already in the history. Until it arrives, and if it never
// does, the panel shows no memory line: the coaching itself does not wait for it.
const JOURNEY_ASIDE = '/journey-aside.js';

type Aside = ComponentType<JourneyAsideProps>;

const importJourneyAside = (): Promise<unknown> => import(browser.runtime.getURL(JOURNEY_ASIDE));

let loading: Promise<Aside | undefined> | undefined;
let loaded: Aside | undefined;

/** The aside component, imported once per page; undefined when the module cannot be imported or is not ours. */
export function loadJourneyAside(load: () => Promise<unknown> = importJourneyAside): Promise<Aside | undefined> {
  loading ??= load().then(
    (module) => {
      const aside = (module as { default?: unknown } | undefined)?.default;
      if (typeof aside !== 'function') throw new TypeError('the journey aside module has no component');
      return (loaded = aside as Aside);
    },
  ).catch((error: unknown) => {
    logDebug('writing without the journey aside', error);
    return undefined;
  });
  return loading;
}

/** The memory line and starters once their module has loaded; nothing before, or if it never loads. */
export function LazyJourneyAside(props: JourneyAsideProps) {
  const [Aside, setAside] = useState<Aside | undefined>(() => loaded);
  useEffect(() => {
    if (!Aside) void loadJourneyAside().then((aside) => aside && setAside(() => aside));
  }, [Aside]);
  return Aside ? <Aside {...props} /> : null;
}
