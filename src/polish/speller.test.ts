import { describe, expect, it } from 'vitest';
import { createSpellerCache } from './dictionaries';
import { loadNodeDictionary } from './node-dictionaries';
import { spellingEdits } from './speller';
import { teamWordSet } from './team-words';
import { replyWords } from './words';

const spellers = createSpellerCache(loadNodeDictionary);
const noTeam = new Set<string>();

describe('replyWords', () => {
  it('skips placeholders, links, emails, handles, identifiers, acronyms and mixed-case names', () => {
    const text =
      'Hi {{ticket.requester.first_name}}, see https://help.example.com/a-b or mail ops@example.com, @sam. Order INV-2291, 2FA, API and iPhone on TechCorp.';
    expect(replyWords(text).map((w) => w.word)).toEqual(['Hi', 'see', 'or', 'mail', 'Order', 'and', 'on']);
  });

  it('gives offsets into the original text and marks sentence starts', () => {
    const text = 'thanks. Sorry\nagain';
    const words = replyWords(text);
    expect(words.map((w) => text.slice(w.start, w.end))).toEqual(['thanks', 'Sorry', 'again']);
    expect(words.map((w) => w.sentenceStart)).toEqual([true, true, true]);
  });
});

describe('spellingEdits', () => {
  it('flags misspellings in English with a suggestion and exact offsets', async () => {
    const text = 'Thnak you for your pateince, we have recieved your refund request.';
    const edits = spellingEdits(text, await spellers('en'), { teamWords: noTeam, capitalizedNouns: false });
    expect(edits.map((e) => [e.before, e.after])).toEqual([
      ['Thnak', 'Thank'],
      ['pateince', 'patience'],
      ['recieved', 'received'],
    ]);
    for (const edit of edits) expect(text.slice(edit.start, edit.end)).toBe(edit.before);
  });

  it('never flags the team words, names inside a sentence or placeholders', async () => {
    const text = 'Dear Maartje, Souffleur and Zorblax will sync with {{ticket.id}} and Grunwald.';
    const teamWords = teamWordSet(['Zorblax Cloud', 'Maartje de Vries']);
    const edits = spellingEdits(text, await spellers('en'), { teamWords, capitalizedNouns: false });
    expect(edits).toEqual([]);
  });

  it('checks capitalized nouns in German', async () => {
    const text = 'Vielen Dank für Ihre Geduld, die Rechnunng kommt morgen.';
    const edits = spellingEdits(text, await spellers('de'), { teamWords: noTeam, capitalizedNouns: true });
    expect(edits.map((e) => e.before)).toEqual(['Rechnunng']);
    expect(edits[0]!.after).toBe('Rechnung');
  });

  it('stops at the limit', async () => {
    const text = 'wrnog wrnog wrnog wrnog';
    const edits = spellingEdits(text, await spellers('en'), { teamWords: noTeam, capitalizedNouns: false, limit: 2 });
    expect(edits).toHaveLength(2);
  });
});
