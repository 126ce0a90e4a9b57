// A link's query carries the person it was made for: "?email=jane.doe%40gmail.com", "&name=Dana+Whitfield",
// "?user=dwhitfield" (unsubscribe, tracking and survey links). The value is what the parameter's name says,
// written the way URLs encode it ("%40" for "@", "+" for a blank), so the other detectors miss it.
import type { Span } from './patterns';
import type { EntityType } from './vault';

const VALUE = '([^&#\\s"\'<>]{2,100})';
const PARAMS: [EntityType, RegExp][] = [
  ['EMAIL', new RegExp(`[?&;](?:e-?mail|mail|user_?email|customer_?email|recipient|to)=${VALUE}`, 'giu')],
  [
    'NAME',
    new RegExp(
      `[?&;](?:name|full_?name|first_?name|last_?name|given_?name|family_?name|sur_?name|customer_?name|nom|pr[eé]nom|nombre|apellidos?|naam|voornaam|achternaam|namn|f[oö]rnamn|efternamn|nome|sobrenome|vorname|nachname)=${VALUE}`,
      'giu',
    ),
  ],
  ['USERNAME', new RegExp(`[?&;](?:user|username|user_?name|login|handle|uid|user_?id)=${VALUE}`, 'giu')],
];
// A profile page's path names its owner: "/users/jane.doe/activity", "/membres/claire.dupont-88", "/u/jane.doe".
const USER_PATH =
  /(?<=[\p{L}\p{N}.])\/(?:u|users?|members?|membres?|profiles?|profil|perfil|people|mitglieder|benutzer|leden|gebruikers?|anv[aä]ndare|usuarios?|utilisateurs?|utenti|utente)\/@?([\p{L}\p{N}][\p{L}\p{N}._%+-]{0,58}[\p{L}\p{N}_])/giu;
// The site's own pages under those paths.
// The site's own pages under those paths, and the values a link's user= or login= takes when it names no
// one ("?login=true", "?user=me", "/users/current").
const SITE_PAGES = new Set(
  'me edit new settings login logout signin sign_in signup sign_up password search list all index current self default guest anonymous true false yes no none null undefined'.split(
    ' ',
  ),
);

export function findUrlParams(text: string): Span[] {
  const found: Span[] = [];
  for (const [type, pattern] of PARAMS)
    for (const m of text.matchAll(pattern)) {
      const value = m[1]!;
      if (!/\p{L}/u.test(value) || (type === 'EMAIL' && !/@|%40/i.test(value))) continue;
      if (type === 'USERNAME' && SITE_PAGES.has(value.toLowerCase())) continue;
      // A page's or a setting's name is a slug ("?name=refund-policy", "&name=order_2"): a digit, or lower-case
      // words joined by "-" or "_", names no one ("Jean-Pierre" has its capitals).
      if (type === 'NAME' && (/\d/.test(value.replace(/%[0-9a-f]{2}/giu, ' ')) || /^[\p{Ll}]+(?:[-_][\p{Ll}]+)+$/u.test(value))) continue;
      const start = m.index + m[0].length - value.length;
      found.push({ start, end: start + value.length, type });
    }
  for (const m of text.matchAll(USER_PATH)) {
    if (SITE_PAGES.has(m[1]!.toLowerCase())) continue;
    const start = m.index + m[0].length - m[1]!.length;
    found.push({ start, end: start + m[1]!.length, type: 'USERNAME' });
  }
  return found;
}
