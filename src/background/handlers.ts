// What the background does for each request. Placeholder until the cue and knowledge modules land.
import { browser } from 'wxt/browser';
import type { Handlers } from './router';

export function createHandlers(): Handlers {
  return {
    'analyze-ticket': async () => ({ cue: null, snippets: [] }),
    'search-knowledge': async () => [],
    'open-page': async ({ page }) => {
      if (page === 'options') await browser.runtime.openOptionsPage();
    },
  };
}
