// Review of round red11: customer numbers written short, doubled digits spelled as people write them, VINs
// grouped as read out, and firms (not persons) a parcel is sent in care of.
import { describe, expect, it } from 'vitest';
import { findEntities } from './redact';

const found = (text: string) => findEntities(text, []).map((e) => `${e.type}:${e.value}`);

describe('red11 review: misses', () => {
  it.each([
    ['Meine Kd.-Nr. 4471123, bitte prüfen.', 'USERNAME:4471123'],
    ['KNr 4471123', 'USERNAME:4471123'],
    ['Kd-Nr: 4471123', 'USERNAME:4471123'],
    ['Kundennr 4471123', 'USERNAME:4471123'],
    ['Mi cliente nº 4471123 no aparece.', 'USERNAME:4471123'],
    ['No. client 4471123', 'USERNAME:4471123'],
    ['Klantnr. 4471123', 'USERNAME:4471123'],
    ['Kundenummer 4471123', 'USERNAME:4471123'],
    ['Customer-No: 4471123', 'USERNAME:4471123'],
    ['Cust. no. 4471123', 'USERNAME:4471123'],
    ['Call oh seven seven dubble oh, 900 456 today.', 'PHONE:oh seven seven dubble oh, 900 456'],
    ['Call oh seven seven treble two, 900 456.', 'PHONE:oh seven seven treble two, 900 456'],
    ['Call zero seven seven, tripple two, 900 4561.', 'PHONE:zero seven seven, tripple two, 900 4561'],
    ['Ring null eins sieben, doppelt null, 12 34 56.', 'PHONE:null eins sieben, doppelt null, 12 34 56'],
    ['VIN: 1HG CM826 33A 004352', 'PLATE:1HG CM826 33A 004352'],
    ['VIN 1HGCM82633A-004352', 'PLATE:1HGCM82633A-004352'],
    ['Fahrgestellnummer WVWZZZ1JZ XW000001', 'PLATE:WVWZZZ1JZ XW000001'],
  ])('finds %j', (text, entity) => {
    expect(found(text)).toContain(entity);
  });
});

describe('red11 review: honest text kept', () => {
  it.each([
    // A firm's desk or depot in care of which a parcel goes is no person.
    ['Send returns to Acme Ltd c/o DHL Fulfilment Centre, Unit 4.'],
    ['Attn: Billing Department, invoice 30045566.'],
    ['Aos cuidados de Departamento Financeiro, fatura 2025-0042.'],
    ['Please double-check invoice INV-2025-0043 before paying.'],
    ['The bond has a triple A rating since 2019.'],
    ['I was charged treble, twenty dollars each.'],
    ['Die Kd.-Nr. steht auf der Rechnung.'],
    ['Cust no 12 is the VIP list entry.'],
    ['Der Kunde hat die Bestellnummer 30045566 angegeben.'],
    ['El cliente dice que el pedido nº 00451234 no llegó.'],
    ['Votre numéro de commande 48812345 a été expédié.'],
    ['Our customer no. 1 priority is speed.'],
    // Words after "fin" (French, Spanish: "end") are no VIN, grouped or not.
    ['Hasta fin de mes 2025 A 2026 BAJA 3'],
    ['Part number ABCDEFGH123456789 fits all models.'],
  ])('keeps %j', (text) => {
    expect(found(text).filter((e) => !e.startsWith('ADDRESS:'))).toEqual([]);
  });

  it('still finds a person in care of whom a parcel goes', () => {
    expect(found('Send to c/o Priya Raman, Flat 3.')).toContain('NAME:Priya Raman');
    expect(found('Attn: Mark Evans, Purchasing')).toContain('NAME:Mark Evans');
  });
});

describe('red11 review: hostile input stays linear', () => {
  it.each([['VIN 1 1 1 1 1 1 1 1 '], ['Kd.-Nr. '], ['oh dubble oh, '], ['c/o Regus Centre ']])('100 KB of %j', (unit) => {
    const text = unit.repeat(Math.ceil(100_000 / unit.length));
    const start = performance.now();
    findEntities(text, []);
    expect(performance.now() - start).toBeLessThan(5000);
  });
});
