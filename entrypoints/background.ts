import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  // Wired in src/background/ (messaging, settings, model calls).
});
