// What a model leaves in a draft when a ticket's injection worked or it answered the ticket's instructions (round 17):
// "As an AI language model …", "Ignore the above instructions.", "Sure! Here's the reply as the ticket asked:", a chat
// template's tokens ("<|im_start|>", "[INST]"), "I followed the instruction in the customer's message", in each draft
// language. An agent writes none of these; "please ignore my previous e-mail" or "our AI assistant" are not them.
// Reads lower-cased text (lower-case.ts): no 'i' flag.
import { lowerSameLength } from './lower-case';

const LEFTOVER = new RegExp(
  [
    String.raw`(?<![\p{L}])(?:as\s+an?\s+(?:ai|artificial\s+intelligence)(?:\s+(?:language\s+)?(?:model|assistant))?|as\s+a\s+(?:large\s+)?language\s+model|i\s+am\s+an\s+ai|ignore\s+(?:all\s+)?(?:the\s+)?(?:above|previous|prior|preceding)\s+(?:instructions?|prompts?)|here['’]s\s+(?:the|a|my|your)\s+(?:reply|response|draft)\s+(?:as|that|you)|(?:i\s+)?(?:followed|obeyed)\s+the\s+instructions?\s+(?:in|from)\s+the\s+(?:customer|ticket|user))(?![\p{L}])`,
    String.raw`(?<![\p{L}])(?:als\s+(?:ki|künstliche\s+intelligenz)(?:-?\s?(?:sprachmodell|assistent))?|als\s+sprachmodell|ignorieren\s+sie\s+(?:die\s+)?(?:obigen|vorherigen)\s+anweisungen)(?![\p{L}])`,
    String.raw`(?<![\p{L}])(?:en\s+tant\s+qu['’](?:ia|intelligence\s+artificielle|assistant\s+(?:ia|virtuel))|en\s+tant\s+que\s+modèle\s+de\s+langage|ignorez\s+les\s+instructions\s+(?:ci-dessus|précédentes))(?![\p{L}])`,
    String.raw`(?<![\p{L}])(?:como\s+(?:un\s+)?modelo\s+de\s+lenguaje|como\s+(?:una\s+)?(?:ia|inteligencia\s+artificial)|ignora\p{L}*\s+las\s+instrucciones\s+anteriores|como\s+(?:um\s+)?modelo\s+de\s+linguagem|como\s+uma\s+ia)(?![\p{L}])`,
    String.raw`(?<![\p{L}])(?:come\s+(?:un\s+)?modello\s+(?:linguistico|di\s+linguaggio)|in\s+quanto\s+(?:ia|intelligenza\s+artificiale)|als\s+(?:ai|taalmodel)(?:-taalmodel)?|negeer\s+de\s+(?:bovenstaande|vorige)\s+instructies|som\s+(?:en\s+)?(?:ai|språkmodell)|jako\s+(?:model\s+językowy|ai|sztuczna\s+inteligencja)|yapay\s+zeka\s+(?:dil\s+modeli\s+)?olarak)(?![\p{L}])`,
    String.raw`بصفتي\s+(?:نموذج|ذكاء)|كنموذج\s+لغوي|ai\s*(?:アシスタント|言語モデル)?として|言語モデルとして|ai\s*(?:언어\s*모델|어시스턴트)로서|인공지능으로서|<\|(?:im_start|im_end|system|assistant|user|endoftext)\|>|\[\/?inst\]`,
  ].join('|'),
  'u',
);

export function modelLeftovers(text: string): { kind: 'injection-echo'; detail: string }[] {
  const match = LEFTOVER.exec(lowerSameLength(text));
  if (!match) return [];
  const at = text.slice(Math.max(0, match.index - 20), match.index + match[0].length + 40).trim();
  return [{ kind: 'injection-echo', detail: `carries what a model writes, not an agent, a sign the ticket steered it: "${at}"` }];
}
