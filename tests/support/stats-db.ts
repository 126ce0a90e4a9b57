// The extension's stats database as a browser test reads and seeds it, from any extension page (they share
// the extension's origin and so its IndexedDB): every stored event, and the team's holdout seed (what the
// options page's team settings write to the meta table).
import type { Page } from 'playwright-core';

export function storedEvents(page: Page): Promise<{ type: string; [field: string]: unknown }[]> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('souffleur-stats');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('events').objectStore('events').getAll();
          all.onsuccess = () => resolve(all.result);
          all.onerror = () => reject(all.error);
        };
      }),
  );
}

export function setHoldoutSeed(page: Page, seed: string): Promise<void> {
  return page.evaluate(
    (value) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('souffleur-stats');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('meta', 'readwrite');
          tx.objectStore('meta').put({ key: 'holdoutSeed', value });
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
      }),
    seed,
  );
}
