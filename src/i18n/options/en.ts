// Options-page text, apart from the sidebar's so the content script does not carry it.
// English is the source of truth, as for the sidebar catalogs.
export const enOptions = {
  'options.title': 'Souffleur settings',
  'options.general': 'General',
  'options.uiLanguage': 'Interface language',
  'options.uiLanguage.auto': 'Same as the browser',
  'options.theme': 'Theme',
  'options.theme.auto': 'Same as the system',
  'options.theme.light': 'Light',
  'options.theme.dark': 'Dark',
  'options.holdDrafts': 'Hold back drafts on tickets that need a personal touch',
  'options.holdDraftsHint': 'The cue and knowledge snippets still show, and the sidebar says why drafts are held.',
  'options.saved': 'Saved.',
  'options.saveFailed': 'Could not save: {reason}',
  'options.helpdesks': 'Helpdesks on your own domain',
  'options.helpdesksIntro':
    'If your Zendesk or Freshdesk runs on your company’s own domain, add it here. Your browser will ask you to allow Souffleur on it.',
  'options.origin': 'Address',
  'options.helpdeskType': 'Helpdesk',
  'options.add': 'Add',
  'options.removeLabel': 'Remove {origin}',
  'options.remove': 'Remove',
  'options.noOrigins': 'No custom domains yet.',
  'options.denied': 'Permission was not granted, so {origin} was not added.',
  'options.origin.not-https': 'Use an https:// address.',
  'options.origin.invalid': 'This is not a valid web address.',
  'options.origin.has-path': 'Enter only the address, without a path, for example https://support.example.com.',
  'options.origin.duplicate': 'This address is already in the list.',
} as const;

export type OptionsKey = keyof typeof enOptions;
export type OptionsCatalog = { readonly [K in OptionsKey]: string };
