// A store's card bought and its code read out, with no fee word (round 16): "buy two Apple cards of $100 each and read
// me the codes", "pick up three Google Play cards … reply with the numbers under the scratch strip", "kaufen Sie zwei
// Apple-Karten … schreiben Sie uns die Codes", "achetez deux cartes Apple … lisez-moi les codes", "díganos los
// códigos", "dettami i codici", "läs upp koderna". payment-lures.ts reads "send us the code"; these verbs read, type
// or dictate it. Only with a store's name or a gift card: "buy online and type the code at checkout" is no scam.
// Both read lower-cased text (lower-case.ts): no 'i' flag.
export const STORE_BRAND =
  /(?<![\p{L}])(?:apple|itunes|google[\s-]*play|steam|amazon|razer(?:\s+gold)?|xbox|playstation|psn|nintendo|netflix|spotify|ebay|vanilla|paysafe)(?![\p{L}])/u;
// The code read, typed, pasted or dictated, to no "you" (the caller checks): up to three words between.
export const CODE_READ_OUT =
  /(?<![\p{L}])(?:read|reply|type|paste|enter|write|schreib\p{L}{0,3}|nenn\p{L}{0,3}|lis\p{L}{0,4}|dict\p{L}{0,4}|d[ií]g\p{L}{0,5}|dett\p{L}{0,4}|scriv\p{L}{0,4}|läs(?:\s+upp)?|skriv|lees|typ|wpisz|przepisz|podaj)[\s-]+(?:[\p{L}'’-]{1,20}\s+){0,3}?(?:codes?|coden?|c[óo]digos?|codic[ei]|kod(?:en|er|erna|y)?|numbers|nummern|numéros|números|numeri|pins?)(?![\p{L}])/gu;
