// Word tables the call checks build their regexes from (called-from.ts, planted-contacts.ts), so a word added for
// one language reaches every check that reads the table. Bare alternatives: each regex wraps them in `(?:…)` and
// appends its own extra words there, in the open. Their order among a regex's alternatives changes nothing: each is
// followed by a space or a non-letter, so at most one of them can match at a place.

/** "you" as a call's object: "call you", "bel u/je", "ringer dig", "ruft dich an". Read by every check. */
export const YOU_WORDS = 'you|u|je|dig|dich';
/**
 * The formal and clitic "you": "ruft Sie an", "Ihnen", "vous appeler", "le llamará", "ligar-lhe", "te llamo". Read by
 * called-from's negated and nobody calls; planted-contacts' YOU_OBJECT has never read them (left so: no behaviour change).
 */
export const YOU_FORMAL_WORDS = 'sie|ihnen|vous|le|lhe|te';

/** Negation words shared by called-from's NOT_OURS ("not from us") and NEGATION ("please do not ignore it"). */
export const NEGATION_WORDS = 'not|never|nicht|nie|niet|nooit|inte|aldrig|no|não|jamais|لا';
