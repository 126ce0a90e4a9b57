import { describe, expect, it } from 'vitest';
import { planReconcile } from './reconcile';

describe('planReconcile', () => {
  it('removes local items the full listing no longer has', () => {
    expect(planReconcile(['a', 'b', 'c'], ['a', 'c', 'd'], true)).toEqual({ remove: ['b'], missing: ['d'] });
  });

  it('never removes anything after a partial listing', () => {
    expect(planReconcile(['a', 'b'], ['a'], false)).toEqual({ remove: [], missing: [] });
  });

  it('removes everything when the helpdesk lists nothing at all', () => {
    expect(planReconcile(['a', 'b'], [], true).remove).toEqual(['a', 'b']);
  });
});
