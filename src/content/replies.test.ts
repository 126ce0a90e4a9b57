import { describe, expect, it } from 'vitest';
import type { Message, Ticket } from '../ticket/schema';
import { newReplies } from './replies';

const OPENED = Date.parse('2026-11-02T10:00:00Z');

const msg = (id: string, role: Message['role'], text: string, extra: Partial<Message> = {}): Message => ({
  id,
  author: { name: null },
  role,
  visibility: 'public',
  createdAt: null,
  text,
  ...extra,
});

const ticket = (messages: Message[], source: Ticket['source'] = 'dom'): Ticket => ({
  id: '7',
  helpdesk: 'zendesk',
  url: 'https://acme.zendesk.com/agent/tickets/7',
  subject: 'Refund',
  requester: { name: null, email: null },
  status: null,
  priority: null,
  tags: [],
  language: 'en',
  messages,
  warnings: [],
  source,
});

const older = msg('3001', 'customer', 'I ordered the blue kettle.');
const agentEarlier = msg('3002', 'agent', 'Thanks, we are looking into it.');
const customer = msg('dom-1', 'customer', 'It still has not arrived!');
// The same messages as the REST API gives them: other ids, other spacing, the collapsed ones too.
const apiCustomer = msg('3003', 'customer', 'It still has not arrived! ', { createdAt: '2026-11-02T09:00:00Z' });

describe('newReplies', () => {
  it('finds nothing on the first reading, nor when the REST reading adds the older, collapsed messages', () => {
    const seen = new Set<string>();
    expect(newReplies(seen, ticket([customer]), OPENED)).toEqual([]);
    expect(newReplies(seen, ticket([older, agentEarlier, apiCustomer], 'api'), OPENED)).toEqual([]);
    expect(newReplies(seen, ticket([customer]), OPENED)).toEqual([]);
  });

  it("finds the agent's new public reply once, whether it is read again from the page or from the API", () => {
    const seen = new Set<string>();
    newReplies(seen, ticket([customer]), OPENED);
    const reply = msg('dom-2', 'agent', 'Sorry about that — a new kettle is on its way.');
    expect(newReplies(seen, ticket([customer, reply]), OPENED)).toEqual([reply]);
    expect(newReplies(seen, ticket([customer, reply]), OPENED)).toEqual([]);
    const apiReply = msg('3004', 'agent', 'Sorry about that - a new kettle is on its way.', { createdAt: '2026-11-02T10:05:00Z' });
    expect(newReplies(seen, ticket([older, apiCustomer, apiReply], 'api'), OPENED)).toEqual([]);
  });

  it('ignores internal notes, customer messages and system messages', () => {
    const seen = new Set<string>();
    newReplies(seen, ticket([customer]), OPENED);
    const note = msg('dom-2', 'agent', 'Checked the courier.', { visibility: 'internal' });
    const more = msg('dom-3', 'customer', 'Any news?');
    const bot = msg('dom-4', 'system', 'Ticket reopened.');
    expect(newReplies(seen, ticket([customer, note, more, bot]), OPENED)).toEqual([]);
  });

  it('finds a reply that follows new customer messages, and every reply in one reading', () => {
    const seen = new Set<string>();
    newReplies(seen, ticket([customer]), OPENED);
    const a = msg('dom-2', 'agent', 'First answer.');
    const more = msg('dom-3', 'customer', 'Thanks!');
    const b = msg('dom-4', 'agent', 'Second answer.');
    expect(newReplies(seen, ticket([customer, a, more, b]), OPENED)).toEqual([a, b]);
  });

  it('takes a reading that shares no message with the earlier ones as a new baseline', () => {
    const seen = new Set<string>();
    newReplies(seen, ticket([customer]), OPENED);
    const unrelated = ticket([msg('9', 'customer', 'Another text entirely'), msg('10', 'agent', 'An old answer')], 'api');
    expect(newReplies(seen, unrelated, OPENED)).toEqual([]);
  });

  it('ignores a message the helpdesk dates well before the ticket was opened', () => {
    const seen = new Set<string>();
    newReplies(seen, ticket([customer]), OPENED);
    const stale = msg('dom-2', 'agent', 'Sent yesterday.', { createdAt: '2026-11-01T10:00:00Z' });
    const skewed = msg('dom-3', 'agent', 'Sent just now by a clock a minute behind.', { createdAt: '2026-11-02T09:59:00Z' });
    expect(newReplies(seen, ticket([customer, stale, skewed]), OPENED)).toEqual([skewed]);
  });

  it('recognises a long message by its start without lowercasing all of it', () => {
    const start = 'Thank you, — — we refunded it. '.repeat(40); // over 500 letters, with punctuation runs
    const long = msg('dom-1', 'customer', `${start}${'and the rest of a very long thread. '.repeat(30_000)}`);
    const reply = msg('dom-2', 'agent', 'Refund sent.');
    const lowered: number[] = [];
    const toLowerCase = String.prototype.toLowerCase;
    String.prototype.toLowerCase = function (this: string) {
      lowered.push(this.length);
      return toLowerCase.call(this);
    };
    const seen = new Set<string>();
    try {
      newReplies(seen, ticket([long]), OPENED);
      // The API's reading of it: other spacing and case, other ending, same first 500 letters and digits.
      const fromApi = msg('api-1', 'customer', `${start.toUpperCase().replaceAll(' ', '\n ')}something else entirely`);
      expect(newReplies(seen, ticket([fromApi, reply]), OPENED)).toEqual([reply]);
    } finally {
      String.prototype.toLowerCase = toLowerCase;
    }
    expect(Math.max(...lowered)).toBeLessThan(10_000);
  });

  it('tells apart messages that differ only after a long run of punctuation at their start', () => {
    const seen = new Set<string>();
    const lead = '-'.repeat(20_000);
    newReplies(seen, ticket([msg('dom-1', 'customer', `${lead}first`)]), OPENED);
    const reply = msg('dom-3', 'agent', `${lead}second`);
    expect(newReplies(seen, ticket([msg('dom-1', 'customer', `${lead}first`), reply]), OPENED)).toEqual([reply]);
  });
});
