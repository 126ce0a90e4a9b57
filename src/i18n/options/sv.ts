import type { OptionsCatalog } from './en';

export const svOptions: OptionsCatalog = {
  'options.title': 'Inställningar för Souffleur',
  'options.general': 'Allmänt',
  'options.uiLanguage': 'Gränssnittets språk',
  'options.uiLanguage.auto': 'Samma som webbläsaren',
  'options.theme': 'Tema',
  'options.theme.auto': 'Samma som systemet',
  'options.theme.light': 'Ljust',
  'options.theme.dark': 'Mörkt',
  'options.holdDrafts': 'Håll tillbaka utkast i ärenden som kräver personlig kontakt',
  'options.holdDraftsHint':
    'Empatitipset och kunskapsartiklarna visas fortfarande, och sidopanelen förklarar varför utkasten hålls tillbaka.',
  'options.saved': 'Sparat.',
  'options.saveFailed': 'Kunde inte spara: {reason}',
  'options.helpdesks': 'Helpdesk på egen domän',
  'options.helpdesksIntro':
    'Om er Zendesk eller Freshdesk körs på företagets egen domän lägger du till den här. Webbläsaren frågar sedan om Souffleur får arbeta där.',
  'options.origin': 'Adress',
  'options.helpdeskType': 'Helpdesk',
  'options.add': 'Lägg till',
  'options.removeLabel': 'Ta bort {origin}',
  'options.remove': 'Ta bort',
  'options.noOrigins': 'Inga egna domäner än.',
  'options.denied': 'Behörigheten gavs inte, så {origin} lades inte till.',
  'options.origin.not-https': 'Använd en https://-adress.',
  'options.origin.invalid': 'Det här är ingen giltig webbadress.',
  'options.origin.has-path': 'Ange bara adressen utan sökväg, till exempel https://support.example.com.',
  'options.origin.duplicate': 'Adressen finns redan i listan.',
};
