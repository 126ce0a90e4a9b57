import { describe, expect, it } from 'vitest';
import { promises, promisesNothing } from '../../tests/support/promises';

const kinds = (text: string) => promises(text).map((detail) => detail.split(':')[0]);

describe('money promised without a promise word', () => {
  it.each([
    ['refund', 'You will get every cent back.'],
    ['refund', 'Sie bekommen jeden Cent zurück.'],
    ['refund', 'U krijgt elke cent terug.'],
    ['refund', "Vous serez payé jusqu'au dernier centime."],
    ['refund', 'Recibirá hasta el último céntimo.'],
    ['compensation', "We'll send you €50 for the trouble."],
    ['compensation', 'We will give you 20 EUR for the delay.'],
    ['compensation', "You'll get €30 for the inconvenience."],
    ['compensation', 'Wir überweisen Ihnen 50 € für die Unannehmlichkeiten.'],
    ['compensation', 'We sturen u €50 voor het ongemak.'],
    ['compensation', 'Nous vous enverrons 50 € pour le dérangement.'],
    ['compensation', 'Le enviaremos 50 € por las molestias.'],
    ['compensation', 'You are getting €50 for the trouble.'],
    ['compensation', 'We have transferred €50 to you for the delay.'],
    ['refund', 'The deposit of €200 will be unblocked today.'],
    ['refund', 'Die Kaution von 200 € wird heute entsperrt.'],
    ['refund', 'De borg van €200 wordt vandaag vrijgegeven.'],
    ['refund', 'Le dépôt de 200 € sera débloqué aujourd’hui.'],
    ['refund', 'El depósito de 200 € se desbloqueará hoy.'],
    ['delivery-guarantee', 'It will 100% arrive on Monday.'],
    ['delivery-guarantee', 'Das Paket wird 100 % am Montag zugestellt.'],
    ['delivery-guarantee', 'Het pakket wordt 100% maandag bezorgd.'],
    ['delivery-guarantee', 'Il arrivera lundi, à 100 %.'],
    ['delivery-guarantee', 'Llegará el lunes, al 100 %.'],
    // The guarantee between the delivery and its day.
    ['delivery-guarantee', 'Il arrivera à 100 % lundi.'],
    ['delivery-guarantee', 'Llegará al 100 % el lunes.'],
    ['delivery-guarantee', 'Your parcel will arrive, I promise, on Friday.'],
    ['delivery-guarantee', 'It will arrive Monday for sure.'],
  ])('%s: "%s"', (kind, text) => {
    expect(kinds(text)).toEqual([kind]);
  });

  promisesNothing([
    "We'll send you a return label for the €50 item.",
    'You will receive an invoice of €50.',
    'You will get an email when it arrives on Monday.',
    'Your deposit of €200 is held until the rental ends.',
    'The new app version will be released on Monday.',
    'Your account was unblocked yesterday.',
    "I'm not 100% sure it will arrive on Monday.",
    '100% of our parcels are tracked.',
    'You will get every update by email.',
    'We have sent you the €50 invoice by email.',
    'I am not sure it will arrive on Monday.',
  ]);
});
