import './coach.css';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { logDebug } from '@/utils/log';
import { startCoaching } from './coach-runtime';

export default defineContentScript({
  matches: ['*://*.linkedin.com/*'],
  cssInjectionMode: 'ui',
  main(ctx) {
    try {
      startCoaching(ctx);
    } catch (error) {
      logDebug('could not start; LinkedIn is left as it was', error);
    }
  },
});
