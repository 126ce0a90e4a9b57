// A manifest web_accessible_resources entry for resources only the hosted helpdesks' pages may load.

/**
 * `resources` web-accessible to the origins of `matches` (Chrome refuses a path there) and, on Chrome, at
 * use_dynamic_url: their address changes every browser session, so no page can probe for the extension by
 * it. Firefox's moz-extension:// address is already per install.
 */
export function webAccessibleTo(
  resources: readonly string[],
  matches: readonly string[],
  browser: string,
): { resources: string[]; matches: string[]; use_dynamic_url?: boolean } {
  const origins = [...new Set(matches.map((match) => match.replace(/^([^/]*\/\/[^/]*)\/.*$/, '$1/*')))];
  return { resources: [...resources], matches: origins, ...(browser === 'chrome' ? { use_dynamic_url: true } : {}) };
}
