// The outbound form of a ticket: what may leave, and in what shape. Cases found by attacking the gate.
import { describe, expect, it } from 'vitest';
import { message, ticket } from '../../tests/server/fixtures';
import { emptyVault } from '../privacy/vault';
import { outboundText, outboundTicket } from './outbound';

describe('outboundTicket', () => {
  it.each([
    ['decomposed (NFD)', 'Zoe\u0308 Mu\u0308ller'],
    ['with a zero-width space', 'Ali\u200Bce Smith'],
    ['halfwidth kana', 'ﾔﾏﾀﾞ ﾀﾛｳ'],
  ])('replaces a name stored %s, in the author label and in the text', (_how, name) => {
    const t = ticket([`Hello, this is ${name} again. Where is my parcel?`], { requester: { name, email: null } });
    t.messages[0]!.author.name = name;
    const out = JSON.stringify(outboundTicket(t));
    const shown = name.normalize('NFKC').replace(/\u200B/g, '');
    expect(out).not.toContain(shown.split(' ')[0]);
    expect(out).toContain('⟦NAME_');
  });

  it('never sends an author name, even one redaction would not recognise', () => {
    const t = ticket(['Where is my parcel?']);
    t.messages[0]!.author.name = 'xQ7 unusual handle';
    expect(JSON.stringify(outboundTicket(t))).not.toContain('xQ7');
  });

  it('leaves internal notes and system messages out', () => {
    const t = ticket(['Where is my parcel?']);
    t.messages.push(message('Fraud review FR-5521', { id: 'n', role: 'agent', visibility: 'internal' }));
    t.messages.push(message('Ticket merged by automation', { id: 's', role: 'system', visibility: 'public' }));
    const out = JSON.stringify(outboundTicket(t));
    expect(out).not.toContain('FR-5521');
    expect(out).not.toContain('automation');
  });
});

describe('outboundText', () => {
  it('an invisible character that was all between a label and its value does not glue them into one word that leaves', () => {
    for (const [written, type] of [
      ['Call me: Tel\u200b0612345678', 'PHONE'],
      ['Mobile\u200b+44 7700 900123 after six', 'PHONE'],
      ['My IBAN\u200bDE89370400440532013000 please', 'IBAN'],
    ] as const) {
      const vault = emptyVault();
      const sent = outboundText(written, vault, []);
      expect(sent).not.toMatch(/\d{5}/);
      expect(sent).toContain(`⟦${type}_1⟧`);
      expect(sent).not.toMatch(/[\u200b]/);
    }
  });

  it('a value the bounded read splits never leaves in part, however much the text shrinks', () => {
    const iban = 'DE89 3704 0044 0532 0130 00';
    for (const padding of [15_960, 15_970, 15_990, 16_100, 40_000]) {
      const out = outboundText(`Hallo ${'\u200B'.repeat(padding)}Meine IBAN: ${iban} danke`, emptyVault(), [], 4000);
      expect(out).not.toMatch(/DE89|3704|0044/);
    }
  });

  it('redacts before it cuts: an e-mail across the cut is a placeholder or gone, never half', () => {
    const out = outboundText(`${'word '.repeat(798)}mail anna.schmidt@example.de please`, emptyVault(), [], 4000);
    expect(out.length).toBeLessThanOrEqual(4000);
    expect(out).not.toMatch(/anna|schmidt|example/);
  });
});

describe("the company's own handle", () => {
  it('stays on the company helpdesk account (acme.zendesk.com keeps "@acme"), a person\'s does not', () => {
    const text = 'I tagged @acme and @dana_w about this.';
    const onAcme = outboundTicket(ticket([text]), emptyVault(), []).messages[0]!.text;
    expect(onAcme).toContain('@acme');
    expect(onAcme).not.toContain('@dana_w');
    const elsewhere = outboundTicket({ ...ticket([text]), url: 'https://globex.zendesk.com/agent/tickets/1' }, emptyVault(), []);
    expect(elsewhere.messages[0]!.text).not.toContain('@acme');
  });
});
