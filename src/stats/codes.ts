// What the content script reports besides ids and numbers: a language, an emotion, a rating's reason, each a
// word or slug from a fixed list the sidebar offers. The background passes on only that shape (a short run of
// letters and digits, joined by '-' or '_'), so a bug or a future field that hands it a sentence (a ticket's
// words, an address) records and uploads nothing of it: the stats carry no text (README "Privacy").

const CODE = /^[\p{L}\p{N}]{1,20}(?:[-_][\p{L}\p{N}]{1,20}){0,3}$/u;

/** `value` when it is a code, else '' (unknown). */
export const asCode = (value: string | undefined): string => (value !== undefined && CODE.test(value) ? value : '');
