import { expect, test } from 'vitest';
import { Icon } from './icons';
import { mount } from './test-dom';

const path = (name: 'thumbUp' | 'thumbDown' | 'chevron') => mount(<Icon name={name} />).root.querySelector('path')!;

test('thumbs down is thumbs up upside down, turned about the icon’s centre; other icons are drawn as they are', () => {
  const up = path('thumbUp');
  const down = path('thumbDown');
  expect(down.getAttribute('d')).toBe(up.getAttribute('d'));
  expect(down.getAttribute('transform')).toBe('rotate(180 12 12)');
  expect(up.hasAttribute('transform')).toBe(false);
  expect(path('chevron').hasAttribute('transform')).toBe(false);
});
