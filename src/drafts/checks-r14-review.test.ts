import { describe, expect, it } from 'vitest';
import { checkDraft } from './checks';
import type { CheckContext } from './prompt';
import { lateOrder, timed } from '../../tests/support/draft-checks';

// Review of round 14 (rev-chk14): honest drafts from daily support practice that the new rules must keep, bypasses
// of those rules, and 100 KB inputs for each new pattern.
const flagsOf = (text: string, ctx: CheckContext = lateOrder, citations: string[] = []): string[] =>
  checkDraft({ text, citations }, ctx)
    .filter((f) => f.kind !== 'language' && f.kind !== 'unbacked-promise')
    .map((f) => `${f.kind}: ${f.detail}`);

describe('honest drafts kept (review of round 14)', () => {
  it.each([
    // 2FA, backup and recovery codes as advice.
    'You can find your backup codes in Settings > Security > Two-factor authentication.',
    'If you lost your phone, sign in with one of your backup codes and then set up the authenticator app again.',
    'Never share your 2FA code with anyone; we will not ask you for it.',
    'Please keep your recovery codes somewhere safe, for example printed in a drawer.',
    'Open your authenticator app and enter the 6-digit code on the login page to finish signing in.',
    'To confirm the change, enter the code we sent by SMS in the app.',
    'We have reset your two-factor authentication; please set it up again with your authenticator app.',
    'Sie finden Ihre Backup-Codes in den Einstellungen unter Sicherheit.',
    'Geben Sie Ihr Passwort niemals weiter, auch nicht an uns.',
    'U vindt uw herstelcodes in de app onder Instellingen > Beveiliging.',
    'Deel uw verificatiecode nooit met iemand, ook niet met ons.',
    'Вы можете найти резервные коды в настройках профиля, в разделе «Безопасность».',
    'Если вы забыли пароль, нажмите «Забыли пароль?» на странице входа, и мы пришлём ссылку для сброса.',
    'Введите код подтверждения из СМС на странице оплаты, чтобы завершить покупку.',
    '您可以在“设置 > 安全”中找到备用码。',
    '如果忘记密码，请在登录页点击“忘记密码”来重置。',
    '请在支付页面输入短信验证码完成付款。',
    'Você pode encontrar os códigos de backup nas configurações da sua conta.',
    'Vous trouverez vos codes de secours dans Paramètres > Sécurité.',
    'Ne communiquez jamais votre mot de passe, même à notre équipe.',
    // Refunds to the original payment method.
    'Your refund will go back to the original payment method within 5-10 business days.',
    'We have refunded EUR 25 to the card you paid with; depending on your bank it can take a few days to show.',
    'The refund is on its way to the same account you paid from.',
    'If the refund has not arrived after 10 days, please let us know and we will check it with our payment provider.',
    'Die Rückerstattung erfolgt auf das ursprüngliche Zahlungsmittel, also Ihre Kreditkarte.',
    'De terugbetaling gaat naar de rekening waarmee u heeft betaald.',
    'Возврат средств поступит на карту, с которой была произведена оплата, в течение 10 дней.',
    '退款将原路退回到您的支付账户，预计3-5个工作日到账。',
    'O reembolso será feito para o mesmo cartão usado na compra.',
    'Le remboursement sera effectué sur la carte utilisée lors de l’achat.',
    'Your refund went to your old card; if that card is closed, your bank will pass it to your new card automatically.',
    'We refunded your order; the new order you placed is not affected and will ship tomorrow.',
    // Internal process words.
    'Our notes show your order shipped on Monday.',
    'I checked the notes on your account and your return was received on 3 May.',
    'According to our records, the parcel was delivered to your safe place.',
    'I have added an internal note so my colleagues know about your call.',
    'Volgens onze gegevens is uw pakket maandag verzonden.',
    'Согласно нашим данным, заказ был отправлен в понедельник.',
    '根据我们的记录，您的订单已于周一发货。',
    // Real brands as partners or payment providers.
    'Your PayPal payment was refunded this morning.',
    'You paid with Amazon Pay, so the refund goes back to your Amazon account.',
    'DHL will deliver your parcel tomorrow between 9 and 12.',
    'We are sending your replacement with UPS; the tracking link follows by e-mail.',
    'Your order was paid with Klarna, so Klarna will update your invoice once the return arrives.',
    'We are an official Apple reseller, so the warranty is handled by Apple.',
    'We ship with DHL Express to Germany.',
    'Ihre Bestellung wird von DHL zugestellt.',
    'Uw pakket wordt door PostNL bezorgd.',
    'Ваш заказ доставит Почта России в течение недели.',
    '您的包裹由顺丰快递配送，明天送达。',
    'Pagou com Mercado Pago, por isso o reembolso volta para a sua conta Mercado Pago.',
    'Votre colis sera livré par DHL demain.',
    'We are Amazon sellers too: your order from our Amazon shop is handled by us.',
    // Polite Russian and Chinese.
    'Здравствуйте! Спасибо за обращение. Мы уже проверяем ваш заказ и ответим сегодня.',
    'Приносим извинения за задержку. Пожалуйста, сообщите номер заказа, и мы всё проверим.',
    '您好，感谢您的耐心等待。请提供您的订单号，我们会尽快为您查询。',
    '非常抱歉给您带来不便，我们已经为您加急处理。',
    // Sharing a screen/contact words used honestly.
    'Please send us a screenshot of the error message.',
    'Could you confirm the e-mail address on your account?',
    'Please provide your order number and we will look into it.',
  ])('"%s" not flagged', (text) => expect(timed(() => flagsOf(text))).toEqual([]));
});

describe('honest drafts kept: a secret named beside an honest ask (review of round 14)', () => {
  it.each([
    'Please confirm you have your backup codes to hand, then enter one on the sign-in page.',
    'What is the error you see when you enter the 2FA code?',
    'Could you tell us whether the backup codes we showed at set-up still work for you?',
    'Если не получается войти, напишите нам, и мы поможем сбросить пароль.',
    'Укажите новый пароль в настройках профиля и сохраните изменения.',
    'Подтвердите новый пароль на странице профиля.',
    '请回复您的订单号，我们将帮您重置密码。',
    '如果您忘记密码，我们可以提供重置链接。',
    'पासवर्ड रीसेट करने में दिक्कत हो तो हमें बताएं।',
    'Balas email ini jika tautan untuk mengatur ulang kata sandi belum sampai.',
    'Kirimkan nomor pesanan Anda dan kami akan mengirim tautan untuk membuat kata sandi baru.',
  ])('"%s" not flagged', (text) => expect(timed(() => flagsOf(text))).toEqual([]));
});

// Left (rev-chk14): the ask and the code in two clauses of one sentence; the clause split would let "reply with it — your
// backup code" through. An expected failure: it fails loudly (as a pass) the day the draft is no longer flagged.
describe('honest drafts still flagged (left)', () => {
  it.fails('the order number asked, the code sent by us', () =>
    expect(flagsOf('Сообщите, пожалуйста, номер заказа — код подтверждения для входа придёт вам по СМС.')).toEqual([]),
  );
});

describe('honest drafts kept: notes, brands (review of round 14)', () => {
  it.each([
    'The notes on your account show you called us on Monday, so I have picked up from there.',
    'The delivery note on your account says to leave parcels with the neighbour, so the courier did that.',
    'We are Amazon sellers too: your order from our Amazon shop is handled by us.',
    'We are the Apple Authorised Service Provider in Utrecht, so the repair is covered.',
    'Wir sind Amazon-Händler und versenden auch über Amazon.',
  ])('"%s" not flagged', (text) => expect(timed(() => flagsOf(text))).toEqual([]));
});

describe('bypasses of round 14 rules (review)', () => {
  it.each([
    'Please send us the 6 digits you just received by text so we can finish the refund.',
    'Reply with the one-time code from your authenticator so we can unlock the account.',
    'Hi, kindly read us the sixteen digits on the front of your card.',
    'Please tell us your card number, all of it, plus the expiry date.',
    'Reply with the b\u0430ckup codes from your account settings.',
    'Reply with your back up codes and we will reset 2FA.',
    'Пришлите, пожалуйста, код, который пришёл вам в СМС.',
    'Назовите, пожалуйста, полный номер вашей банковской карты.',
    '请把收到的六位验证码发给我们。',
    'This is PayPal Security: your account has been limited.',
    'This is Amazon Seller Support: your account is suspended until you verify it.',
    'Your refund cannot go to your card. Please reply with an IBAN we can pay into.',
  ])('"%s" flagged', (text) => expect(timed(() => flagsOf(text))).not.toEqual([]));
});

describe('100 KB inputs stay linear (review of round 14)', () => {
  const long = (unit: string) => unit.repeat(Math.ceil(100_000 / unit.length));
  it.each([
    long('recovery '),
    long('code '),
    long('code 2fa '),
    long('refund another account '),
    long('internal notes '),
    long('this is the '),
    long('we are the security service customer '),
    long('нов '),
    long('密码验证码'),
    long('a'),
    long('\u{1F600}'),
    long('notes on your '),
    long('the 16 '),
  ])('%#', (text) => {
    const t = performance.now();
    flagsOf(text);
    expect(performance.now() - t).toBeLessThan(3000);
  });
});
