// The agent's reply leaves through the gate with the ticket's redactions: a value the ticket labelled
// ("personnummer 850312-1234") stays hidden when the reply repeats it without the label.
import { describe, expect, it } from 'vitest';
import { emptyVault, restore } from '../privacy/vault';
import { redactText } from '../privacy/redact';
import { describeChat } from '../drafts/describe-chat';
import { translateMessages } from './translate';

describe('replyRequest with the ticket’s vault', () => {
  const ticketVault = emptyVault();
  redactText('Mitt personnummer är 850312-1234 och min e-post erik@example.se', ticketVault);
  const reply = 'Hej! Vi har kontrollerat 850312-1234 och allt stämmer.';

  it('sends a ticket value the reply repeats without its label under the ticket’s placeholder', () => {
    const { messages, vault } = translateMessages(reply, 'en', [], ticketVault);
    const sent = messages.map((m) => m.content).join('\n');
    expect(sent).not.toContain('850312-1234');
    expect(restore('We checked ⟦NATIONAL_ID_1⟧.', vault)).toBe('We checked 850312-1234.');
  });

  it('counts in "What was sent" only what this request replaced', () => {
    const { messages, vault } = translateMessages(reply, 'en', [], ticketVault);
    expect(describeChat(messages, vault, 'm', []).redacted).toEqual({ NATIONAL_ID: 1 });
  });
});
