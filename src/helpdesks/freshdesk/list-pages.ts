// Freshdesk's list endpoints page with `page` and `per_page` (at most 100) and announce the next page in
// a Link header (live evidence: the API v2 reference's Pagination section, echoed by public clients in
// the search corpus). The sync hands the background the body only, so a full page is taken to mean that
// another may follow; an empty next page then ends the listing. One request more at worst, never a miss.
export const PER_PAGE = 100;

/** The path of the page after `path`, when `path` answered a full page; else null. */
export function nextListPage(path: string, items: number): string | null {
  if (items < PER_PAGE) return null;
  const url = new URL(path, 'https://placeholder.invalid');
  url.searchParams.set('page', String(Number(url.searchParams.get('page') ?? '1') + 1));
  return url.pathname + url.search;
}
