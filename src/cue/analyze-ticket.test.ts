import { describe, expect, it } from 'vitest';
import type { Ticket } from '../ticket/schema';
import { analyzeTicket } from './analyze-ticket';

function ticket(language: string, turns: [role: 'customer' | 'agent', text: string][], tags: string[] = []): Ticket {
  return {
    id: '1',
    helpdesk: 'zendesk',
    url: 'https://example.zendesk.com/agent/tickets/1',
    subject: 'Order',
    requester: { name: 'Customer', email: null },
    status: 'open',
    priority: null,
    tags,
    language,
    messages: turns.map(([role, text], i) => ({
      id: String(i),
      author: { name: role },
      role,
      visibility: 'public' as const,
      createdAt: null,
      text,
      quoted: role === 'customer' ? 'On Monday you wrote: this is unacceptable, I will call my lawyer' : undefined,
    })),
    warnings: [],
    source: 'dom',
  };
}

describe('analyzeTicket', () => {
  // Issue 16: handle-personally (and with it the drafts hold-back) reads the thresholded emotion.
  it('a calm password question is not handled personally, an angry complaint is', () => {
    const calm = analyzeTicket(
      ticket('de', [
        ['customer', 'Hallo, mein Passwort wird leider nicht akzeptiert. Wie kann ich es zurücksetzen? Der Link funktioniert nicht.'],
      ]),
      { uiLang: 'de' },
    );
    expect(['disappointment', 'frustration', 'anger']).not.toContain(calm.emotion);
    expect(calm.handlePersonallyReasons).not.toContain('complaint');
    expect(calm.handlePersonallyReasons).not.toContain('strong-emotion');
    const angry = analyzeTicket(
      ticket('en', [['customer', 'This is absolutely unacceptable and disgraceful. I am furious, you charged me three times!!']]),
      { uiLang: 'en' },
    );
    expect(angry.emotion).toBe('anger');
    expect(angry.handlePersonally).toBe(true);
  });

  it('escalating (en): a polite question turns into repeated contact and a manager request', () => {
    const cue = analyzeTicket(
      ticket('en', [
        ['customer', 'Hi, could you tell me when my order will arrive?'],
        ['agent', 'It ships this week.'],
        ['customer', 'This is the third time I am asking!! Still no answer. I want to speak to a manager.'],
      ]),
      { uiLang: 'en' },
    );
    expect(cue.trend).toBe('escalating');
    expect(cue.triggers).toEqual(expect.arrayContaining(['repeated-contact', 'escalation-request']));
    expect(cue.sentiment).toBe('negative');
  });

  it('calming (de): an angry complaint followed by thanks', () => {
    const cue = analyzeTicket(
      ticket('de', [
        ['customer', 'Das ist eine Frechheit! Die Lieferung ist schon wieder kaputt, ich bin wirklich wütend.'],
        ['agent', 'Wir schicken Ersatz.'],
        ['customer', 'Vielen Dank, das ist super, jetzt funktioniert alles.'],
      ]),
      { uiLang: 'de' },
    );
    expect(cue.trend).toBe('calming');
    expect(cue.emotion).toBe('positive');
  });

  it('steady (sv) and single (fr)', () => {
    const steady = analyzeTicket(
      ticket('sv', [
        ['customer', 'Hej, hur byter jag lösenord?'],
        ['customer', 'Och hur ändrar jag min e-postadress?'],
      ]),
      { uiLang: 'sv' },
    );
    expect(steady.trend).toBe('steady');
    const single = analyzeTicket(ticket('fr', [['customer', 'Bonjour, où est ma commande ?']]), { uiLang: 'en' });
    expect(single.trend).toBe('single');
    expect(single.handlePersonally).toBe(false);
  });

  it('ignores agent replies and quoted history', () => {
    const cue = analyzeTicket(
      ticket('en', [
        ['customer', 'Hello, how do I change my delivery address?'],
        ['agent', 'I am furious, speak to a manager, my lawyer will call.'],
      ]),
      { uiLang: 'en' },
    );
    expect(cue.triggers).toEqual([]);
    expect(cue.handlePersonallyReasons).not.toContain('legal-or-ethical');
  });

  it('handle personally (ar): angry complaint with a legal threat', () => {
    const cue = analyzeTicket(
      ticket('ar', [['customer', 'هذه مرة ثالثة أتواصل معكم ولا يوجد رد، هذا غير مقبول وسأرفع شكوى وأتصل بمحامي']]),
      { uiLang: 'ar' },
    );
    expect(cue.handlePersonally).toBe(true);
    expect(cue.handlePersonallyReasons).toEqual(expect.arrayContaining(['complaint', 'legal-or-ethical']));
  });

  it('handle personally (nl, es): vulnerable customer, VIP by tag', () => {
    const nl = analyzeTicket(ticket('nl', [['customer', 'Mijn moeder is overleden. Hoe kan ik haar abonnement stopzetten?']]), {
      uiLang: 'nl',
    });
    expect(nl.handlePersonallyReasons).toContain('vulnerable-customer');
    const es = analyzeTicket(ticket('es', [['customer', '¿Cuándo llega mi pedido?']], ['vip']), { uiLang: 'en' });
    expect(es.handlePersonallyReasons).toContain('vip');
  });

  it('evidence is quoted from the customer messages', () => {
    const t = ticket('de', [
      ['customer', 'Ich warte seit Wochen auf mein Geld.'],
      ['customer', 'Schon wieder keine Antwort, ich bin sehr enttäuscht.'],
    ]);
    const cue = analyzeTicket(t, { uiLang: 'de' });
    const texts = t.messages.map((m) => m.text);
    expect(cue.evidence.length).toBeGreaterThan(0);
    for (const phrase of cue.evidence) expect(texts.some((text) => text.includes(phrase))).toBe(true);
  });

  it('a thank-you sign-off is courtesy, not a positive feeling (ar)', () => {
    const cue = analyzeTicket(
      ticket('ar', [['customer', 'مرحباً،\n\nطلبت إرجاع الطلب رقم 5521 منذ أسبوعين ولم يصلني المبلغ حتى الآن.\n\nمع الشكر،\nسارة']]),
      { uiLang: 'ar' },
    );
    expect(cue.sentiment).not.toBe('positive');
    expect(cue.triggers).toContain('long-wait');
    expect(cue.cue).toContain('منذ أسبوعين');
  });

  it('escalating (de): waiting, a deadline and a chargeback threat', () => {
    const cue = analyzeTicket(
      ticket('de', [
        ['customer', 'Mir wurde die Rechnung zweimal abgebucht. Bitte erstatten Sie den doppelten Betrag.'],
        ['agent', 'Ich prüfe das und melde mich bis morgen.'],
        ['customer', 'Ich warte immer noch. Wenn das Geld bis Freitag nicht zurück ist, widerrufe ich die Lastschrift.'],
      ]),
      { uiLang: 'de' },
    );
    expect(cue.trend).toBe('escalating');
    expect(cue.triggers).toEqual(expect.arrayContaining(['long-wait', 'deadline', 'legal-threat']));
    expect(cue.urgency).toBe(true);
    expect(cue.handlePersonallyReasons).toContain('legal-or-ethical');
  });
});
