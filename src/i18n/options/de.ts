import type { OptionsCatalog } from './en';

export const deOptions: OptionsCatalog = {
  'options.title': 'Souffleur-Einstellungen',
  'options.general': 'Allgemein',
  'options.uiLanguage': 'Sprache der Oberfläche',
  'options.uiLanguage.auto': 'Wie im Browser',
  'options.theme': 'Erscheinungsbild',
  'options.theme.auto': 'Wie im System',
  'options.theme.light': 'Hell',
  'options.theme.dark': 'Dunkel',
  'options.holdDrafts': 'Bei Tickets, die persönliche Zuwendung brauchen, keine Entwürfe zeigen',
  'options.holdDraftsHint':
    'Empathie-Hinweis und Wissensartikel bleiben sichtbar, und die Seitenleiste sagt, warum Entwürfe zurückgehalten werden.',
  'options.saved': 'Gespeichert.',
  'options.saveFailed': 'Speichern fehlgeschlagen: {reason}',
  'options.helpdesks': 'Helpdesks unter eigener Domain',
  'options.helpdesksIntro':
    'Läuft Ihr Zendesk oder Freshdesk unter der eigenen Domain Ihres Unternehmens, fügen Sie sie hier hinzu. Ihr Browser fragt dann, ob Souffleur dort arbeiten darf.',
  'options.origin': 'Adresse',
  'options.helpdeskType': 'Helpdesk',
  'options.add': 'Hinzufügen',
  'options.removeLabel': '{origin} entfernen',
  'options.remove': 'Entfernen',
  'options.noOrigins': 'Noch keine eigenen Domains.',
  'options.denied': 'Die Berechtigung wurde nicht erteilt, daher wurde {origin} nicht hinzugefügt.',
  'options.origin.not-https': 'Bitte eine https://-Adresse verwenden.',
  'options.origin.invalid': 'Das ist keine gültige Webadresse.',
  'options.origin.has-path': 'Nur die Adresse ohne Pfad eingeben, zum Beispiel https://support.example.com.',
  'options.origin.duplicate': 'Diese Adresse steht schon in der Liste.',
};
