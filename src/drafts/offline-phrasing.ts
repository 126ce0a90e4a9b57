// Built-in phrasing for offline drafts in the agent UI languages (en, de, nl, sv, ar). Teams override
// any part per language in settings (DraftSettings.phrasing); other customer languages need team phrasing.
import type { Emotion } from '../cue/types';
import type { Lang } from '../language/languages';

export interface OfflinePhrasing {
  greeting: string; // {name}
  greetingNoName: string;
  closing: string;
  /** Per emotion group; {quote} is the customer's own words. */
  acknowledge: Record<'upset' | 'confused' | 'worried', string>;
  noSnippet: string;
  snippetIntro: string; // {title}
}

export const BUILTIN_PHRASING: Partial<Record<Lang, OfflinePhrasing>> = {
  en: {
    greeting: 'Hi {name},',
    greetingNoName: 'Hello,',
    closing: 'Best regards',
    acknowledge: {
      upset: 'You wrote “{quote}” — I am sorry this has cost you time and nerves, and I want to get it sorted for you.',
      confused: 'You asked about “{quote}”, so here is how it works.',
      worried: 'You mentioned “{quote}”, so here is exactly what happens next.',
    },
    noSnippet: 'I am looking into this now and will get back to you as soon as I have an answer.',
    snippetIntro: 'Here is what our guide “{title}” says:',
  },
  de: {
    greeting: 'Hallo {name},',
    greetingNoName: 'Guten Tag,',
    closing: 'Viele Grüße',
    acknowledge: {
      upset: 'Sie schreiben „{quote}“ — das tut mir leid, und ich kümmere mich darum, dass es gelöst wird.',
      confused: 'Sie fragen nach „{quote}“, daher hier kurz, wie es funktioniert.',
      worried: 'Sie erwähnen „{quote}“, deshalb hier genau, wie es weitergeht.',
    },
    noSnippet: 'Ich sehe mir das jetzt an und melde mich, sobald ich eine Antwort habe.',
    snippetIntro: 'Dazu steht in unserer Anleitung „{title}“:',
  },
  nl: {
    greeting: 'Beste {name},',
    greetingNoName: 'Goedendag,',
    closing: 'Met vriendelijke groet',
    acknowledge: {
      upset: 'U schrijft “{quote}” — het spijt me dat dit u tijd en moeite kost, en ik zorg dat het wordt opgelost.',
      confused: 'U vraagt naar “{quote}”, dus zo werkt het.',
      worried: 'U noemt “{quote}”, dus dit is precies wat er nu gebeurt.',
    },
    noSnippet: 'Ik zoek dit nu voor u uit en laat het u weten zodra ik een antwoord heb.',
    snippetIntro: 'Dit staat in onze handleiding “{title}”:',
  },
  sv: {
    greeting: 'Hej {name},',
    greetingNoName: 'Hej,',
    closing: 'Vänliga hälsningar',
    acknowledge: {
      upset: 'Du skriver ”{quote}” — jag beklagar att det har kostat dig tid, och jag ser till att det blir löst.',
      confused: 'Du frågar om ”{quote}”, så här fungerar det.',
      worried: 'Du nämner ”{quote}”, så här är exakt vad som händer härnäst.',
    },
    noSnippet: 'Jag tittar på det här nu och återkommer så snart jag har ett svar.',
    snippetIntro: 'Så här står det i vår guide ”{title}”:',
  },
  ar: {
    greeting: 'مرحباً {name}،',
    greetingNoName: 'مرحباً،',
    closing: 'مع خالص التحيات',
    acknowledge: {
      upset: 'كتبتَ «{quote}» — نأسف لأن هذا كلّفك وقتاً، وسأحرص على حلّه.',
      confused: 'سألتَ عن «{quote}»، وإليك كيف يعمل ذلك.',
      worried: 'ذكرتَ «{quote}»، وإليك بالضبط ما سيحدث بعد ذلك.',
    },
    noSnippet: 'أراجع الأمر الآن وسأعود إليك فور حصولي على إجابة.',
    snippetIntro: 'هذا ما يقوله دليلنا «{title}»:',
  },
};

export function emotionGroup(emotion: Emotion): 'upset' | 'confused' | 'worried' | null {
  if (emotion === 'anger' || emotion === 'frustration' || emotion === 'disappointment') return 'upset';
  if (emotion === 'confusion') return 'confused';
  if (emotion === 'anxiety') return 'worried';
  return null;
}
