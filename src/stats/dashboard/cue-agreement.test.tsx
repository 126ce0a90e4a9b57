import { describe, expect, test } from 'vitest';
import { ev } from '../../../tests/fixtures/stats/build';
import { mount } from '../../ui/test-dom';
import { summarize } from '../summary';
import { CueAgreement } from './cue-agreement';
import { makeFormat } from './parts';

const compared = (language: string, agree: boolean) =>
  ev('cue-compared', { language, providerEmotion: agree ? 'neutral' : 'anger', agree, humanTouchAgrees: true });
const LOG = [
  compared('de', true),
  compared('de', false),
  compared('de', true),
  compared('de', true),
  compared('ar', false),
  ev('cue-rated', { language: 'de', helpful: false }),
  ev('cue-rated', { language: 'ar', helpful: true }),
];

const cells = (root: Element) =>
  [...root.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent));

describe('dashboard: cue agreement per language', () => {
  test('one row per language with agreement and the cue ratings', () => {
    const view = mount(<CueAgreement s={summarize(LOG)} fmt={makeFormat('en')} />);
    expect(cells(view.byTestId('cue-agreement')[0]!)).toEqual([
      ['de', '4', '75%', '1', '0%'],
      ['ar', '1', '0%', '1', '100%'],
    ]);
  });

  test('says so when nothing was compared yet, in the lead’s language', () => {
    const view = mount(<CueAgreement s={summarize([])} fmt={makeFormat('de')} />);
    expect(view.byTestId('cue-agreement-empty')[0]!.textContent).toBeTruthy();
    expect(view.root.querySelector('h2')!.textContent).toContain('Übereinstimmung mit dem Modell');
  });
});
