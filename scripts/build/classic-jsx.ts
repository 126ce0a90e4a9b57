// The content scripts' JSX as Preact's h(type, props, ...children) calls instead of the automatic runtime's
// jsx(type, { ...props, children: [...] }, key): the same elements (h takes key and ref out of the props and
// gathers the children as jsx() is handed them; Preact's own vnode either way), without a `children:[…]`
// per element. 116 B of Freshdesk's gzip, 126 B of Zendesk's. Only the helpdesk scripts' build: tsc, the
// unit tests and the extension pages keep the automatic runtime (tsconfig.json), whose output is the same UI.
import type { Plugin } from 'vite';

/** Names no source file uses, so the injected import never meets one of its own. */
export const JSX_FACTORY = '__h';
export const JSX_FRAGMENT = '__F';

export function classicJsx(): Plugin {
  return {
    name: 'souffleur:classic-jsx',
    // After @preact/preset-vite's config hook, which sets the automatic runtime.
    enforce: 'post',
    config: () => ({
      oxc: {
        jsx: { runtime: 'classic', pragma: JSX_FACTORY, pragmaFrag: JSX_FRAGMENT },
        jsxInject: `import { h as ${JSX_FACTORY}, Fragment as ${JSX_FRAGMENT} } from 'preact'`,
      },
    }),
  };
}
