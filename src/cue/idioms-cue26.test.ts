// Idioms of anger and being fed up that no lexicon listed (session cue26): the model alone carried them,
// named them as a milder emotion or quoted a technical phrase as the evidence ("het is kapot" for "Ik ben
// razend"). Named upset, the idiom quoted; "außer mir" only after "bin" ("niemand außer mir" is calm).
import { describe, expect, it } from 'vitest';
import { analyzeMessageDetail, isUpset } from './analyze-message';

describe('upset idioms are named and quoted (cue26)', () => {
  it.each([
    ['de', 'Ihr Fahrer hat das Paket über den Zaun geworfen und es ist kaputt. Ich bin außer mir.', 'bin außer mir'],
    ['de', 'langsam platzt mir der kragen', 'platzt mir der kragen'],
    ['de', 'Ich habe echt die Nase voll von euren Ausreden.', 'Nase voll'],
    ['nl', 'Uw bezorger heeft het pakket over het hek gegooid en het is kapot. Ik ben razend.', 'razend'],
    ['nl', 'Ik ben het spuugzat.', 'spuugzat'],
  ] as const)('%s: %s', (lang, text, idiom) => {
    const cue = analyzeMessageDetail(text, lang);
    expect(isUpset(cue.emotion)).toBe(true);
    expect(cue.evidence.some((phrase) => phrase.includes(idiom))).toBe(true);
  });

  it('reads "außer mir" without "bin" as calm', () => {
    const cue = analyzeMessageDetail('Niemand außer mir hat Zugriff auf das Konto. Wie ändere ich die E-Mail?', 'de');
    expect(isUpset(cue.emotion)).toBe(false);
  });
});
