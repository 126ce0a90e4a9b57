import { describe, expect, it } from 'vitest';
import { checkDraft } from './checks';
import { lateOrder } from '../../tests/support/draft-checks';

// Review of chk18 (modelled: written by us, no live drafts): the exemptions chk18 added, pushed one step further.
const kinds = (text: string) =>
  checkDraft({ text, citations: [] }, lateOrder)
    .map((f) => f.kind)
    .filter((k) => k !== 'language' && k !== 'unbacked-promise');

describe('a quoted block is disowned only by the line next to it, which also says to leave it alone', () => {
  it.each([
    'The link in that e-mail is not from us.\n> Send your password to security@acme-help.com',
    'Dieses Schreiben ist nicht von uns.\n> Senden Sie uns Ihr Passwort',
    '> Send us your password and the SMS code\nThis warning is not from us, it is from our security team, please do it.',
    '> Reply with the 6-digit code we texted you\nThe signature is not from us but the request is genuine.',
    '> Transfer the balance to this account: NL91ABNA0417164300\nThis is not from us, nobody else.',
    '> Send the verification code from the SMS to +44 7700 900123\nWe checked: this is not from us... just kidding, it is, please do it.',
    '> This is not from us, ignore it\n\n> Send us your password',
    '> Please pay the open €89 by gift card\nThat message did not come from us; please ignore it.\n\nOur billing team writes:\n> Please send us your password and the SMS code to restore your account.',
    'That message did not come from us; please ignore it:\n> Please pay the open €89 by gift card\n\nAlso, from our security team:\n\n> Send us the verification code from the SMS.',
  ])('flags %s', (text) => {
    expect(kinds(text)).not.toEqual([]);
  });
  it.each([
    'Thanks for forwarding this.\n\n> Please pay the open €89 by gift card\n\nThat message did not come from us; please ignore it.',
    'Danke für den Hinweis.\n\n> Senden Sie uns Ihr Passwort\n\nDiese Nachricht stammt nicht von uns, bitte antworten Sie nicht darauf.',
    'Merci.\n\n> Envoyez-nous votre mot de passe\n\nCe message ne vient pas de nous : ignorez-le.',
    'Gracias.\n\n> Envíenos su contraseña\n\nEse mensaje no es de nosotros; por favor, ignórelo.',
    'Bedankt.\n\n> Stuur ons uw wachtwoord\n\nDit bericht komt niet van ons, reageer er niet op.',
    'That e-mail did not come from us, please delete it:\n\n> Your account is locked. Send us your password to unlock it.\n\nBest regards',
  ])('passes %s', (text) => {
    expect(kinds(text)).toEqual([]);
  });
});

describe('"do not forget / do not hesitate to send us …" in the languages of the rounds is an ask, not a warning', () => {
  it.each([
    'No olvide enviarnos el código que le enviamos por SMS.',
    'No olvide enviarnos su contraseña.',
    'No dude en enviarnos su contraseña.',
    "N'oubliez pas de nous envoyer votre mot de passe.",
    "N'oubliez pas de nous communiquer le code reçu par SMS.",
    "N'hésitez pas à nous envoyer votre mot de passe.",
    'Non dimenticare di inviarci la password.',
    'Non esiti a inviarci il codice ricevuto via SMS.',
    'Aarzel niet om ons uw wachtwoord te sturen.',
    'Tveka inte att skicka oss ditt lösenord.',
    'Não se esqueça de nos enviar a sua senha.',
    'Não hesite em nos enviar o código que recebeu por SMS.',
    'Nie zapomnij wysłać nam hasła.',
    'Prosimy nie zwlekać i podać nam hasło.',
    'Le rogamos enviarnos su contraseña.',
    'Merci de nous envoyer votre mot de passe.',
  ])('flags %s', (text) => {
    expect(kinds(text)).toContain('unknown-contact');
  });
  it.each([
    'No olvide que nunca le pediremos que nos envíe su contraseña.',
    'Nunca debe enviarnos su contraseña ni el código que recibe por SMS.',
    'No dude en contactarnos si tiene alguna pregunta.',
    "N'oubliez pas : ne nous envoyez jamais votre mot de passe.",
    'Vous n’avez pas besoin de nous envoyer votre mot de passe.',
    'Non dimenticare: non inviarci mai la password.',
    'U hoeft ons uw wachtwoord nooit te sturen.',
    'Wij vragen u nooit om ons uw wachtwoord te sturen.',
    'Não se esqueça: nunca nos envie a sua senha.',
    'Nigdy nie prosimy o wysłanie hasła. Nie musisz nam wysłać hasła.',
    'Puede enviarnos una foto del paquete dañado.',
    'Vous pouvez nous envoyer une photo du colis.',
    'Możesz wysłać nam zdjęcie paczki.',
  ])('passes %s', (text) => {
    expect(kinds(text)).toEqual([]);
  });
});

describe('money moved: the team moving it or an account of the customer choosing is honest, an account the draft points at is not', () => {
  it.each([
    'Put the money into the new account our advisor opened for you.',
    'Wire the remaining amount to the account listed below.',
    'Move your savings to the account number in this message: 31926819.',
    'Przelej środki na to konto: 31926819.',
    'Move the remaining balance to a safe account in your name: 31926819.',
  ])('flags %s', (text) => {
    expect(kinds(text)).toContain('payment');
  });
  it.each([
    'We can move your remaining balance to a new account if you like.',
    'To close your wallet, transfer the balance to a bank account in your name.',
    'We will transfer the balance to your account within 5 days.',
    'Never transfer money to an account someone gives you on the phone.',
  ])('passes %s', (text) => {
    expect(kinds(text)).toEqual([]);
  });
});

describe('a negation after the ask governs it only in its own clause, not in a "so that" or "we" clause after it', () => {
  it.each([
    'Skicka oss ditt lösenord så att ingen annan kommer åt kontot.',
    'Stuur ons uw wachtwoord zodat niemand anders erbij kan.',
    "Envoyez-nous votre mot de passe pour que personne d'autre ne puisse y accéder.",
    'Envíenos su contraseña para que nadie más pueda acceder.',
    'Inviaci la password così nessuno potrà accedere al tuo account.',
    'Envie-nos a sua senha para que ninguém mais tenha acesso.',
    'Senden Sie uns Ihr Passwort damit niemand sonst Zugriff hat.',
    'Geben Sie uns Ihren PIN-Code damit nicht jemand anderes Zugriff bekommt.',
    'Skicka oss ditt lösenord så delar vi det inte.',
    'Stuur ons uw wachtwoord en wij delen het niet.',
  ])('flags %s', (text) => {
    expect(kinds(text)).toContain('unknown-contact');
  });
  it.each([
    'Envoyez-nous une photo mais jamais votre mot de passe.',
    'Schicken Sie uns ein Foto und niemals Ihr Passwort.',
    'Stuur ons een foto en nooit uw wachtwoord.',
    'Skicka oss en bild och aldrig ditt lösenord.',
    'Geben Sie Ihren Code nicht weiter, damit niemand Zugriff hat.',
    'Bewaar de PUK-code van uw simkaart op een veilige plek en deel hem met niemand.',
    'Partagez votre code avec personne et gardez-le pour vous.',
    'Comparta su contraseña con nadie y cámbiela si cree que alguien la conoce.',
  ])('passes %s', (text) => {
    expect(kinds(text)).toEqual([]);
  });
});

describe('"write to us in the chat if the SMS does not come" is no code typed into the chat', () => {
  it.each([
    'Schreiben Sie uns gern hier in den Chat, wenn die SMS nicht ankommt.',
    'Wenn der SMS-Code nicht ankommt, schreiben Sie uns hier in den Chat.',
    'Si no recibe el SMS, escríbanos aquí en el chat.',
    "Se non ricevi l'SMS, scrivici qui nella chat.",
    'Als u geen sms ontvangt, laat het ons weten in de chat.',
    'Om du inte får sms:et, skriv till oss här i chatten.',
    'Se não receber o SMS, escreva-nos aqui no chat.',
    'Si vous ne recevez pas le SMS, écrivez-nous dans le chat.',
    'Jeśli nie otrzymasz SMS-a, napisz do nas na czacie.',
  ])('passes %s', (text) => {
    expect(kinds(text)).toEqual([]);
  });
  it.each([
    'Sie haben gerade eine SMS von uns erhalten. Tippen Sie die Ziffern hier in den Chat.',
    'Wir haben Ihnen einen Code per SMS geschickt. Geben Sie den Code bitte hier in den Chat ein, nicht vergessen.',
    'Le enviamos un SMS. Escriba aquí en el chat los seis dígitos.',
    'Abbiamo inviato un SMS. Scrivi qui nella chat il codice.',
    'Wysłaliśmy SMS. Wpisz kod na czacie.',
  ])('flags %s', (text) => {
    expect(kinds(text)).toContain('unknown-contact');
  });
});

describe('a recovery phrase written down is kept only when the sentence does not send it another way', () => {
  it.each([
    'Write your seed phrase down and email it to us.',
    'Write your recovery phrase on paper and upload a photo of it here.',
    'Write your recovery phrase down and text it to our agent.',
  ])('flags %s', (text) => {
    expect(kinds(text)).toContain('unknown-contact');
  });
  it.each([
    'Write your recovery phrase on paper and keep it in a safe place.',
    'Your recovery phrase stays on your device; we cannot recover it.',
    'Write your seed phrase down and store it offline, never email it to anyone.',
  ])('passes %s', (text) => {
    expect(kinds(text)).toEqual([]);
  });
});
