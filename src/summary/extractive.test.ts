import { describe, expect, it } from 'vitest';
import type { Message, Ticket } from '../ticket/schema';
import { lastCustomerQuestion, SUMMARY_MAX_WORDS, summarizeThread } from './extractive';
import { wordCount } from './sentences';

let n = 0;
const msg = (role: Message['role'], text: string, visibility: Message['visibility'] = 'public'): Message => ({
  id: String(++n),
  author: { name: role },
  role,
  visibility,
  createdAt: null,
  text,
});
const ticket = (messages: Message[], language = 'en'): Ticket => ({
  id: '7',
  helpdesk: 'zendesk',
  url: 'https://acme.zendesk.com/agent/tickets/7',
  subject: 'Sync',
  requester: { name: null, email: null },
  status: 'open',
  priority: null,
  tags: [],
  language,
  messages,
  warnings: [],
  source: 'api',
});

const thread = [
  msg('customer', 'Hello. Since Monday my files do not sync between my laptops. Can you help me fix the sync?'),
  msg('agent', 'Thanks for writing. Could you send us the log file from both laptops?'),
  msg('customer', 'I attached both logs. They show "waiting for server".'),
  msg('agent', 'Escalated to engineering; they are checking the sync server.', 'internal'),
  msg('agent', 'Thank you for the logs. We will send you an update by Friday once engineering has looked at it.'),
  msg('customer', 'It is Monday again and nothing changed. When will the sync work again?'),
];

describe('summarizeThread', () => {
  it('leaves short threads alone', () => {
    expect(summarizeThread(ticket(thread.slice(0, 5)))).toBeNull();
  });

  it('says what was asked, what the team promised and what is still open', () => {
    const summary = summarizeThread(ticket(thread))!;
    expect(summary.asked[0]?.text).toBe('Can you help me fix the sync?');
    expect(summary.team.map((l) => l.text)).toContain('We will send you an update by Friday once engineering has looked at it.');
    expect(summary.open).toEqual({ waitingOn: 'team', text: { text: 'When will the sync work again?', internal: false } });
    expect(summary.messages).toBe(6);
  });

  it('marks a line taken from an internal note, and says it uses notes', () => {
    const summary = summarizeThread(ticket(thread))!;
    expect(summary.team).toContainEqual({ text: 'Escalated to engineering; they are checking the sync server.', internal: true });
    expect(summary.usesInternal).toBe(true);
    const publicOnly = summarizeThread(
      ticket(thread.filter((m) => m.visibility === 'public').concat(msg('agent', 'Thanks, we are on it.'))),
    )!;
    expect(publicOnly.usesInternal).toBe(false);
  });

  it('waits on the customer when the team answered last; a note is not an answer', () => {
    const answered = summarizeThread(ticket([...thread, msg('agent', 'The fix is live: please restart the app.')]))!;
    expect(answered.open.waitingOn).toBe('customer');
    expect(answered.asked.map((l) => l.text)).toContain('When will the sync work again?');
    const noted = summarizeThread(ticket([...thread, msg('agent', 'Customer is upset, call them.', 'internal')]))!;
    expect(noted.open.waitingOn).toBe('team');
  });

  it('stays within the word budget however long the messages are', () => {
    const long = (role: Message['role']) => msg(role, `${'word '.repeat(300)}is this long? ${'We will check it and more '.repeat(40)}.`);
    const summary = summarizeThread(ticket(Array.from({ length: 60 }, (_, i) => long(i % 2 ? 'agent' : 'customer'))))!;
    expect(summary.words).toBeLessThanOrEqual(SUMMARY_MAX_WORDS);
    const all = [...summary.asked, ...summary.team, ...(summary.open.text ? [summary.open.text] : [])];
    expect(all.reduce((sum, l) => sum + wordCount(l.text), 0)).toBe(summary.words);
  });

  it('quotes Arabic questions (؟) in their own words', () => {
    const ar = [
      msg('customer', 'مرحبا. لم يصل طلبي منذ ثلاثة أسابيع. أين طلبي؟'),
      msg('agent', 'سنرسل لك رقم التتبع اليوم.'),
      msg('customer', 'لم يصلني أي شيء.'),
      msg('agent', 'نعتذر عن التأخير.'),
      msg('customer', 'متى سيصل الطلب؟'),
      msg('agent', 'سوف نتحقق من شركة الشحن.', 'internal'),
    ];
    const summary = summarizeThread(ticket(ar, 'ar'))!;
    expect(summary.asked[0]?.text).toBe('أين طلبي؟');
    expect(summary.open.text?.text).toBe('متى سيصل الطلب؟');
    expect(lastCustomerQuestion(ticket(ar, 'ar'))).toBe('متى سيصل الطلب؟');
  });
});
