// page15: the edges of the round 13 rules the page readings took once bytes were freed (the rounds' own cases are in
// page-hidden-round13*.test.ts): spellings next to each new rule that must be dropped, and honest text beside them.
import { describe, expect, it } from 'vitest';
import { readFreshdesk, readZendesk, restText } from './page-test-support';

const READINGS: [string, (html: string) => string][] = [
  ['Zendesk page', readZendesk],
  ['Freshdesk page', readFreshdesk],
  ['REST', restText],
];

const HIDDEN: Record<string, string> = {
  '@media only screen rule': '<style>@media only screen{.p{display:none}}</style><p class="p">HIDDEN</p>',
  '@media rule in capitals': '<style>@MEDIA Screen {.p{display:none}}</style><p class="p">HIDDEN</p>',
  '@media rule of no condition': '<style>@media {.p{display:none}}</style><p class="p">HIDDEN</p>',
};

const KEPT: Record<string, string> = {
  "a newsletter's mobile copy (@media only screen and a width)":
    '<style>@media only screen and (max-width:480px){.p{display:none}}</style><p class="p">VISIBLE</p>',
  'a dark-mode rule (@media screen and prefers-color-scheme)':
    '<style>@media screen and (prefers-color-scheme:dark){.p{display:none}}</style><p class="p">VISIBLE</p>',
};

describe('page15: what an e-mail hides next to the new rules does not leave', () => {
  for (const [name, html] of Object.entries(HIDDEN))
    for (const [reading, read] of READINGS)
      it(`${reading}: ${name}`, () => {
        const text = read(html);
        expect(text).toMatch(/Please hurry\.|Visible text\./);
        expect(text).not.toContain('HIDDEN');
      });
});

describe('page15: honest text next to the new rules is kept', () => {
  for (const [name, html] of Object.entries(KEPT))
    for (const [reading, read] of READINGS) it(`${reading}: ${name}`, () => expect(read(html)).toContain('VISIBLE'));
});
