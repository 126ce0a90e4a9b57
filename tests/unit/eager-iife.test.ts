import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { parenthesizeIife } from '../../scripts/build/eager-iife';

describe('build: content scripts compiled once (eager-iife)', () => {
  it('puts the IIFE of a minified content script in parentheses, and it still runs', () => {
    const built = 'var freshdesk=function(){var e=1;return{main:()=>e+1}}();';
    const wrapped = parenthesizeIife(built);
    expect(wrapped).toBe('var freshdesk=(function(){var e=1;return{main:()=>e+1}})();');
    expect(runInNewContext(`${wrapped}\nfreshdesk.main();`)).toBe(2);
  });

  it('keeps a trailing newline and leaves any other code alone', () => {
    expect(parenthesizeIife('var a=function(){}();\n')).toBe('var a=(function(){})();\n');
    const module = 'import{x}from"./x.js";export const y=function(){return x}();';
    expect(parenthesizeIife(module)).toBe(module);
    const called = 'var a=function(){};a();';
    expect(parenthesizeIife(called)).toBe(called);
  });
});
