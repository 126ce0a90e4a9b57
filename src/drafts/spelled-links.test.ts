import { describe, expect, it } from 'vitest';
import { checkDraft } from './checks';
import type { CheckContext } from './prompt';

// A web address spelled in words ("example dot com slash refund") opens all the same once the customer
// types it; the team vouches only for help.acme.example.
const context = (customerLanguage: CheckContext['customerLanguage']): CheckContext => ({
  snippets: [{ id: 'kb-1', text: 'Refunds: see https://help.acme.example/refund.' }],
  ticketText: 'x',
  customerText: 'x',
  customerLanguage,
});
const links = (text: string, lang: CheckContext['customerLanguage'] = 'en') =>
  checkDraft({ text, citations: ['kb-1'] }, context(lang)).filter((f) => f.kind === 'unknown-link');

describe('a web address spelled in words', () => {
  it.each([
    ['en', 'Hi, please file the claim at example dot com slash refund today.'],
    ['en', 'Our refund portal is refund-desk dot net.'],
    ['es', 'Hola, puede solicitarlo en www punto ejemplo punto es.'],
    ['de', 'Hallo, das Formular finden Sie unter erstattung punkt de slash antrag.'],
    ['fr', 'Bonjour, rendez-vous sur www point remboursement point fr.'],
    ['nl', 'Hallo, ga naar terugbetaling punt nl slash formulier.'],
  ] as const)('[%s] %s', (lang, text) => {
    expect(links(text, lang)).not.toEqual([]);
  });

  it.each([
    ['en', 'Hi, you can see the refund at help dot acme dot example slash refund.'],
    ['en', 'The red dot on the label is normal, and a dot in the name is fine.'],
    ['es', 'Hola, en este punto es importante guardar el recibo.'],
    ['fr', 'Bonjour, au point de retrait, présentez le code. Un point info est à l’entrée.'],
    ['de', 'Hallo, Punkt eins: das Paket kommt um Punkt 12 an.'],
    ['nl', 'Hallo, op dit punt is de bestelling nog onderweg.'],
    // English "point" and "dot" before a word that is also a newer ending (self-review).
    ['en', 'Hi, choose the collection point today and pick it up tomorrow.'],
    ['en', 'Hi, download the pickup point app to see the opening hours.'],
    ['en', 'Hi, the polka dot shop bag is back in stock, and drop-off point info is in your account.'],
    ['fr', 'Bonjour, votre point express est ouvert de 9 h à 18 h.'],
  ] as const)('not in [%s] %s', (lang, text) => {
    expect(links(text, lang)).toEqual([]);
  });
});
