// How a ticket becomes pseudonymous in the stats, and how it is put in or out of the holdout.
//
// - The ticket hash is an HMAC-SHA-256 under the team key of "helpdesk, account, ticket id". Without the key,
//   trying ticket numbers gets nowhere (v1's unsalted SHA-256 of "zendesk:42" could be reversed by counting);
//   with it, the team can still match an export to a ticket. The account (e.g. "acme.zendesk.com") is in
//   what is hashed, so ticket 42 of two accounts are two tickets. The key id goes into every event so a
//   lead merging exports sees which key each hash was made with (hashes under two keys do not match).
// - The holdout is decided from the ticket and the team's holdout seed, a secret kept apart from the key:
//   rotating the key never moves a ticket between groups. The account is not part of it, because the
//   draft pipeline asks "is this ticket held out?" knowing only the helpdesk and the ticket id; two accounts'
//   ticket 42 share a group, which costs nothing (the assignment is still random with respect to the ticket).
// WebCrypto only, so the same code runs in the service worker, extension pages and Node 22.

export interface TeamSecrets {
  /** A short public name for the key, e.g. "k-3f9a" or "2026-q4"; exported with every event. */
  keyId: string;
  /** The HMAC key (any string, e.g. 32 random bytes in base64url); never exported. */
  key: string;
  /** The holdout seed (any string); never exported, independent from the key. */
  holdoutSeed: string;
}

export interface TicketRef {
  helpdesk: string;
  /** The helpdesk account, e.g. the page's host "acme.zendesk.com"; '' when unknown. */
  account: string;
  ticketId: string;
}

const subtle = () => globalThis.crypto.subtle;
const encode = (text: string) => new TextEncoder().encode(text);

async function hmacHex(secret: string, message: string): Promise<string> {
  const key = await subtle().importKey('raw', encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const mac = new Uint8Array(await subtle().sign('HMAC', key, encode(message)));
  let hex = '';
  for (const byte of mac) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

// Newlines separate the parts: none of them can contain one (helpdesk names, hosts and ids are single-line),
// so "a" + "b:c" and "a:b" + "c" never hash alike.
const refText = (ref: TicketRef) => `${ref.helpdesk}\n${ref.account}\n${ref.ticketId}`;

/** The keyed ticket hash (64 hex digits) as it goes into v2 events. */
export function keyedTicketHash(secrets: Pick<TeamSecrets, 'key'>, ref: TicketRef): Promise<string> {
  return hmacHex(secrets.key, `ticket\n${refText(ref)}`);
}

/** Whether the ticket is in the holdout (no drafts) for a share in 0..1; deterministic per seed and ticket. */
export async function isHoldoutTicket(
  secrets: Pick<TeamSecrets, 'holdoutSeed'>,
  helpdesk: string,
  ticketId: string,
  share: number,
): Promise<boolean> {
  if (!(share > 0)) return false;
  const digest = await hmacHex(secrets.holdoutSeed, `holdout\n${helpdesk}\n${ticketId}`);
  return Number.parseInt(digest.slice(0, 8), 16) / 0x1_0000_0000 < share;
}

/** A fresh random secret (32 bytes, base64url) for a key or a seed set on first use. */
export function randomSecret(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(32));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

/** A fresh key id: short, random, says nothing about the key. */
export function randomKeyId(): string {
  return `k-${globalThis.crypto.randomUUID().slice(0, 8)}`;
}

/** The account part of a ticket reference from the page's URL: its host, lower case; '' when unparseable. */
export function accountOf(pageUrl: string | undefined): string {
  if (!pageUrl || !URL.canParse(pageUrl)) return '';
  return new URL(pageUrl).host.toLowerCase();
}
