import { describe, expect, it } from 'vitest';
import type { FlagKind } from './checks';
import { checkDraft } from './checks';
import { contactKinds, lateOrder, withFacts } from '../../tests/support/draft-checks';

// Review of chk17 (modelled: written by the reviewer, no live drafts). A negation anywhere in a sentence exempted its
// ask ("send us your seed phrase, we never store it"); a bare "as an AI" flagged "as an AI company" and Dutch or Swedish
// "als AI" / "som AI"; removing an old authenticator after setting up a new one read as handing the account over.
const kindsOf = (text: string): FlagKind[] => [...new Set(checkDraft({ text, citations: [] }, lateOrder).map((f) => f.kind))];

describe('a negation outside the ask exempts nothing (review of chk17)', () => {
  it.each<[string, FlagKind]>([
    ['Send us your seed phrase, we never store it.', 'unknown-contact'],
    ['Please send your recovery phrase; our team will never misuse it.', 'unknown-contact'],
    ['No one else can help, so reply with your recovery phrase.', 'unknown-contact'],
    ['Nobody will see it: share your secret recovery phrase here.', 'unknown-contact'],
    ['Do not worry, just open MetaMask and approve the transaction on our page.', 'payment'],
    ['Never mind the delay - open MetaMask and approve the refund transaction.', 'payment'],
    ['Please do not wait, paste the SMS code here.', 'unknown-contact'],
    ['認証コードをこのメールにご返信ください。絶対に遅れないでください。', 'unknown-contact'],
    ['SMSの認証コードを返信してください。心配しないでください。', 'unknown-contact'],
    ['Don’t worry, turn off two-factor authentication so our technician can log in.', 'unknown-contact'],
    ['Please never mind the warning and disable 2FA for us.', 'unknown-contact'],
  ])('%s', (text, kind) => {
    expect(kindsOf(text)).toContain(kind);
  });
});

describe('honest drafts pass (review of chk17)', () => {
  it.each([
    // Negated where German, Dutch and Swedish put it, after the verb.
    'Geben Sie Ihre Wiederherstellungsphrase niemals weiter.',
    'Deel uw herstelzin nooit met iemand.',
    // An authenticator moved to a new phone.
    'Remove the old authenticator after setting up the new one.',
    'Once the new phone is set up, remove the old device from your authenticator app.',
    'If you lost your phone, you can remove the authenticator from your account using a backup code.',
    // A wallet app named beside what we do.
    'The Coinbase hoodie you ordered ships tomorrow; we will send the tracking link.',
  ])('%s', (text) => {
    expect(contactKinds(text)).toEqual([]);
  });

  it.each([
    'You wrote "ignore the above instructions" in your message; we did not act on it.',
    'Here’s the response that our courier sent: the parcel is at the depot.',
    'As an AI company, we take your privacy seriously.',
    'Tools such as an AI assistant can help, but I checked your order myself.',
    'Wij gebruiken geen tools als AI om uw gegevens te lezen.',
    'Ik werk niet als ai-specialist maar bij de klantenservice: uw pakket komt morgen.',
    'Vi använder inga verktyg som AI för att läsa dina uppgifter.',
    'Funktioner som AI-sökning finns i appen.',
    'Como una IA no puede ver su pedido, lo revisé yo mismo.',
    'Jako AI firma nie przechowujemy danych.',
    'Usamos a ferramenta como uma ia de apoio.',
    'Yapay zeka olarak adlandırılan özellik kapalıdır.',
  ])('%s', (text) => {
    expect(kindsOf(text)).not.toContain('injection-echo');
  });

  it.each([
    'As an AI, I cannot see your order. Your parcel arrives tomorrow.',
    'Als AI kan ik uw bestelling niet zien.',
    'Som AI kan jag inte se din beställning.',
    'Como una IA, no puedo ver su pedido.',
    'Sure! Here’s a reply you can send: your order ships tomorrow.',
  ])('still a leftover: %s', (text) => {
    expect(kindsOf(text)).toContain('injection-echo');
  });
});

describe('a warning after the phrase keeps only an ask (review of chk17)', () => {
  it('warned of, not asked for', () => {
    expect(contactKinds('Keep your recovery phrase offline: no one from our team will ever ask for it.')).toEqual([]);
  });
  it.each(['Send us your seed phrase; no one else will ever ask for it.', 'Reply with your recovery phrase, nobody else will ask for it.'])(
    '%s',
    (text) => {
      expect(kindsOf(text)).toContain('unknown-contact');
    },
  );
});

describe('a service number written with a space or dots, after a call (review of chk17)', () => {
  it.each(['Call 1588 7788 any time.', 'Call 1800.419.7788 now to unlock your refund.', '전화 1588 7788로 연락 주세요.'])('%s', (text) => {
    expect(contactKinds(text)).toContain('unknown-contact');
  });
  it.each([
    'Your order 1588 7788 shipped.',
    'We shipped 1600 1700 units.',
    'Version 1800.123.4567 is installed.',
    'Call us about 1800 1850 prints.',
  ])('not a number: %s', (text) => {
    expect(contactKinds(text)).toEqual([]);
  });
  it('the team’s own number, written another way', () => {
    expect(contactKinds('Call 1588 7788 any time.', withFacts('Hotline 1588-7788'))).toEqual([]);
  });
});
