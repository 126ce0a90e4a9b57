import { describe, expect, it } from 'vitest';
import { promises, promisesNothing, promisesUnbacked } from '../../tests/support/promises';
import { checkDraft } from './checks';
import type { CheckContext } from './prompt';

describe('a delivery date guaranteed', () => {
  it.each([
    ['en', 'We guarantee delivery by Friday.'],
    ['en', 'I promise it will arrive by Monday.'],
    ['en', 'Your parcel will definitely be there tomorrow.'],
    ['en', 'Delivery by Friday is guaranteed.'],
    ['en', "We guarantee you'll have it by Friday."],
    ['de', 'Wir garantieren die Lieferung bis Freitag.'],
    ['de', 'Ich verspreche Ihnen die Zustellung am Montag.'],
    ['nl', 'Wij garanderen levering op vrijdag.'],
    ['nl', 'Ik beloof u dat het pakket morgen aankomt.'],
    ['sv', 'Vi garanterar leverans på fredag.'],
    ['sv', 'Jag lovar att paketet kommer fram i morgon.'],
    ['fr', 'Nous garantissons la livraison vendredi.'],
    ['fr', 'Je vous promets que le colis arrivera demain.'],
    ['es', 'Garantizamos la entrega el viernes.'],
    ['es', 'Le prometo que el paquete llegará mañana.'],
    ['ar', 'نضمن لك التوصيل يوم الجمعة.'],
    ['ar', 'أعدك أن الطرد سيصل غداً.'],
    // The guarantee and the date in clauses of their own.
    ['en', "You'll have it by Friday, guaranteed."],
    ['en', "Don't worry, we guarantee delivery on Friday."],
    ['de', 'Ich verspreche Ihnen, dass das Paket am Montag ankommt.'],
    ['de', 'Wir garantieren, dass es am Freitag ankommt.'],
    ['fr', "Nous vous garantissons qu'il arrivera lundi."],
  ])('%s: "%s" is an unbacked delivery guarantee', (_lang, text) => {
    expect(promises(text).map((d) => d.split(':')[0])).toEqual(['delivery-guarantee']);
  });

  promisesNothing([
    'Delivery usually takes 3–5 days.',
    'We promise to look into it.',
    'I promise we will get to the bottom of this.',
    'We cannot guarantee delivery by Friday.',
    'Certainly! I have checked your order for you.',
    'Ich verspreche Ihnen, dass wir uns darum kümmern.',
    // A promise to report on the delivery, not of it.
    'We promise to keep you posted on the delivery tomorrow.',
    'We will definitely check on the delivery tomorrow and get back to you.',
    'I guarantee we will look into the delivery by Monday.',
    'Ik beloof u dat we morgen contact opnemen over de levering.',
    'Wir melden uns garantiert morgen wegen der Lieferung.',
    'Je vous promets de vous tenir informé de la livraison demain.',
    'You will definitely receive an email from us tomorrow.',
    'I promise you will get an update by Friday.',
    'Sie erhalten garantiert morgen eine E-Mail von uns.',
    // A warranty's period counted from delivery is no delivery date.
    'Die Garantie beträgt 2 Jahre ab Lieferung.',
    'De garantie geldt 2 jaar na levering.',
    'Garantin gäller i 24 månader från leverans.',
    "We can't guarantee it, but the tracking says it should arrive Monday.",
    'Ich kann nicht versprechen, dass es am Montag ankommt.',
    // A promise to keep the customer informed is not one that the parcel arrives.
    'I promise to let you know as soon as it arrives on Monday.',
  ]);

  it('is backed by a cited snippet that guarantees the same delivery time', () => {
    const context: CheckContext = {
      snippets: [{ id: 'kb-express', text: 'Express\nWe guarantee delivery within 24 hours for Express orders.' }],
      ticketText: 'Where is my parcel?',
      customerText: 'Where is my parcel?',
      customerLanguage: 'en',
    };
    const text = 'Your Express order: we guarantee delivery within 24 hours.';
    expect(checkDraft({ text, citations: ['kb-express'] }, context)).toEqual([]);
    expect(checkDraft({ text: 'We guarantee delivery within 12 hours.', citations: ['kb-express'] }, context)).not.toEqual([]);
  });
});

describe('liability, deposits and points', () => {
  promisesUnbacked([
    'We accept full responsibility for this.',
    'We take full responsibility for the damage.',
    'Wir übernehmen die volle Verantwortung dafür.',
    'Nous assumons l’entière responsabilité.',
    'Asumimos toda la responsabilidad.',
    'This is entirely our fault and we will cover the damage.',
    'Your deposit will be released today.',
    'We will release your deposit.',
    "We've added 500 bonus points to your account.",
    'We have added 500 points to your account.',
    'We have added 20 credits to your account.',
    'Here is a coupon code for your next order.',
  ]);
  promisesNothing([
    'I accept that this was frustrating.',
    'You can read more about our loyalty programme on the website.',
    'There are a few points I would like to clarify.',
    'Your deposit is held until the rental ends.',
  ]);
});

describe('promise words hidden from the pattern', () => {
  promisesUnbacked(['We will re\u200Bfund you in full.', 'We will ｒｅｆｕｎｄ you in full.', 'We guar\u00ADantee delivery by Friday.']);
});
