import { describe, expect, it } from 'vitest';
import { freshdeskAdapter } from './adapter';
import { loadPage } from './test-support';

describe('Freshdesk reply box', () => {
  it('finds no composer while the reply box is closed, but the Reply button that opens it', () => {
    const { doc } = loadPage('standard');
    expect(freshdeskAdapter.findComposer(doc, '101')).toBeNull();
    expect(freshdeskAdapter.composerMode(doc, '101')).toBeNull();
    const opener = freshdeskAdapter.findReplyOpener(doc, '101');
    expect(opener?.getAttribute('data-test-email-action')).toBe('reply');
  });

  it("finds the older layout's reply action", () => {
    const { doc } = loadPage('legacy');
    expect(freshdeskAdapter.findReplyOpener(doc, '77')?.getAttribute('data-test-id')).toBe('ticket-action-reply');
  });

  it('finds the open Froala editable and says a private note is internal', () => {
    const { doc } = loadPage('noteOpen');
    const composer = freshdeskAdapter.findComposer(doc, '101');
    expect(composer?.className).toBe('fr-element fr-view');
    expect(composer?.textContent).toBe('Checked the carrier claim.');
    expect(freshdeskAdapter.composerMode(doc, '101')).toBe('internal');
  });

  it('says a reply is public', () => {
    const { doc } = loadPage('replyOpen');
    expect(freshdeskAdapter.findComposer(doc, '102')?.textContent).toBe('Sehr geehrter Herr Müller,');
    expect(freshdeskAdapter.composerMode(doc, '102')).toBe('public');
  });

  it('says nothing when the open editor does not tell its mode', () => {
    const { doc } = loadPage('replyOpen');
    const box = doc.querySelector('.rich-editor')!;
    box.removeAttribute('data-editor-type');
    box.classList.remove('rich-editor--reply');
    expect(freshdeskAdapter.composerMode(doc, '102')).toBeNull();
  });

  it('offers nothing of a view that still shows another ticket', () => {
    const { doc } = loadPage('noteOpen');
    expect(freshdeskAdapter.findComposer(doc, '102')).toBeNull();
    expect(freshdeskAdapter.findReplyOpener(doc, '102')).toBeNull();
    expect(freshdeskAdapter.composerMode(doc, '102')).toBeNull();
  });
});
