// The storage.local key of the admin's policy as last read: ./managed-storage.ts remembers it for when
// the browser is slow to answer, and the sidebar watches it to hear a late answer. A file of its own so
// the content script can watch the key without carrying the reader or the settings schema (its size budget).
export const REMEMBERED_POLICY_KEY = 'managedPolicy';
