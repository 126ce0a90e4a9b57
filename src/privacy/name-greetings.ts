// The words before which a text names someone: honorifics ("Herr Weber") and greetings ("Hi Anna"), per
// language. Data only, split from the closings and the stop words so each list is found by what it is for;
// src/privacy/names.ts builds its patterns from them.

// Short forms need their period ("M. Dupont", not "M Size"). The Polish "Pan" only before two capitalised
// words, the first a name of three letters or more ("Pan Jan Kowalski"; "the Pan Pro 28" is a pan, "Pan Am
// Flight" and "Pan Di Stelle" brands); its other forms name a person alone ("z panią Lis"), and the Czech "paní".
export const HONORIFIC =
  '(?:Sig\\.ra|sig\\.ra|sig\\.|sr\\.|sra\\.|(?:Mr|Mrs|Ms|Dr|Dra|Prof|Hr|Fr|Dhr|Mevr|M|Mme|Mlle|Sr|Sra|Srta|Sig)\\.|heer|Mr|Mrs|Ms|Miss|Dr|Herrn|Herr|Frau|Fru|meneer|mevrouw|Mme|Monsieur|Madame|Señor|Señora|Signor|Signora|Senhor|Senhora|Dona|Pani|Panią|Panem|Panu|Pana|pani|panią|panem|panu|Paní|paní|Pan(?= \\p{Lu}\\p{Ll}{2,} \\p{Lu}))';

// Academic titles written out: after an honorific ("Herrn Doktor Weber", "Herrn Professor Weber"), never a name
// ("an Herrn Doktor"); alone they open a product's name too ("the Professor Series"), so start none. So do the
// short ones stacked after a title: "Frau Dr. med. Özlem Yıldırım", "mevrouw drs. Annelies …", "Sra. Dª Inmaculada …".
export const ACADEMIC =
  '(?:Doktor|Professor|Professorin|Doktorin|med\\.|dent\\.|drs\\.|dr\\.|ir\\.|mr\\.|ing\\.|Dª|D\\.ª|Dña\\.|Dr\\.|Dra\\.|Prof\\.)';

export const GREETINGS = [
  'Hi',
  'Hello',
  'Hey',
  'Dear',
  'Good morning',
  'Good afternoon',
  'Hallo',
  'Liebe',
  'Lieber',
  'Sehr geehrte',
  'Sehr geehrter',
  'Guten Tag',
  'Moin',
  'Servus',
  'Beste',
  'Hoi',
  'Geachte',
  'Goedemorgen',
  'Goedemiddag',
  'Hej',
  'Hejsan',
  'Hallå',
  'Bästa',
  'Kära',
  'God morgon',
  'Bonjour',
  'Bonsoir',
  'Cher',
  'Chère',
  'Salut',
  'Hola',
  'Estimado',
  'Estimada',
  'Querido',
  'Querida',
  'Buenos días',
  'Buenas tardes',
  'Ciao',
  'Salve',
  'Gentile',
  'Gentilissimo',
  'Gentilissima',
  'Caro',
  'Cara',
  'Buongiorno',
  'Olá',
  'Ola',
  'Prezado',
  'Prezada',
  'Bom dia',
  'Boa tarde',
];
export const ARABIC_GREETINGS = ['مرحبا', 'مرحباً', 'أهلا', 'أهلاً', 'عزيزي', 'عزيزتي', 'السيد', 'السيدة', 'الأستاذ', 'الأستاذة'];
