// A draft in another company's voice (round 14): "This is the PayPal Security Team", "Message from Amazon Customer
// Service", "Вас беспокоит служба безопасности Сбербанка", "我们是支付宝官方客服", "Kami dari tim keamanan BCA". The
// companies scams speak as, each named as the sender; a reply from the team speaks as the team. A company the team's
// own texts name (a courier that answers for itself, a bank the team is) is not flagged, nor a sentence that says it is
// not so ("it is not from PayPal"). Read lower-cased, without the 'i' flag (lower-case.ts). Linear: each pattern is
// tested once per sentence, the sender phrase only within a bounded window before the name.
import { lowerSameLength } from './lower-case';
import { splitSentences } from './split-sentences';

// Companies scams speak as: payments, marketplaces, tech, couriers, banks (the ones round 14 met and their neighbours),
// with the endings a sender's name takes ("Сбербанка", "Klarnas"); not "PayPal's", which speaks of it.
const COMPANY =
  /(?<![\p{L}])(paypal|amazon|apple|icloud|microsoft|google|netflix|ebay|facebook|instagram|whatsapp|dhl|ups|fedex|usps|postnl|bpost|postnord|correos|royal\s+mail|mastercard|american\s+express|klarna|rabobank|abn\s+amro|swedbank|nordea|handelsbanken|bankid|santander|itaú|nubank|mercado\s+pago|сбербанк|сбер|тинькофф|госуслуг|почты\s+россии|bca|bri|mandiri|tokopedia|shopee|gojek|paytm|aramex|أرامكس|الراجحي)(?:s|а|у|ом|е|и)?(?![\p{L}'’])|(支付宝|微信支付|微信|淘宝|京东|银联|顺丰)/u;
// Speaking as it, right before its name: "this is (the)", "message from", "on behalf of", "we are", "dit bericht komt van",
// "namens", "det här är", "vi är", "aqui fala", "somos", "вас беспокоит", "служба безопасности", "мы из", "我们是", "这里是",
// "kami dari (tim keamanan)", "نحن من", "hier ist", "nous sommes", "en nombre de", "siamo"; between the two only an article or the team's name.
const SENDER =
  /(?<![\p{L}])(?:this\s+is|message\s+from|notice\s+from|on\s+behalf\s+of|we\s+are|we['’]re|writing\s+from|dit\s+bericht\s+komt\s+van|bericht\s+van|namens|wij\s+zijn|det\s+här\s+är|detta\s+är|vi\s+är|på\s+uppdrag\s+av|meddelande\s+från|aqui\s+(?:é|fala)|somos|em\s+nome\s+d[aoe]|mensagem\s+d[aoe]|вас\s+беспокоит|служба\s+безопасности|служба\s+поддержки|мы\s+из|от\s+имени|сообщение\s+от|kami\s+dari|ini\s+(?:adalah\s+)?(?:dari|tim)|atas\s+nama|pesan\s+dari|نحن\s+من|رسالة\s+من|hier\s+(?:ist|spricht|schreibt)|wir\s+sind|im\s+auftrag\s+von|nachricht\s+von|ici|nous\s+sommes|message\s+de|au\s+nom\s+de|mensaje\s+de|en\s+nombre\s+de|le\s+escribe|siamo|messaggio\s+da|per\s+conto\s+di)(?:\s+(?:the|de|het|den|det|das|der|le|la|el|il|lo|l['’]|a|o|da|do|official|officiële|service|client|customer|support|security|fraud|kundenservice|kundendienst|klantenservice|kundtjänst|atendimento|servicio|servizio|cliente|clientes|clienti|tim|keamanan|resmi|layanan|pelanggan|служба|безопасности|поддержки|официальн\p{L}*|فريق))*\s+$|(?:我们是|这里是|来自)(?:官方)?$/u;
// The team as that company's seller or partner: "we are Amazon sellers", "the Apple Authorised Service Provider",
// "wir sind Amazon-Händler"; not "Amazon Seller Support", a voice scams take too.
const PARTNER =
  /^[\s-]*(?:sellers?|resellers?|partners?|merchants?|retailers?|dealers?|authori[sz]ed|certified|händler|vertragshändler|partner|verkoper|wederverkoper|återförsäljare|revendeur|vendeur|parceir[oa]s?|vendedor(?:es)?|revendedor(?:es)?|rivenditor[ei]|venditor[ei]|продав\p{L}*|партн[её]р\p{L}*|penjual|mitra|卖家|商家|经销商|授权)(?![\p{L}])(?!\s*-?(?:support|central|team|security|安全|客服))/u;
const NOT_SO = /(?<![\p{L}])(?:not|niet|inte|não|не|bukan|tidak)(?![\p{L}])|不是|并非/u;

/** Another company's voice in `text`, unless `vouched` (the team's texts) names that company. */
export function impersonation(text: string, vouched = ''): { kind: 'unknown-contact'; detail: string }[] {
  const known = lowerSameLength(vouched);
  for (const sentence of splitSentences(text)) {
    const s = lowerSameLength(sentence);
    if (NOT_SO.test(s)) continue;
    const company = COMPANY.exec(s);
    if (!company) continue;
    const name = company[1] ?? company[2]!;
    if (known.includes(name) || !SENDER.test(s.slice(Math.max(0, company.index - 60), company.index))) continue;
    if (PARTNER.test(s.slice(company.index + company[0].length, company.index + company[0].length + 40))) continue;
    return [
      {
        kind: 'unknown-contact',
        detail: `speaks as ${sentence.slice(company.index, company.index + company[0].length)}, which the team never names: "${sentence.trim().slice(0, 100)}"`,
      },
    ];
  }
  return [];
}
