// The kinds of flag a draft can carry and the flag itself: what every check returns and the sidebar labels.
export const FLAG_KINDS = [
  'unknown-link',
  'unknown-contact',
  // Money sent the way scams take it (gift card codes, a QR code, crypto, a "new account", "our partner"): its own
  // label, so the agent reads the risk, not "unknown contact" (payment-lures.ts).
  'payment',
  'unbacked-promise',
  'placeholder',
  'language',
  'injection-echo',
  'bad-citation',
] as const;
export type FlagKind = (typeof FLAG_KINDS)[number];
export interface DraftFlag {
  kind: FlagKind;
  detail: string;
}
