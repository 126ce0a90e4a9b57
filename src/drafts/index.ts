// Reply drafts: request building, providers, checks, offline drafts. Background-side (uses the openai SDK).
export { checkDraft, FLAG_KINDS, findLinks, type DraftFlag, type FlagKind } from './checks';
export { draftCacheKey, hashText, type CacheKeyInput } from './cache-key';
export { DraftError, DRAFT_ERROR_KINDS, type DraftErrorKind } from './errors';
export { offlineDrafts, offlineLanguage, type OfflineInput } from './offline';
export {
  finalizeDrafts,
  reviseDraft,
  suggestDrafts,
  type DraftToRevise,
  type DraftsResult,
  type RevisedDraft,
  type ShownDraft,
} from './pipeline';
export {
  buildRequest,
  describeRequest,
  customerLanguage,
  type CheckContext,
  type DraftInput,
  type DraftRequest,
  type RequestDescription,
} from './prompt';
export { generateDrafts, listModels, testConnection, type ConnectionVerdict, type GenerateOptions, type ProviderConfig } from './provider';
export { DraftAnswer, DRAFT_STYLES, ModelDraft, ModelReading, parseAnswer, type DraftStyle } from './schema';
export { DEFAULT_DRAFT_SETTINGS, DraftSettings, Phrasing } from './settings';
export type { RetryNotice } from './generate';
export { buildToolRequest, DRAFT_TOOLS, type DraftTool } from './tools';
