// The empathy cue: public entry points for the sidebar, the background and the CLI.
export { analyzeMessage, resolveLang, type AnalyzeOptions } from './analyze-message';
export { analyzeTicket, type AnalyzeTicketOptions } from './analyze-ticket';
export { cueSentence, uiLangOf, UI_LANGS, type UiLang } from './cue-text';
export { cueModel } from './model';
export * from './types';
