// What a model leaves in a draft when a ticket's injection worked or it answered the ticket's instructions (round 17):
// "As an AI language model …", "Ignore the above instructions.", "Sure! Here's the reply as the ticket asked:", a chat
// template's tokens ("<|im_start|>", "[INST]"), "I followed the instruction in the customer's message", in each draft
// language. An agent writes none of these; "please ignore my previous e-mail" or "our AI assistant" are not them.
// Reads lower-cased text (lower-case.ts): no 'i' flag.
import { lowerSameLength } from './lower-case';

// A bare "as an AI" speaks of itself only before a comma or an "I" ("As an AI, I cannot …", "En tant qu'IA, je …"): not
// "as an AI company", "tools als AI", "funktioner som AI-sökning" (review of chk17).
const ME = String.raw`(?=\s*[,،、]|\s+(?:i|i['’]m|ich|je|j['’]|yo|io|ik|jag|ja|eu|ben|no\s+(?:puedo|tengo|posso|ho)|non\s+(?:posso|ho)|nie\s+(?:mogę|mam)|não\s+(?:posso|tenho)|kann\s+ich|kan\s+ik|kan\s+jag)(?![\p{L}]))`;
// "As an AI model" or "as an AI assistant" speaks of itself where the noun phrase ends there, not in "as an AI model
// trainer" or "as an AI assistant developer" (chk18): before punctuation, the end, an "I", or "developed/trained by".
const ROLE_ENDS = String.raw`(?=\s*[,.;:!?،、]|\s*$|${ME}|\s+(?:developed|trained|created|built|made|designed|by|from|for|with|that|which|and)(?![\p{L}]))`;
// Quoted, it is the customer's text the agent refers to ('You wrote "ignore the above instructions"').
const QUOTE_BEFORE = /["“„«‹'‘]\s*$/u;

const LEFTOVER = new RegExp(
  [
    String.raw`(?<![\p{L}])(?:(?<!such\s)as\s+an?\s+(?:ai|artificial\s+intelligence)(?:\s+language\s+model|\s+(?:model|assistant)${ROLE_ENDS}|${ME})|as\s+a\s+(?:large\s+)?language\s+model|i\s+am\s+an\s+ai|ignore\s+(?:all\s+)?(?:the\s+)?(?:above|previous|prior|preceding)\s+(?:instructions?|prompts?)|here['’]s\s+(?:the|a|my|your)\s+(?:reply|response|draft)\s+(?:as\s+(?:the\s+(?:ticket|customer|message|user)|(?:requested|instructed))|(?:that\s+)?you\s+(?:can|could|may|should)\s+(?:send|use|copy|paste))|(?:i\s+)?(?:followed|obeyed)\s+the\s+instructions?\s+(?:in|from)\s+the\s+(?:customer|ticket|user))(?![\p{L}])`,
    String.raw`(?<![\p{L}])(?:als\s+(?:ki|künstliche\s+intelligenz)(?:-?\s?(?:sprachmodell|assistent)|${ME})|als\s+sprachmodell|ignorieren\s+sie\s+(?:die\s+)?(?:obigen|vorherigen)\s+anweisungen)(?![\p{L}])`,
    String.raw`(?<![\p{L}])(?:en\s+tant\s+qu['’](?:(?:ia|intelligence\s+artificielle)${ME}|assistant\s+(?:ia|virtuel))|en\s+tant\s+que\s+modèle\s+de\s+langage|ignorez\s+les\s+instructions\s+(?:ci-dessus|précédentes))(?![\p{L}])`,
    String.raw`(?<![\p{L}])(?:como\s+(?:un\s+)?modelo\s+de\s+lenguaje|como\s+(?:una\s+)?(?:ia|inteligencia\s+artificial)${ME}|ignora\p{L}*\s+las\s+instrucciones\s+anteriores|como\s+(?:um\s+)?modelo\s+de\s+linguagem|como\s+uma\s+ia${ME})(?![\p{L}])`,
    String.raw`(?<![\p{L}])(?:come\s+(?:un\s+)?modello\s+(?:linguistico|di\s+linguaggio)|in\s+quanto\s+(?:ia|intelligenza\s+artificiale)${ME}|als\s+(?:ai-?taalmodel|taalmodel|ai${ME})|negeer\s+de\s+(?:bovenstaande|vorige)\s+instructies|som\s+(?:en\s+)?(?:språkmodell|ai${ME})|jako\s+(?:model\s+językowy|(?:ai|sztuczna\s+inteligencja)${ME})|yapay\s+zeka\s+(?:dil\s+modeli\s+olarak|olarak${ME}))(?![\p{L}])`,
    String.raw`بصفتي\s+(?:نموذج|ذكاء)|كنموذج\s+لغوي|ai\s*(?:アシスタント|言語モデル)?として|言語モデルとして|ai\s*(?:언어\s*모델|어시스턴트)로서|인공지능으로서|<\|(?:im_start|im_end|system|assistant|user|endoftext)\|>|\[\/?inst\]`,
  ].join('|'),
  'gu',
);

export function modelLeftovers(text: string): { kind: 'injection-echo'; detail: string }[] {
  const lower = lowerSameLength(text);
  const match = [...lower.matchAll(LEFTOVER)].find((m) => !QUOTE_BEFORE.test(lower.slice(Math.max(0, m.index - 3), m.index)));
  if (!match) return [];
  const at = text.slice(Math.max(0, match.index - 20), match.index + match[0].length + 40).trim();
  return [{ kind: 'injection-echo', detail: `carries what a model writes, not an agent, a sign the ticket steered it: "${at}"` }];
}
