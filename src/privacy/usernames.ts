// User names and handles: "my username is dana.whitfield87", "login: dwhitfield", "Benutzername: …",
// "@dana_w". A user name finds the person on the service as surely as an e-mail does.
import type { Span } from './patterns';

// Words that name only a user name: a plain word after them is the name unless it is a common one.
const NAME_LABELS =
  "user ?name|user-name|screen ?name|account name|benutzername|nutzername|anmeldename|gebruikersnaam|användarnamn|nom d['’]utilisateur|nombre de usuario|nome utente|nome de usuário|nome do usuário|kullanıcı adı|nazwa użytkownika|اسم المستخدم";
// Words that also name an action or a page ("login page", "I cannot login"): the name must follow ":",
// "=" or "is", and look like a user name by itself.
const OTHER_LABELS = 'login|log-in|user id|userid|handle|identifiant|pseudo|usuario|utente|usuário|benutzer|gebruiker|användare';
// The bare word for an account's holder ("user: dana_w87", "Utilisateur = m.roy"): also a transcript's
// speaker ("User: Hello, …"), so only after ":" or "=" and only what looks like a user name by itself.
const USER = new RegExp(
  `(?<![\\p{L}])(?:user|utilisateur|kullanıcı|użytkownik)(?![\\p{L}])[ \\t]*[:=][ \\t]*(?<value>[\\p{L}\\p{N}][\\p{L}\\p{N}._-]{1,38}[\\p{L}\\p{N}_])`,
  'giu',
);
const VERB = "(?:is|was|ist|war|lautet|heißt|luidt|lyder|är|c['’]est|est|es|era|è|é|هو)(?![\\p{L}])";
// Reddit's "u/" stays outside; Discord's "#1234" after the name is part of it ("dana#1234").
const VALUE = '(?:u/)?(?<value>@?[\\p{L}\\p{N}][\\p{L}\\p{N}._-]{1,38}[\\p{L}\\p{N}_](?:#\\d{4})?)';
// After the verb or sign, blanks, a colon and blanks: each run of blanks stands alone, as two side by side
// ('[ \\t]*:?[ \\t]*') split a long run every way (64,000 blanks after "username is" took 5 s).
// Up to four words may stand between the label and its verb ("my handle everywhere is …", "my handle on every
// site is …", "mon pseudo partout c'est …"); then only what looks like a user name by itself is one ("the
// username field is empty").
// Arabic says more there ("اسم المستخدم الخاص بي في كل مكان هو …"): a few words, up to the verb.
const ADVERB = `(?:[ \\t]+(?<adverb>\\p{Ll}{2,15}(?: \\p{Ll}{2,15}){0,3}|[\\u0621-\\u064A](?:[\\u0621-\\u064A ]{0,30}?[\\u0621-\\u064A])?)(?=[ \\t]*${VERB}))?`;
const NAMED = new RegExp(
  `(?<![\\p{L}])(?:${NAME_LABELS})(?![\\p{L}])${ADVERB}[ \\t]*(?:[:=][ \\t]*)?(?:${VERB}[ \\t]*(?::[ \\t]*)?)?${VALUE}`,
  'giu',
);
const OTHER = new RegExp(
  `(?<![\\p{L}])(?:${OTHER_LABELS})(?![\\p{L}])${ADVERB}[ \\t]*(?<sep>[:=]|${VERB})[ \\t]*(?::[ \\t]*)?${VALUE}`,
  'giu',
);
// A handle: "@" not after an address's user part, then a letter or "_"; read on over "-" and "." inside
// ("@dana-smith", Instagram's "@dana.smith_88": "-smith" leaked), never ending on one.
const HANDLE = /(?<![\p{L}\p{N}._%+@-])@[\p{L}_][\p{L}\p{N}_.-]{1,30}(?<![.-])/gu;
// A company's or the product's own account is no person's: "@Souffleur", "@AcmeSupport", "@acme support
// team", "@acme_help"; the help desks the product runs in, "@Zendesk", "@Freshdesk". The words that say so,
// in the handle or just after it. Not after a dash or a dot: "@acme-support", "@acme.help" are lookalikes a
// customer could register.
const COMPANY_HANDLE = /^@(?:souffleur$|zendesk$|freshdesk$|[\p{L}\p{N}_]*(?:support|help|team|official|care|service|hq)$)/iu;
const COMPANY_AFTER =
  /^ (?:support|team|help|app|care|service|customer service|kundenservice|kundendienst|klantenservice|kundtjänst|service client|soporte|assistenza|suporte)(?![\p{L}])/iu;
// A social network's name given as where to find the writer ("find me on instagram: dana_whit", "my tiktok
// is danawhit"; "my insta is @dana.whit" the handle rule reads); without ":" or "is" only a word that is
// no word ("add me on snapchat dana_whit", not "instagram app", "instagram v2.0").
const SOCIAL = new RegExp(
  `(?<![\\p{L}])(?:instagram|insta|ig|twitter|tiktok|snapchat|snap|facebook|fb|threads|bluesky|mastodon|telegram|discord|linkedin|youtube|github|gitlab|reddit|skype|twitch|pinterest|tumblr|wechat|xing|انستغرام|انستقرام|إنستغرام|تويتر|تيك توك|سناب شات|سناب|فيسبوك|تيليجرام)(?![\\p{L}])(?: (?:handle|account|name|username|user|id|channel|profile|page))?(?:[ \\t]*(?<sep>[:=]|${VERB}))?[ \\t]*(?::[ \\t]*)?${VALUE}`,
  'giu',
);
// A profile's address names its owner as its handle does ("linkedin.com/in/dana-whitfield", "github.com/danawhit",
// "instagram.com/dana.whit"); the site's own pages ("facebook.com/help") stay.
const PROFILE =
  /(?<![\p{L}\p{N}.-])(?:https?:\/\/)?(?:www\.|m\.|[a-z]{2}\.)?(?:linkedin\.com\/(?:in|pub)|github\.com|gitlab\.com|instagram\.com|facebook\.com|fb\.com|twitter\.com|x\.com|tiktok\.com|youtube\.com(?:\/c|\/user)?|reddit\.com\/u(?:ser)?|t\.me|threads\.net|medium\.com|twitch\.tv|pinterest\.com)\/@?([\p{L}\p{N}][\p{L}\p{N}._-]{0,58}[\p{L}\p{N}_]?)/giu;
const SITE_PAGES = new Set(
  'help settings login signup home about policies privacy terms legal accounts explore search pages groups watch notifications messages features pricing security marketplace'.split(
    ' ',
  ),
);
// Before the network: "my", "find me on", "follow me on", "add me on" (and theirs in the nine languages).
const OWNER_BEFORE =
  /(?:\b(?:my|mein|meine|mijn|min|mitt|mon|ma|mi|il mio|meu|o meu)|\bme (?:on|at)|mich auf|me op|mig på|moi sur|me en|me su|me no|حسابي على|حسابي في) *$/iu;

// What follows a user-name word in ordinary sentences: verbs, negations, conjunctions, "forgotten", and
// what a login's outcome says ("Login: failed", "Login: Fehlgeschlagen"); Arabic's "my" after the label
// ("اسم المستخدم الخاص بي"); a link's flag or default ("?login=true", "&handle=default").
const COMMON = new Set(
  'true false null none default guest anonymous is was not and or for to the my your has had does did cannot can field changed forgotten reset wrong failed failure error denied blocked locked impossible fehlgeschlagen fehler gesperrt mislukt geblokkeerd misslyckades échoué bloqué fallido bloqueado fallito bloccato falhou ist nicht und oder für vergessen geändert falsch wurde feld das der die is niet en of voor vergeten gewijzigd veld är inte och eller för glömt ändrat fältet est pas et ou pour oublié modifié champ es no y o para olvidado cambiado campo è non e per dimenticato cambiato é não ou esquecido alterado الخاص الخاصة حقي لا هو'.split(
    ' ',
  ),
);
// A user name by itself: it has a digit, a dot, an underscore, a dash or an "@".
const looksLikeUserName = (v: string) => /[\d._@-]/.test(v);

/** `company`: the team's own name (the helpdesk account's, "acme" of acme.zendesk.com), whose handle is no person's. */
export function findUserNames(text: string, company?: string): Span[] {
  const ownHandle = company ? `@${company.toLowerCase()}` : undefined;
  const found: Span[] = [];
  const take = (pattern: RegExp, accept: (value: string, separator: string, at: number) => boolean) => {
    for (const m of text.matchAll(pattern)) {
      const value = m.groups!.value!;
      const start = m.index + m[0].length - value.length;
      // A word before an apostrophe is a contraction's ("doesn't", "isn't"), not a name.
      if (COMMON.has(value.toLowerCase()) || /['’]/.test(text[start + value.length] ?? '')) continue;
      if ((m.groups!.adverb && !looksLikeUserName(value)) || !accept(value, m.groups!.sep ?? '', m.index)) continue;
      found.push({ start, end: start + value.length, type: 'USERNAME' });
    }
  };
  take(NAMED, () => true);
  // After a verb ("my login is …") only what looks like a user name by itself; after ":" or "=" any word.
  take(OTHER, (v, separator) => /[:=]/.test(separator) || looksLikeUserName(v));
  take(USER, looksLikeUserName);
  // After the network's name: what looks like a user name, or any word when the writer says it is theirs.
  take(SOCIAL, (v, separator, at) =>
    separator ? looksLikeUserName(v) || OWNER_BEFORE.test(text.slice(Math.max(0, at - 20), at)) : /_|\p{L}[.]\p{L}/u.test(v),
  );
  for (const m of text.matchAll(PROFILE)) {
    const value = m[1]!.replace(/[._-]+$/u, '');
    if (SITE_PAGES.has(value.toLowerCase()) || COMPANY_HANDLE.test(`@${value}`)) continue;
    const start = m.index + m[0].length - m[1]!.length;
    found.push({ start, end: start + value.length, type: 'USERNAME' });
  }
  for (const m of text.matchAll(HANDLE)) {
    const end = m.index + m[0].length;
    // The own handle only whole: "@acme-" goes on past what HANDLE reads, a lookalike's.
    const own = m[0].toLowerCase() === ownHandle && text[end] !== '-';
    if (own || COMPANY_HANDLE.test(m[0]) || COMPANY_AFTER.test(text.slice(end, end + 24))) continue;
    found.push({ start: m.index, end, type: 'USERNAME' });
  }
  return found;
}
