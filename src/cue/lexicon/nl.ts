import type { LanguageLexicon } from './types';

export const nl: LanguageLexicon = {
  triggers: {
    'repeated-contact': ['alweer', 'weer eens', 'voor de derde keer', 'voor de tweede keer', 'derde keer', 'tweede keer', 'meerdere keren', 'al vaker', 'al eerder', 'al gemaild', 'al gebeld', 'al contact opgenomen', 'hoe vaak nog', 'nog steeds geen antwoord', 'geen reactie', 'niemand reageert'],
    'long-wait': ['al weken', 'al dagen', 'al maanden', 'sinds _ weken', 'wacht al', 'wachten al', 'nog steeds aan het wachten', 'al _ weken', 'al _ dagen', 'eeuwig', 'lang gewacht', 'in de wacht'],
    deadline: ['voor morgen', 'uiterlijk', 'voor vrijdag', 'voor maandag', 'deadline', 'zo snel mogelijk', 'z.s.m.', 'zsm', 'direct', 'meteen', 'mijn vlucht', 'verloopt'],
    'churn-threat': ['opzeggen', 'zeg _ op', 'opzegging', 'account sluiten', 'account verwijderen', 'overstappen', 'naar de concurrent', 'ergens anders', 'nooit meer', 'abonnement stopzetten', 'contract beëindigen'],
    'legal-threat': ['advocaat', 'juridische stappen', 'rechter', 'rechtbank', 'aanklacht', 'consumentenbond', 'geschillencommissie', 'avg', 'privacywet', 'aangifte', 'oplichting', 'fraude', 'discrimin*'],
    vulnerability: ['in het ziekenhuis', 'opgenomen in het ziekenhuis', 'kanker', 'chemo*', 'overleden', 'begrafenis', 'rouw*', 'gehandicapt', 'handicap', 'rolstoel', 'zwanger', 'werkloos', 'baan kwijt', 'kan _ niet betalen', 'ernstig ziek', 'depressie*', 'operatie'],
    'escalation-request': ['leidinggevende', 'een manager', 'uw manager', 'de manager', 'uw chef', 'teamleider', 'escaleren', 'escalatie', 'verantwoordelijke', 'een echt persoon', 'een mens'],
    vip: ['premium klant', 'zakelijke klant', 'enterprise', 'trouwe klant', 'al _ jaar klant', 'grootzakelijk'],
  },
  emotions: {
    anger: ['woedend', 'boos', 'kwaad', 'onacceptabel', 'schandalig', 'schande', 'belachelijk', 'oplichters', 'incompetent*', 'waardeloos', 'bizar', 'absurd', 'ben het zat', 'het is genoeg', 'een grap', 'brutaal'],
    frustration: ['gefrustreerd', 'frustrer*', 'irritant', 'geïrriteerd', 'ergerlijk', 'alweer', 'nog steeds niet', 'steeds weer', 'tijdverspilling'],
    disappointment: ['teleurgesteld', 'teleurstell*', 'jammer', 'verdrietig', 'meer verwacht', 'ontevreden', 'slechte service', 'slechte kwaliteit', 'spijtig'],
    anxiety: ['zorgen', 'bezorgd', 'bang', 'angstig', 'nerveus', 'ongerust', 'paniek', 'wanhopig', 'help me', 'stress'],
    // A problem, not a feeling: counts toward a negative sentiment, never toward an upset emotion.
    problem: ['werkt niet', 'doet het niet', 'lukt niet', 'vast', 'helaas'],
    // A plain how-to or which/what question is a request, not confusion: only words of not understanding.
    confusion: ['verward', 'snap het niet', 'begrijp het niet', 'begrijp niet', 'snap niet', 'onduidelijk', 'niet zeker', 'geen idee'],
    positive: ['bedankt', 'dank je', 'dank u', 'super', 'top', 'tevreden', 'blij', 'perfect', 'fijn', 'geweldig', 'goed', 'handig', 'werkt nu', 'opgelost'],
  },
  negators: ['niet', 'geen', 'nooit', 'niet meer', 'helemaal niet', 'nauwelijks'],
  intensifiers: ['heel', 'erg', 'zeer', 'echt', 'totaal', 'helemaal', 'enorm', 'ontzettend', 'zo', 'super', 'extreem'],
  urgent: ['dringend', 'urgent', 'spoed*', 'zo snel mogelijk', 'zsm', 'meteen', 'vandaag nog', 'noodgeval'],
  complaint: ['klacht', 'klagen', 'beklag', 'schadevergoeding', 'compensatie', 'onacceptabel'],
};
