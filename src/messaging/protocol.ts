// Every message the content script or an extension page may send to the background. The background
// validates each one with these schemas and checks who sent it (src/background/router.ts): a content
// script lives in a page we do not control, so its messages are untrusted input.
import * as z from 'zod/mini';
import { Ticket } from '../ticket/schema';

export const AnalyzeTicket = z.object({
  kind: z.literal('analyze-ticket'),
  ticket: Ticket,
  uiLang: z.string(),
});

export const SearchKnowledge = z.object({
  kind: z.literal('search-knowledge'),
  query: z.string().check(z.maxLength(2000)),
  uiLang: z.string(),
});

export const OpenExtensionPage = z.object({
  kind: z.literal('open-page'),
  page: z.enum(['options']),
});

export const BackgroundRequest = z.discriminatedUnion('kind', [AnalyzeTicket, SearchKnowledge, OpenExtensionPage]);
export type BackgroundRequest = z.infer<typeof BackgroundRequest>;
export type RequestKind = BackgroundRequest['kind'];
export type RequestOf<K extends RequestKind> = Extract<BackgroundRequest, { kind: K }>;

/** Every answer is an envelope, so an error arrives as data the sidebar can show, not an exception. */
export type Reply<T> = { ok: true; data: T } | { ok: false; error: string };
