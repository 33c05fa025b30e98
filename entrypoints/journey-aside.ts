import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { JourneyAside } from '@/components/relationship-memory/JourneyAside';

// The journey aside (the memory line and the follow-up starters), loaded by the coaching UI apart
// from itself (entrypoints/coach-ui/journey-aside-loader.tsx), and only for someone already in the
// history: most drafts never need it, so its code stays out of coach-ui.js, whose size is budgeted.
// It is presentational and uses no hooks, so the coaching UI's React renders it as one of its own
// components; the elements it returns are plain objects that any copy of React's JSX runtime makes
// alike.

export default defineUnlistedScript({
  // An ES module has no IIFE return value for WXT to append.
  globalName: false,
  main: () => JourneyAside,
});
