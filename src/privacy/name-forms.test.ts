// A known name written another way than the helpdesk has it: with Arabic vowel marks or a stretched
// letter, Turkish letters folded or in capitals, a curly apostrophe, or inside a tag.
import { describe, expect, it } from 'vitest';
import { outboundTicket } from '../egress/outbound';
import type { Ticket } from '../ticket/schema';
import { redactText } from './redact';
import { emptyVault } from './vault';

describe('known names written another way', () => {
  it.each([
    ['محمد العتيبي', 'مرحبا، أنا مُحَمَّد العُتَيْبِي وأنتظر الطلب.', 'مرحبا، أنا ⟦NAME_1⟧ وأنتظر الطلب.'],
    ['محمد العتيبي', 'وصلني الطلب ناقصا. مُحَمَّد', 'وصلني الطلب ناقصا. ⟦NAME_1⟧'],
    ['محمد العتيبي', 'مرحبا، أنا محـــمد العتيـــبي وأنتظر الطلب.', 'مرحبا، أنا ⟦NAME_1⟧ وأنتظر الطلب.'],
    ['Şükrü Yılmaz', 'Selam, ŞÜKRÜ YILMAZ burada.', 'Selam, ⟦NAME_1⟧ burada.'],
    ['Şükrü Yılmaz', 'Selam, Sukru Yilmaz burada.', 'Selam, ⟦NAME_1⟧ burada.'],
    ["Siobhan O'Brien", 'Siobhan O’Brien here. Regards, S. O’Brien', '⟦NAME_1⟧ here. Regards, ⟦NAME_2⟧'], // the initial goes with the name (rev7),
  ])('%s in %s', (name, text, sent) => {
    expect(redactText(text, emptyVault(), [name])).toBe(sent);
  });

  it.each([['dana-whitfield'], ['vip_whitfield'], ['Dana Whitfield']])('redacts the name in the tag %s', (tag) => {
    const ticket = {
      id: '1',
      helpdesk: 'zendesk',
      url: 'https://x.zendesk.com/agent/tickets/1',
      subject: 'Order',
      requester: { name: 'Dana Whitfield', email: null },
      status: null,
      priority: null,
      tags: [tag, 'vip', 'shipping_delay'],
      language: null,
      warnings: [],
      source: 'dom',
      messages: [{ id: 'm1', author: { name: 'Dana Whitfield' }, role: 'customer', visibility: 'public', createdAt: null, text: 'x' }],
    } as unknown as Ticket;
    const tags = outboundTicket(ticket).tags;
    expect(tags[0]!.toLowerCase()).not.toMatch(/whitfield|dana/);
    expect(tags.slice(1)).toEqual(['vip', 'shipping_delay']);
  });
});

// Words an introduction or a closing is followed by that name no one: a mood, a customer's standing, a
// product, a department.
describe('ordinary words after an introduction or under a closing', () => {
  it.each([
    'أنا غاضب جدا من الخدمة.',
    'أنا عميل منذ سنوات.',
    'اسمي مكتوب خطأ في الفاتورة.',
    'Hier ist Ärger vorprogrammiert.',
    'Je suis Client fidèle.',
    'Jag heter inte Anna, jag är Kund.',
    'This is Amazon Prime related.',
    'I am Premium customer.',
    'Hälsningar\nEkonomiavdelningen',
    'Groeten,\nDe Boekhouding',
    'Mit freundlichen Grüßen\nIhre Buchhaltung',
  ])('%s stays', (text) => {
    expect(redactText(text, emptyVault(), ['Dana Whitfield']).replace('Anna', '')).not.toContain('⟦');
  });

  it.each([
    ['مرحبا، أنا مُحَمَّد', 'مرحبا، أنا ⟦NAME_1⟧'],
    ['I am Anna and my order is late.', 'I am ⟦NAME_1⟧ and my order is late.'],
    ['This is Anna from Berlin.', 'This is ⟦NAME_1⟧ from Berlin.'],
    ['Groeten,\nDe Vries', 'Groeten,\n⟦NAME_1⟧'],
    ['Hälsningar\nSofia Nilsson', 'Hälsningar\n⟦NAME_1⟧'],
  ])('%s still names', (text, sent) => {
    expect(redactText(text, emptyVault())).toBe(sent);
  });
});
