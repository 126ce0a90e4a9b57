import type { OptionsCatalog } from './en';

export const nlOptions: OptionsCatalog = {
  'options.title': 'Souffleur-instellingen',
  'options.general': 'Algemeen',
  'options.uiLanguage': 'Taal van de interface',
  'options.uiLanguage.auto': 'Zelfde als de browser',
  'options.theme': 'Thema',
  'options.theme.auto': 'Zelfde als het systeem',
  'options.theme.light': 'Licht',
  'options.theme.dark': 'Donker',
  'options.holdDrafts': 'Geen concepten tonen bij tickets die een persoonlijke aanpak vragen',
  'options.holdDraftsHint':
    'De empathietip en kennisartikelen blijven zichtbaar, en de zijbalk zegt waarom concepten worden achtergehouden.',
  'options.saved': 'Opgeslagen.',
  'options.saveFailed': 'Opslaan mislukt: {reason}',
  'options.helpdesks': 'Helpdesks op je eigen domein',
  'options.helpdesksIntro':
    'Draait jullie Zendesk of Freshdesk op het eigen domein van je bedrijf? Voeg het hier toe. Je browser vraagt dan of Souffleur daar mag werken.',
  'options.origin': 'Adres',
  'options.helpdeskType': 'Helpdesk',
  'options.add': 'Toevoegen',
  'options.removeLabel': '{origin} verwijderen',
  'options.remove': 'Verwijderen',
  'options.noOrigins': 'Nog geen eigen domeinen.',
  'options.denied': 'Geen toestemming gekregen, dus {origin} is niet toegevoegd.',
  'options.origin.not-https': 'Gebruik een https://-adres.',
  'options.origin.invalid': 'Dit is geen geldig webadres.',
  'options.origin.has-path': 'Vul alleen het adres in, zonder pad, bijvoorbeeld https://support.example.com.',
  'options.origin.duplicate': 'Dit adres staat al in de lijst.',
};
