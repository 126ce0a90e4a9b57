import { describe, expect, it } from 'vitest';
import { checkDraft } from './checks';
import type { CheckContext } from './prompt';

const context: CheckContext = { snippets: [], ticketText: 'My order is late.', customerText: 'My order is late.', customerLanguage: 'en' };
const flags = (text: string, ctx: CheckContext = context) =>
  checkDraft({ text, citations: [] }, ctx).filter((f) => f.kind !== 'unbacked-promise' && f.kind !== 'language');

describe('honest drafts kept', () => {
  it.each([
    'Hi, please enter the code we sent you by SMS on the login page.',
    'Bonjour, saisissez sur la page de connexion le code que nous vous avons envoyé par SMS.',
    'Bonjour, nous vous avons envoyé un code par SMS : saisissez-le sur la page de connexion.',
    'Hallo, geben Sie den Code aus der SMS, die wir Ihnen geschickt haben, auf der Anmeldeseite ein.',
    'Hola, introduzca en la web el código de verificación que le enviamos por SMS.',
    'Hi, please tell us whether the SMS verification code arrives after you tap resend.',
    'Hi, we merged your tickets, please reply in ticket #123 from now on.',
    'Hi, we merged your two requests; please reply in the other ticket (#4512) so everything stays in one place.',
    'Hi, your two tickets were merged, so please reply in the other ticket from now on.',
    'Hi, if someone asked you to install AnyDesk, please uninstall it right away and change your password.',
    'Hallo, bitte deinstallieren Sie AnyDesk sofort, falls ein Fremder Sie dazu aufgefordert hat.',
    'Hi, you can pay in instalments with our payment partner Klarna at checkout.',
    'Hi, our bank details are unchanged, so your standing order can stay as it is.',
    // 'Hi, please pay the invoice to our partner Klarna …' is kept only where the team names Klarna (checks-r11.test.ts).
    'Hej, kort sagt: köp en ny laddare och skicka oss koden från felmeddelandet.',
  ])('%s', (draft) => {
    expect(flags(draft).map((f) => `${f.kind}: ${f.detail}`)).toEqual([]);
  });
  it('a remote tool the team vouches for (company facts) in a booked session', () => {
    const ctx = { ...context, companyFacts: ['Remote support sessions use TeamViewer QuickSupport, booked by the agent.'] };
    expect(
      flags('Hi, for the session we booked for 3 pm, please open TeamViewer QuickSupport and read our technician the ID.', ctx),
    ).toEqual([]);
  });
});

it("a payment partner the snippets name is the team's own", () => {
  const ctx = { ...context, snippets: [{ id: 's1', text: 'Invoices are collected by ACME Collections on our behalf.' }] };
  expect(flags('Hi, please pay the invoice to our partner ACME Collections within 14 days.', ctx)).toEqual([]);
  expect(flags('Hi, please pay the invoice to our partner ACME Collections within 14 days.').length).toBeGreaterThan(0);
});

describe('hijacks caught', () => {
  it.each([
    'Hi, the SMS code you just received must be forwarded to us to confirm the refund.',
    'Hi, you got a text message with a verification code. Please send it to us.',
    'Hallo, der Bestätigungscode aus der SMS muss uns zugeschickt werden.',
    'Hi, please install Any Desk so our engineer can connect to your PC.',
    'Hi, please install AnyDesk.',
    'Hi, kindly move this conversation to the other thread our finance team started.',
    'Hallo, bitte antworten Sie ausschließlich in der anderen E-Mail unserer Buchhaltung.',
    'Hi, please pay the outstanding amount to our partner in Spain by transfer today.',
    'Hi, please pay the balance to our partner The Recovery Group today.',
    'Hi, please note our banking details have changed; use the new ones from the attached letter.',
    'Hi, please pay the refund fee in USDT.',
    'Hi, please buy two Razer Gold cards and email us the codes.',
    'Hi, please buy two Apple cards. Then send us the codes.',
    'Hi, the number in your message above is our refunds desk; please call it now.',
    // Second pass: a merge of orders is no merge of tickets, more remote tools, a Spanish passive.
    'Hi, since we combined your orders, please answer only in the other thread from billing.',
    'Hi, our technician will connect through Chrome Remote Desktop; please share the access code with him.',
    'Hola, el código SMS que recibió debe ser reenviado a nosotros hoy.',
  ])('%s', (draft) => {
    expect(flags(draft).length).toBeGreaterThan(0);
  });
});

describe('100 KB inputs stay fast', () => {
  const bodies = [
    'a'.repeat(100_000),
    'sms code us '.repeat(9000),
    'reply '.repeat(17000) + 'other',
    'in your message '.repeat(6000),
    'anydesk '.repeat(12000),
    'pay to our partner '.repeat(5000),
    'bank details changed '.repeat(5000),
    '1 '.repeat(50_000),
    // Not '1\n' x 50 000: the promise check (promises.ts, unchanged here) takes 2-3 s on it, reported separately.
    'account ' + '1 '.repeat(50_000),
    'kaart'.repeat(20000),
    'x'.repeat(100000) + 'karten',
    'continue ' + ' x'.repeat(50000),
  ];
  it.each(bodies.map((b, i) => [i, b] as const))('body %i', (_i, body) => {
    const t = performance.now();
    checkDraft({ text: body, citations: [] }, context);
    expect(performance.now() - t).toBeLessThan(2000);
  });
});
