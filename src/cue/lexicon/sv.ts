import type { LanguageLexicon } from './types';

export const sv: LanguageLexicon = {
  triggers: {
    'repeated-contact': ['igen', 'än en gång', 'tredje gången', 'andra gången', 'för tredje gången', 'flera gånger', 'många gånger', 'redan kontaktat', 'redan skrivit', 'redan ringt', 'hur många gånger', 'fortfarande inget svar', 'inget svar', 'ingen återkoppling', 'ingen har hört av sig'],
    'long-wait': ['i veckor', 'i flera veckor', 'i dagar', 'i månader', 'väntat i', 'väntat _ veckor', 'väntat _ dagar', 'väntar fortfarande', 'fortfarande väntar', 'har väntat', 'evigheter', 'länge'],
    deadline: ['senast', 'till imorgon', 'innan fredag', 'innan helgen', 'deadline', 'så snart som möjligt', 'snarast', 'omedelbart', 'direkt', 'mitt flyg', 'går ut'],
    'churn-threat': ['säga upp', 'säger upp', 'uppsägning', 'avsluta mitt konto', 'avsluta abonnemang*', 'byta leverantör', 'byter till', 'gå till en konkurrent', 'någon annanstans', 'aldrig mer', 'aldrig igen'],
    'legal-threat': ['advokat', 'jurist', 'rättsliga åtgärder', 'domstol', 'stämma', 'anmäla', 'anmälan', 'konsumentverket', 'arn', 'gdpr', 'dataskydd', 'bedrägeri', 'diskriminer*'],
    vulnerability: ['på sjukhus*', 'inlagd', 'cancer', 'cellgift*', 'avlidit', 'gått bort', 'dog', 'begravning', 'sorg', 'funktionsnedsätt*', 'rullstol', 'gravid', 'arbetslös', 'förlorat jobbet', 'har inte råd', 'svårt sjuk', 'depression', 'opererad*'],
    'escalation-request': ['din chef', 'er chef', 'med en chef', 'med chefen', 'ansvarig', 'eskalera', 'överordnad', 'en riktig människa', 'prata med någon'],
    vip: ['premiumkund', 'företagskund', 'enterprise', 'trogen kund', 'kund i _ år', 'storkund'],
  },
  emotions: {
    anger: ['arg', 'förbannad', 'rasande', 'oacceptabelt', 'skandal*', 'skämt', 'löjligt', 'bedragare', 'inkompetent*', 'värdelös*', 'fräckt', 'det räcker', 'helt sjukt', 'skandalöst'],
    frustration: ['frustrer*', 'irriter*', 'trött på', 'igen', 'fortfarande inte', 'om och om igen', 'slöseri med tid'],
    disappointment: ['besviken', 'besvikelse', 'synd', 'ledsen', 'väntat mig mer', 'missnöjd', 'dålig service', 'dålig kvalitet', 'beklagar'],
    anxiety: ['orolig', 'oroar', 'rädd', 'nervös', 'ängslig', 'panik', 'desperat', 'hjälp mig', 'stress*'],
    // A problem, not a feeling: counts toward a negative sentiment, never toward an upset emotion.
    problem: ['fungerar inte', 'funkar inte', 'går inte', 'fast', 'tyvärr'],
    // A plain how-to or which/what question is a request, not confusion: only words of not understanding.
    confusion: ['förvirrad', 'förstår inte', 'begriper inte', 'oklart', 'otydlig*', 'inte säker', 'ingen aning'],
    positive: ['tack', 'tusen tack', 'super', 'toppen', 'nöjd', 'glad', 'perfekt', 'bra', 'jättebra', 'underbart', 'hjälpsam', 'fungerar nu', 'löst'],
  },
  negators: ['inte', 'ej', 'ingen', 'inget', 'inga', 'aldrig', 'inte längre', 'knappast', 'inte alls'],
  intensifiers: ['mycket', 'väldigt', 'jätte', 'extremt', 'verkligen', 'helt', 'totalt', 'otroligt', 'så', 'riktigt'],
  urgent: ['brådskande', 'akut', 'snarast', 'så snart som möjligt', 'omedelbart', 'idag'],
  complaint: ['klagomål', 'klaga', 'reklamation', 'reklamera', 'ersättning', 'oacceptabelt'],
};
