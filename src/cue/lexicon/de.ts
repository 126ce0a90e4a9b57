import type { LanguageLexicon } from './types';

export const de: LanguageLexicon = {
  triggers: {
    'repeated-contact': ['schon wieder', 'zum dritten mal', 'zum zweiten mal', 'zum wiederholten mal', 'drittes mal', 'mehrmals', 'mehrfach', 'bereits kontaktiert', 'bereits geschrieben', 'schon geschrieben', 'schon angerufen', 'bereits angerufen', 'schon mal gemeldet', 'wie oft noch', 'immer noch keine antwort', 'keine antwort', 'niemand meldet sich', 'x-mal', 'zigmal', 'ständig'],
    'long-wait': ['seit wochen', 'seit tagen', 'seit monaten', 'seit _ wochen', 'seit _ tagen', 'warte seit', 'warten seit', 'immer noch warten', 'warte immer noch', 'warte noch immer', 'ewig', 'lange gewartet', 'in der warteschleife'],
    deadline: ['bis morgen', 'bis freitag', 'bis montag', 'bis ende', 'vor dem wochenende', 'frist', 'deadline', 'spätestens', 'so schnell wie möglich', 'schnellstmöglich', 'sofort', 'mein flug', 'läuft ab', 'fällig'],
    'churn-threat': ['kündige*', 'kündigung', 'vertrag kündigen', 'konto schließen', 'konto löschen', 'zur konkurrenz', 'anbieter wechseln', 'woanders', 'nie wieder', 'nicht mehr bestellen', 'abo beenden'],
    'legal-threat': ['widerrufe _ lastschrift', 'lastschrift widerrufen', 'lastschrift zurückgeben', 'anwalt', 'rechtsanwalt', 'anwältin', 'rechtliche schritte', 'gericht', 'klage', 'verklagen', 'verbraucherzentrale', 'verbraucherschutz', 'dsgvo', 'datenschutz', 'strafanzeige', 'anzeige erstatten', 'betrug', 'diskriminier*', 'rückbuchung'],
    vulnerability: ['im krankenhaus', 'ins krankenhaus', 'klinikaufenthalt', 'krebs', 'chemo*', 'verstorben', 'gestorben', 'beerdigung', 'trauerfall', 'todesfall', 'schwerbehindert*', 'mit behinderung', 'rollstuhl', 'schwanger', 'arbeitslos', 'job verloren', 'kann mir _ nicht leisten', 'schwer krank', 'pflegefall', 'depression*', 'meine operation', 'nach der operation'],
    'escalation-request': ['vorgesetzte*', 'mit einem manager', 'mit ihrem chef', 'ihren chef', 'teamleiter*', 'eskalier*', 'verantwortlichen', 'echten menschen', 'beschwerdestelle'],
    vip: ['premiumkunde', 'premium-kunde', 'geschäftskunde', 'enterprise', 'langjährige* kunde*', 'seit _ jahren kunde', 'großkunde', 'key account'],
  },
  emotions: {
    anger: ['wütend', 'sauer', 'unverschämt*', 'frechheit', 'unfassbar', 'inakzeptabel', 'nicht akzeptabel', 'skandal*', 'lächerlich', 'betrug', 'abzocke', 'inkompetent*', 'eine zumutung', 'zumutung', 'die schlechteste', 'das letzte', 'nutzlos', 'katastroph*', 'ärgerlich', 'verarscht', 'reicht mir', 'reicht jetzt'],
    frustration: ['frustrier*', 'genervt', 'nervig', 'nervt', 'schon wieder', 'immer noch nicht', 'immer wieder', 'zeitverschwendung', 'ärgere mich', 'langsam reicht'],
    disappointment: ['enttäusch*', 'schade', 'traurig', 'hatte mehr erwartet', 'mehr erwartet', 'unzufrieden', 'schlechter service', 'schlechte qualität', 'bedauer*'],
    anxiety: ['sorgen', 'besorgt', 'angst', 'ängstlich', 'nervös', 'beunruhig*', 'panik', 'verzweifelt', 'was passiert, wenn', 'bitte helfen', 'helfen sie mir', 'stress'],
    // A problem, not a feeling: counts toward a negative sentiment, never toward an upset emotion.
    problem: ['funktioniert nicht', 'geht nicht', 'klappt nicht', 'hängt fest', 'leider'],
    // A plain how-to or which/what question is a request, not confusion: only words of not understanding.
    confusion: ['verwirr*', 'verstehe nicht', 'verstehe ich nicht', 'unklar', 'nicht sicher', 'nicht klar', 'keine ahnung'],
    positive: ['danke*', 'vielen dank', 'super', 'toll', 'zufrieden', 'freue mich', 'froh', 'perfekt', 'klasse', 'prima', 'hilfreich', 'gut', 'großartig', 'funktioniert jetzt', 'gelöst'],
  },
  negators: ['nicht', 'kein', 'keine', 'keinen', 'keiner', 'nie', 'niemals', 'nicht mehr', 'gar nicht', 'überhaupt nicht', 'kaum'],
  intensifiers: ['sehr', 'total', 'extrem', 'wirklich', 'echt', 'absolut', 'völlig', 'äußerst', 'so', 'mega', 'unglaublich'],
  urgent: ['dringend*', 'sofort', 'umgehend', 'so schnell wie möglich', 'schnellstmöglich', 'notfall', 'heute noch'],
  complaint: ['beschwer*', 'reklamation', 'reklamier*', 'entschädigung', 'inakzeptabel'],
};
