// The helpdesk page runs code Souffleur does not control, and a page script can dispatch a `click`
// on any element it can reach (or `requestSubmit()` a form). Actions that insert, copy, send ticket
// data out (drafts, tools, regenerate, "Show drafts anyway", help-center sync), record stats or open
// pages therefore run only for events the browser itself produced from the agent's input:
// `isTrusted` is set by the browser, cannot be set by script, and Preact hands handlers the native
// event. A missing flag (a non-browser DOM) counts as untrusted: fail closed.

/** Wraps an event handler so it runs only for events that came from the agent's own input. */
export function onlyTrusted<E extends Event>(handler: (event: E) => void): (event: E) => void {
  return (event) => {
    if (event.isTrusted !== true) return;
    handler(event);
  };
}
