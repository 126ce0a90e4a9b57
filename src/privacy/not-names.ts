// Words that sit where a name is expected but name no person: after a greeting or under a closing
// ("Hi Team", "Regards,\nSupport"), legal forms that make a name a company's (the Arabic words in
// not-names-arabic.ts). Kept apart from the openers: they stop a name, never start one.

/**
 * A team's words: after one name word they make the whole a team's ("Regards,\nAcme Support", "— Acme
 * Billing", "Hi Acme Team"), so the brand stays in the whole thread; a person signs "Anna, Support".
 */
export const TEAM_WORDS = new Set(
  'Team Support Service Customer Kundenservice Kundendienst Klantenservice Kundtjänst Equipo Équipe Servizio Equipa Admin Agent Bot Billing Helpdesk Sales Zespół Obsługi Obsługa Wsparcia Wsparcie Ekibi Destek Müşteri Hizmetleri Kundeservice Asiakaspalvelu Apoio Suporte Atendimento Podpora Εξυπηρέτηση Υποστήριξη Служба Поддержка Команда Echipa Echipei Suport Asistență Ügyfélszolgálat Támogatás Підтримка Підтримки Đội Nhóm Dukungan Layanan Pelanggan'.split(
    ' ',
  ),
);

// A firm's desk, depot or office a parcel is sent in care of ("c/o DHL Fulfilment Centre", "z. Hd. Lager Nord").
export const ORGANISATION_WORDS = new Set(
  'Centre Center Department Dept Office Offices Warehouse Fulfilment Fulfillment Logistics Depot Hub Returns Reception Desk Accounts Accounting Purchasing Procurement Lager Zentrum Versand Verwaltung Einkauf Magazijn Inkoop Entrepôt Achats Almacén Compras Armazém Inköp Departamento Departement Département Afdeling Abteilung Avdelning Finance Finanzen Finanzas Financeiro'.split(
    ' ',
  ),
);

// A plan's or an edition's word after a brand, the product under a closing ("Canva Pro", "Qonto Business"), or
// after a household's word ("Familie Abo", a family subscription, names no family).
export const PLAN_WORDS = new Set(
  'Premium Pro Plus Business Smart Online Cloud Suite Lite Max Ultra Basic Enterprise Starter Prime Unlimited Gold Platinum Family Abo Tarif Paket'.split(
    ' ',
  ),
);

/** Words that follow greetings or sit under closings but are not names. */
export const NOT_NAMES = new Set([
  // A label after an emoji ends a line as a signature does ("Order shipped 📦 Tracking Number").
  'Tracking',
  'Number',
  'Status',
  'Delivery',
  'Details',
  'Team',
  'Support',
  'Service',
  'Customer',
  'Kundenservice',
  'Kundendienst',
  'Klantenservice',
  'Kundtjänst',
  'Kundeservice',
  'Asiakaspalvelu',
  'Apoio',
  'Podpora',
  'Εξυπηρέτηση',
  'Υποστήριξη',
  'Служба',
  'Поддержка',
  'Команда',
  // red15: ro, hu, uk, vi, id
  'Echipa',
  'Ügyfélszolgálat',
  'Підтримка',
  'Đội',
  'Dukungan',
  'Layanan',
  'Equipo',
  'Équipe',
  'Servizio',
  'Equipa',
  'Zespół',
  'Ekip',
  'Admin',
  'Agent',
  'There',
  'All',
  'Everyone',
  'Sir',
  'Madam',
  'Damen',
  'Herren',
  'Kollegen',
  // Who "Herr"/"Herrn" also stands before ("an Herrn Direktor", "Danke an Herrn Nachbarn").
  'Nachbarn',
  'Nachbar',
  'Direktor',
  'Vermieter',
  'Vorgesetzten',
  'Anwalt',
  'Pfarrer',
  'Bürgermeister',
  'Geschäftsführer',
  'Allemaal',
  'Alla',
  'Tous',
  'Todos',
  'Tutti',
  'Again',
  'Guys',
  'Folks',
  'Bot',
  'Thanks',
  'Thank',
  'Please',
  'Grüße',
  'Grüsse',
  'Gruß',
  'Zusammen',
  'Madame',
  'Monsieur',
  'Kunde',
  'Kundin',
  'Klant',
  'Kund',
  'Client',
  'Cliente',
  'Klient',
  'Bitte',
  'Sorry',
  'Again',
  'Souffleur',
  'Regards',
  'Best',
  'Sent',
  'Von',
  'From',
  'Get',
  'Outlook',
  'Mobile',
  'Iphone',
  'Ihr',
  'Ihre',
  'Your',
  'Yours',
  'Votre',
  'Uw',
  'Su',
  'Il',
  'La',
  'Mein',
  'Meine',
  'My',
  'Ich',
  'Wir',
  'I',
  'We',
  'Je',
  'Nous',
  'Yo',
  'Io',
  'Eu',
  'Ik',
  'Jag',
  'Vi',
  // A sentence that goes on after the name with a capital ("My name is Dana And I…", "I am Dana
  // Whitfield Regarding…"): these words start it, they never end a name.
  'And',
  'But',
  'Or',
  'So',
  'Also',
  'Because',
  'Regarding',
  'Und',
  'Aber',
  'Oder',
  'Weil',
  'Bezüglich',
  'Maar',
  'Omdat',
  'Och',
  'Men',
  'Eftersom',
  'Et',
  'Mais',
  'Pero',
  'Però',
  'Porque',
  // A company where a person was expected ("namens Firma Müller": on behalf of the firm).
  'Firma',
  'Unternehmen',
  'Company',
  // A plan or product under a signature line ("-- \nPremium Plan") or a closing is the writer's plan.
  'Premium',
  'Plan',
  'Basic',
  'Enterprise',
  'Starter',
  'Pro',
  'Plus',
  // An article starts a team's or a company's name ("Regards,\nThe Acme Team", "— Het Supportteam"): kept as a
  // name part, "The" would be redacted wherever it starts a sentence.
  'The',
  'Het',
  'Les',
  'Los',
  'Las',
]);
/**
 * Words that make a capitalised phrase a wish or a feature's name, not a person ("Thanks — Looking Forward",
 * "— Dark Mode", "Danke — Schönes Wochenende", "Merci — À Bientôt").
 */
const PHRASE_WORDS = new Set(
  'Looking Forward Hearing Soon Wochenende Woche Feierabend Schönes Schöne Schönen Bientôt Journée Soirée Semaine Weekend Helg Trevlig Fijne Buen Buena Semana Bom Boa Bonne Tardes Noches'.split(
    ' ',
  ),
);
// A season's greeting signs a text in place of a name ("— Happy Holidays", "— Frohe Weihnachten", "— Happy
// New Year"): two or more of these words together; alone some are names ("Noël", "Natal").
const SEASON_WORDS = new Set(
  "Happy Merry Holidays Holiday Christmas Xmas Season Season's Seasons Greetings New Year Frohe Frohes Fest Weihnachten Neues Jahr Joyeuses Joyeux Fêtes Noël Bonne Année Felices Feliz Fiestas Navidad Año Nuevo Prettige Fijne Feestdagen Gelukkig Nieuwjaar God Jul Gott Nytt År Boas Festas Natal Ano Novo Buone Feste Buon Natale".split(
    ' ',
  ),
);
// A feature's noun makes the word beside it its name ("Dark Mode", "Donkere Modus", "Modo Oscuro").
const FEATURE_WORDS = new Set('Mode Theme Modus Thema Modo Modalità Läge Tema'.split(' '));
/**
 * How many of a signature's first words are a wish or a feature ("Dark Mode", "Schönes Wochenende"); what
 * follows is still a name ("— Dark Mode Dana"). Only a pair, or a wish word alone: a person may be called
 * "Soon Lee" or "Anna Semana".
 */
export function phraseLength(words: string[]): number {
  const [first, second] = words;
  const notSeason = words.findIndex((word) => !SEASON_WORDS.has(word));
  const seasonRun = notSeason === -1 ? words.length : notSeason;
  if (seasonRun > 1) return seasonRun;
  if (words.length === 1) return PHRASE_WORDS.has(first!) || FEATURE_WORDS.has(first!) ? 1 : 0;
  if (PHRASE_WORDS.has(first!) && PHRASE_WORDS.has(second!)) return 2;
  return FEATURE_WORDS.has(first!) || FEATURE_WORDS.has(second!) ? 2 : 0;
}
// Legal forms: a name with one is a company's ("namens Müller GmbH", "Kraft Bau AG", "Müller & Co. KG").
export const COMPANY_FORMS = new Set([
  'GmbH',
  'AG',
  'KG',
  'OHG',
  'UG',
  'Co',
  'Ltd',
  'Inc',
  'LLC',
  'Corp',
  'PLC',
  'BV',
  'NV',
  'AB',
  'SA',
  'SAS',
  'SARL',
  'SL',
  'SpA',
  'Srl',
  'Lda',
  'SE',
]);

// Brands named after a person, some with a title ("Dr. Oetker", "Mr. Muscle", "Albert Heijn"): the words
// that introduce a name introduce them too ("namens Albert Heijn", on behalf of the supermarket). Only
// the whole phrase: a customer called Martens or Heijn is still a name.
export const PERSON_BRANDS =
  /(?<![\p{L}])(?:Dr\.? ?(?:Oetker|Martens|Pepper|Scholl|Hauschka|Bronner['’]s)|Mr\.? ?(?:Muscle|Clean|Proper|Sheen|Kipling|Porter|Bean)|Albert Heijn|Hugo Boss|Tommy Hilfiger|Calvin Klein|Ralph Lauren|Ted Baker|Louis Vuitton|Yves Rocher|Tom Tailor|Marc O['’]Polo|Hans im Glück|Jack Wolfskin|Kiehl['’]s|Ben & Jerry['’]s|Victoria['’]s Secret)(?![\p{L}'’-])/u;
