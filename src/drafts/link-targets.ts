// Where a link sends the customer besides the host it names: the targets of an open redirect and the
// site names in its path. Each is a contact the team must vouch for on its own (contacts.ts).

// A scheme anywhere in a word starts a link: "Portal:https://…", "请访问https://…", "a|https://…".
export const SCHEME_START = /(?=(?:https?|hxxps?|ftps?|file):\/\/)/i;

/**
 * The places a link forwards to: each value of its query and fragment, percent-decoded (twice at most, for
 * a value encoded twice), a "//host" read as a link. An open redirect on a trusted host
 * ("https://acme.example/out?to=https%3A%2F%2Fevil.example") sends the customer to the other host, which
 * then needs vouching for on its own.
 */
export function forwardedTo(link: string): string[] {
  const start = link.search(/[?#]/);
  if (start < 0) return [];
  let params = link.slice(start + 1);
  for (let i = 0; i < 2 && /%[0-9a-f]{2}/i.test(params); i++) {
    try {
      params = decodeURIComponent(params);
    } catch {
      break; // a stray "%": the values as they are
    }
  }
  return params.split(/[?&#=]+/).flatMap((value) => value.replace(/^\/\//, 'https://').split(SCHEME_START));
}

/**
 * Sites named in a link's path ("https://help.acme.example/returns.evil.example/"): the link opens the
 * trusted host, but the customer reads the other name, and a lure made of a vouched prefix is what a
 * hijacker plants. Only names a draft would not have otherwise: a file ("policy.html") or a version ("v2.1") is none.
 */
export function pathDomains(link: string): string[] {
  const path = /^[^/]*\/\/[^/?#]*|^[^/?#]*/.exec(link)![0];
  return link
    .slice(path.length)
    .split(/[?#]/)[0]!
    .split('/')
    .filter((segment) => segment.includes('.'));
}
