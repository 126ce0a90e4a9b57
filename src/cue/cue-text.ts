// The cue sentence: one concrete next step for the agent, in the agent's UI language, quoting the
// customer's own words. Never a phrase to paste ("I understand your frustration"): an instruction.
import type { Emotion, Trigger } from './types';

export const UI_LANGS = ['en', 'de', 'nl', 'sv', 'ar'] as const;
export type UiLang = (typeof UI_LANGS)[number];

/** What the sentence needs to know about the customer's message(s). */
export interface CueInput {
  emotion: Emotion;
  evidence: string[];
  triggers: Trigger[];
  triggerEvidence: Partial<Record<Trigger, string>>;
}

type Key = Trigger | Emotion | 'neutral-plain' | 'unquoted';
type Templates = Record<Key, (quote: string) => string> & { quote: (phrase: string) => string };

// Most decisive first: what the agent must handle before anything else.
const TRIGGER_ORDER: Trigger[] = [
  'legal-threat',
  'vulnerability',
  'escalation-request',
  'churn-threat',
  'repeated-contact',
  'long-wait',
  'deadline',
  'vip',
];

const TEMPLATES: Record<UiLang, Templates> = {
  en: {
    quote: (p) => `“${p}”`,
    'legal-threat': (q) => `They mention ${q}: stay factual, make no admissions or promises, and involve whoever handles legal matters.`,
    vulnerability: (q) => `They write ${q}: acknowledge their situation in your own words first, then offer the simplest path for them.`,
    'escalation-request': (q) => `They ask for ${q}: say who will look at it and by when, rather than defending the process.`,
    'churn-threat': (q) => `They write ${q}: take the reason seriously and fix the cause before mentioning any retention offer.`,
    'repeated-contact': (q) => `They say ${q}: acknowledge the repeated effort and take ownership so they need not write again.`,
    'long-wait': (q) => `They write ${q}: acknowledge the wait plainly and give a concrete time for the next step.`,
    deadline: (q) => `They mention ${q}: say whether that date can be met, and what happens if not.`,
    vip: (q) => `They mention ${q}: check their account terms before answering and reply with care.`,
    anger: (q) => `They write ${q}: name what went wrong and what you will do, without defending it.`,
    frustration: (q) => `They write ${q}: skip the preamble and give the fix or the next step first.`,
    disappointment: (q) => `They write ${q}: acknowledge what fell short of their expectation, then say how you will make it right.`,
    anxiety: (q) => `They write ${q}: reassure them with facts: what is safe, what happens next and when.`,
    confusion: (q) => `They write ${q}: explain it in short numbered steps, without jargon.`,
    positive: (q) => `They write ${q}: thank them briefly and confirm nothing else is open.`,
    neutral: (q) => `Their words (${q}) are calm: answer the question directly and confirm the next step.`,
    'neutral-plain': () => 'No strong emotion in their words: answer the question directly and confirm the next step.',
    unquoted: () => 'No phrase in their words shows an emotion clearly: read their tone yourself, then answer directly.',
  },
  de: {
    quote: (p) => `„${p}“`,
    'legal-threat': (q) => `Sie erwähnen ${q}: sachlich bleiben, nichts zugeben oder versprechen und die Rechtsabteilung einbeziehen.`,
    vulnerability: (q) => `Sie schreiben ${q}: zuerst mit eigenen Worten auf ihre Lage eingehen, dann den einfachsten Weg anbieten.`,
    'escalation-request': (q) => `Sie verlangen ${q}: sagen, wer sich bis wann darum kümmert, statt den Ablauf zu verteidigen.`,
    'churn-threat': (q) => `Sie schreiben ${q}: den Grund ernst nehmen und die Ursache beheben, bevor ein Halteangebot kommt.`,
    'repeated-contact': (q) =>
      `Sie schreiben ${q}: den wiederholten Aufwand anerkennen und den Fall selbst übernehmen, damit sie nicht erneut schreiben müssen.`,
    'long-wait': (q) => `Sie schreiben ${q}: die Wartezeit offen anerkennen und einen konkreten Termin für den nächsten Schritt nennen.`,
    deadline: (q) => `Sie erwähnen ${q}: sagen, ob der Termin zu halten ist und was sonst passiert.`,
    vip: (q) => `Sie erwähnen ${q}: vor der Antwort die Vertragsbedingungen prüfen und mit Sorgfalt antworten.`,
    anger: (q) => `Sie schreiben ${q}: benennen, was schiefging und was Sie tun, ohne es zu rechtfertigen.`,
    frustration: (q) => `Sie schreiben ${q}: ohne Vorrede gleich die Lösung oder den nächsten Schritt nennen.`,
    disappointment: (q) => `Sie schreiben ${q}: anerkennen, was hinter ihrer Erwartung blieb, dann sagen, wie Sie es gutmachen.`,
    anxiety: (q) => `Sie schreiben ${q}: mit Fakten beruhigen: was sicher ist, was als Nächstes passiert und wann.`,
    confusion: (q) => `Sie schreiben ${q}: in kurzen nummerierten Schritten ohne Fachjargon erklären.`,
    positive: (q) => `Sie schreiben ${q}: kurz danken und bestätigen, dass nichts mehr offen ist.`,
    neutral: (q) => `Ihre Worte (${q}) sind ruhig: die Frage direkt beantworten und den nächsten Schritt bestätigen.`,
    'neutral-plain': () => 'Keine starke Emotion in ihren Worten: die Frage direkt beantworten und den nächsten Schritt bestätigen.',
    unquoted: () => 'Kein Ausdruck in ihren Worten zeigt klar eine Emotion: den Ton selbst einschätzen, dann direkt antworten.',
  },
  nl: {
    quote: (p) => `‘${p}’`,
    'legal-threat': (q) => `Ze noemen ${q}: blijf zakelijk, geef niets toe, beloof niets en betrek wie juridische zaken behandelt.`,
    vulnerability: (q) => `Ze schrijven ${q}: erken eerst hun situatie in eigen woorden en bied dan de eenvoudigste weg aan.`,
    'escalation-request': (q) => `Ze vragen om ${q}: zeg wie ernaar kijkt en wanneer, in plaats van het proces te verdedigen.`,
    'churn-threat': (q) => `Ze schrijven ${q}: neem de reden serieus en los de oorzaak op voordat je een aanbod doet.`,
    'repeated-contact': (q) => `Ze schrijven ${q}: erken de herhaalde moeite en neem het over, zodat ze niet opnieuw hoeven te schrijven.`,
    'long-wait': (q) => `Ze schrijven ${q}: erken het wachten eerlijk en noem een concreet moment voor de volgende stap.`,
    deadline: (q) => `Ze noemen ${q}: zeg of die datum haalbaar is en wat er anders gebeurt.`,
    vip: (q) => `Ze noemen ${q}: controleer hun contractvoorwaarden en antwoord met zorg.`,
    anger: (q) => `Ze schrijven ${q}: benoem wat er misging en wat je gaat doen, zonder het te verdedigen.`,
    frustration: (q) => `Ze schrijven ${q}: sla de inleiding over en geef meteen de oplossing of de volgende stap.`,
    disappointment: (q) => `Ze schrijven ${q}: erken wat tegenviel en zeg hoe je het goedmaakt.`,
    anxiety: (q) => `Ze schrijven ${q}: stel gerust met feiten: wat veilig is, wat er nu gebeurt en wanneer.`,
    confusion: (q) => `Ze schrijven ${q}: leg het uit in korte genummerde stappen, zonder jargon.`,
    positive: (q) => `Ze schrijven ${q}: bedank kort en bevestig dat er niets meer openstaat.`,
    neutral: (q) => `Hun woorden (${q}) zijn rustig: beantwoord de vraag direct en bevestig de volgende stap.`,
    'neutral-plain': () => 'Geen sterke emotie in hun woorden: beantwoord de vraag direct en bevestig de volgende stap.',
    unquoted: () => 'Geen woorden van hen tonen duidelijk een emotie: beoordeel de toon zelf en antwoord dan direct.',
  },
  sv: {
    quote: (p) => `”${p}”`,
    'legal-threat': (q) => `De nämner ${q}: håll dig saklig, medge eller lova inget och koppla in den som hanterar juridiska frågor.`,
    vulnerability: (q) => `De skriver ${q}: bekräfta först deras situation med egna ord och erbjud sedan den enklaste vägen.`,
    'escalation-request': (q) => `De ber om ${q}: säg vem som tittar på det och när, i stället för att försvara processen.`,
    'churn-threat': (q) => `De skriver ${q}: ta skälet på allvar och åtgärda orsaken innan du nämner något erbjudande.`,
    'repeated-contact': (q) => `De skriver ${q}: bekräfta det upprepade besväret och ta ägarskap så att de inte behöver skriva igen.`,
    'long-wait': (q) => `De skriver ${q}: bekräfta väntan rakt ut och ge en konkret tid för nästa steg.`,
    deadline: (q) => `De nämner ${q}: säg om datumet går att hålla och vad som händer annars.`,
    vip: (q) => `De nämner ${q}: kontrollera deras avtalsvillkor och svara med omsorg.`,
    anger: (q) => `De skriver ${q}: säg vad som gick fel och vad du gör åt det, utan att försvara det.`,
    frustration: (q) => `De skriver ${q}: hoppa över inledningen och ge lösningen eller nästa steg först.`,
    disappointment: (q) => `De skriver ${q}: bekräfta vad som inte levde upp till förväntningen och säg hur du rättar till det.`,
    anxiety: (q) => `De skriver ${q}: lugna med fakta: vad som är säkert, vad som händer härnäst och när.`,
    confusion: (q) => `De skriver ${q}: förklara i korta numrerade steg, utan fackspråk.`,
    positive: (q) => `De skriver ${q}: tacka kort och bekräfta att inget mer är öppet.`,
    neutral: (q) => `Deras ord (${q}) är lugna: svara direkt på frågan och bekräfta nästa steg.`,
    'neutral-plain': () => 'Ingen stark känsla i deras ord: svara direkt på frågan och bekräfta nästa steg.',
    unquoted: () => 'Inga av deras ord visar tydligt en känsla: bedöm tonen själv och svara sedan direkt.',
  },
  ar: {
    quote: (p) => `«${p}»`,
    'legal-threat': (q) => `يذكر العميل ${q}: التزم بالوقائع، لا تعترف ولا تَعِد بشيء، وأشرك المسؤول عن الشؤون القانونية.`,
    vulnerability: (q) => `يكتب العميل ${q}: اعترف بظرفه أولاً بكلماتك، ثم اعرض عليه أبسط حل.`,
    'escalation-request': (q) => `يطلب العميل ${q}: قل من سيتولى الأمر ومتى، بدلاً من الدفاع عن الإجراءات.`,
    'churn-threat': (q) => `يكتب العميل ${q}: خذ السبب بجدية وعالج أصل المشكلة قبل أي عرض للاحتفاظ به.`,
    'repeated-contact': (q) => `يكتب العميل ${q}: اعترف بجهده المتكرر وتولَّ الأمر بنفسك حتى لا يضطر للكتابة مجدداً.`,
    'long-wait': (q) => `يكتب العميل ${q}: اعترف بطول الانتظار بوضوح وحدد موعداً ملموساً للخطوة التالية.`,
    deadline: (q) => `يذكر العميل ${q}: وضّح هل يمكن الالتزام بهذا الموعد وماذا يحدث إن لم يمكن.`,
    vip: (q) => `يذكر العميل ${q}: راجع شروط حسابه قبل الرد وأجب بعناية.`,
    anger: (q) => `يكتب العميل ${q}: سمِّ ما حدث خطأً وما ستفعله، دون تبرير.`,
    frustration: (q) => `يكتب العميل ${q}: ادخل في الموضوع مباشرة وقدّم الحل أو الخطوة التالية أولاً.`,
    disappointment: (q) => `يكتب العميل ${q}: اعترف بما خيّب توقعه ثم وضّح كيف ستصلح الأمر.`,
    anxiety: (q) => `يكتب العميل ${q}: طمئنه بالوقائع: ما هو آمن، وما الخطوة التالية ومتى.`,
    confusion: (q) => `يكتب العميل ${q}: اشرح بخطوات قصيرة مرقّمة ودون مصطلحات تقنية.`,
    positive: (q) => `يكتب العميل ${q}: اشكره باختصار وتأكد أنه لم يبقَ شيء معلق.`,
    neutral: (q) => `كلمات العميل (${q}) هادئة: أجب عن السؤال مباشرة وأكّد الخطوة التالية.`,
    'neutral-plain': () => 'لا توجد مشاعر قوية في كلماته: أجب عن السؤال مباشرة وأكّد الخطوة التالية.',
    unquoted: () => 'لا توجد عبارة في كلماته تُظهر شعوراً بوضوح: قدّر نبرته بنفسك، ثم أجب مباشرة.',
  },
};

export function uiLangOf(value: string | null | undefined): UiLang {
  const primary = value?.split(/[-_]/)[0]?.toLowerCase();
  return (UI_LANGS as readonly string[]).includes(primary ?? '') ? (primary as UiLang) : 'en';
}

export function cueSentence(input: CueInput, uiLang: string): string {
  const templates = TEMPLATES[uiLangOf(uiLang)];
  const trigger = TRIGGER_ORDER.find((t) => input.triggers.includes(t) && input.triggerEvidence[t]);
  if (trigger) return templates[trigger](templates.quote(input.triggerEvidence[trigger]!));
  const phrase = input.evidence[0];
  // No quote: a calm reading says there is no strong emotion; any other says no phrase shows it.
  if (!phrase) return templates[input.emotion === 'neutral' ? 'neutral-plain' : 'unquoted']('');
  return templates[input.emotion](templates.quote(phrase));
}
