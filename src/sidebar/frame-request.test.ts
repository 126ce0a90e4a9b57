// The content script's hand-written check of the frame's requests against the zod schema the frame page's
// side keeps (./frame-protocol.ts): the same verdict and the same output for every message, valid or not.
import { describe, expect, it } from 'vitest';
import { parseFrameRequest } from './frame-request';
import { parseFrameRequest as parseWithZod } from './frame-protocol';

const NONCE = '0123456789abcdef0123456789abcdef';
const VALID: Record<string, unknown>[] = [
  { kind: 'sidebar-frame-ready', from: NONCE },
  { kind: 'sidebar-frame-toggle', from: NONCE },
  { kind: 'sidebar-frame-focus-out', from: NONCE },
  { kind: 'sidebar-frame-drag', from: NONCE },
  { kind: 'sidebar-frame-resize', from: NONCE, width: 400 },
  { kind: 'sidebar-frame-action', from: NONCE, name: 'insert', args: ['Hello', { kind: 'draft', id: 'd1' }] },
  { kind: 'sidebar-frame-action', from: NONCE, name: 'copy', args: ['Hello', { kind: 'snippet', id: 's1', extra: 1 }] },
  { kind: 'sidebar-frame-action', from: NONCE, name: 'rateDraft', args: ['d1', 'up'] },
  { kind: 'sidebar-frame-action', from: NONCE, name: 'rateDraft', args: ['d1', 'down', 'too long'] },
  { kind: 'sidebar-frame-action', from: NONCE, name: 'rateCue', args: [true] },
  { kind: 'sidebar-frame-action', from: NONCE, name: 'retry', args: ['snippets'] },
  { kind: 'sidebar-frame-action', from: NONCE, name: 'search', args: ['refund'] },
  { kind: 'sidebar-frame-action', from: NONCE, name: 'pinSnippet', args: ['s1', false] },
  { kind: 'sidebar-frame-action', from: NONCE, name: 'reviseDraft', args: ['d1', 'shorter'] },
  { kind: 'sidebar-frame-action', from: NONCE, name: 'recordEvent', args: [{ type: 'suggestion-shown', id: 'x' }] },
  { kind: 'sidebar-frame-action', from: NONCE, name: 'decideEdit', args: ['e1', true] },
  ...['dismissNotice', 'showHeldDrafts', 'openDashboard', 'syncHelpCenter', 'retryCustomerContext', 'retrySummary'].map((name) => ({
    kind: 'sidebar-frame-action',
    from: NONCE,
    name,
    args: [],
  })),
  ...['askModelSummary', 'polishReply', 'acceptAllEdits', 'translateReply', 'copyTranslation'].map((name) => ({
    kind: 'sidebar-frame-action',
    from: NONCE,
    name,
    args: [],
  })),
];
/** Values each field is replaced with, one at a time and two at a time. */
const ODD: unknown[] = [
  undefined,
  null,
  0,
  -0,
  1,
  279,
  280,
  640,
  641,
  400.5,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  2 ** 53,
  '400',
  '',
  'x',
  'up',
  'eval',
  'constructor',
  '__proto__',
  'toString',
  'insert',
  'draft',
  'shorter',
  'snippets',
  NONCE.toUpperCase(),
  `${NONCE}0`,
  NONCE.slice(1),
  'f'.repeat(32),
  true,
  false,
  [],
  ['insert'],
  ['Hello'],
  ['Hello', { kind: 'draft', id: 'd' }, 'extra'],
  ['d1', 'up', 3],
  [{ type: 1 }],
  [{}],
  { kind: 'draft' },
  { kind: 'draft', id: 3 },
  { type: 'x' },
  { length: 0 },
  'sidebar-frame-action',
  'sidebar-frame-view',
  'sidebar-frame-resize',
];

const variants = function* (): Generator<unknown> {
  for (const odd of ODD) yield odd;
  for (const message of VALID) {
    yield message;
    const keys = [...Object.keys(message), 'width', 'name', 'args', 'extra'];
    for (const key of keys) {
      const { [key]: _, ...without } = message;
      yield without;
      for (const odd of ODD) yield { ...message, [key]: odd };
    }
    // Each argument replaced, one at a time.
    const args = message.args;
    if (Array.isArray(args))
      for (let i = 0; i <= args.length; i++)
        for (const odd of ODD)
          yield { ...message, args: args.map((arg, j) => (j === i ? odd : arg)).concat(i === args.length ? [odd] : []) };
  }
};

describe("the content script's check of the frame's requests (no zod on the page)", () => {
  it('gives the verdict and the output the zod schema gives, for every message tried', () => {
    let taken = 0;
    let refused = 0;
    for (const message of variants()) {
      const expected = parseWithZod(message);
      expect(parseFrameRequest(message), JSON.stringify(message)).toEqual(expected);
      if (expected) taken++;
      else refused++;
    }
    // Enough of both kinds for the comparison to mean something.
    expect(taken).toBeGreaterThan(100);
    expect(refused).toBeGreaterThan(2000);
  });

  it('takes every valid request', () => {
    for (const message of VALID) expect(parseFrameRequest(message), JSON.stringify(message)).toBeDefined();
  });
});
