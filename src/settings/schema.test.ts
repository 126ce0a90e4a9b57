import { describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS, clampSidebarWidth, normalizeSettings, resolveTheme } from './schema';
import { parseHttpsOrigin } from './origins';

describe('normalizeSettings', () => {
  test('nothing stored gives the defaults', () => {
    expect(normalizeSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings('garbage')).toEqual(DEFAULT_SETTINGS);
  });

  test('a bad field resets only itself', () => {
    const s = normalizeSettings({ uiLanguage: 'klingon', theme: 'dark', holdDraftsWhenHandlePersonally: 'yes' });
    expect(s.uiLanguage).toBe('auto');
    expect(s.theme).toBe('dark');
    expect(s.holdDraftsWhenHandlePersonally).toBe(false);
  });

  test('sidebar width is clamped to 280–640 and rounded', () => {
    expect(normalizeSettings({ sidebar: { collapsed: true, width: 5000 } }).sidebar).toEqual({ collapsed: true, width: 640 });
    expect(normalizeSettings({ sidebar: { collapsed: false, width: 12 } }).sidebar.width).toBe(280);
    expect(clampSidebarWidth(301.6)).toBe(302);
    expect(clampSidebarWidth(Number.NaN)).toBe(DEFAULT_SETTINGS.sidebar.width);
  });

  test('holdout share is clamped to 0–50% and the agent name trimmed and capped', () => {
    expect(normalizeSettings({ holdoutShare: 0.8 }).holdoutShare).toBe(0.5);
    expect(normalizeSettings({ holdoutShare: -1 }).holdoutShare).toBe(0);
    expect(normalizeSettings({ holdoutShare: Number.NaN }).holdoutShare).toBe(0);
    expect(normalizeSettings({ holdoutShare: '0.2' }).holdoutShare).toBe(0);
    expect(normalizeSettings({ holdoutShare: 0.2 }).holdoutShare).toBe(0.2);
    expect(normalizeSettings({ agentName: '  Ana  ' }).agentName).toBe('Ana');
    expect(normalizeSettings({ agentName: 'x'.repeat(300) }).agentName).toHaveLength(100);
  });

  test('custom origins: invalid, non-https and duplicate entries are dropped, the rest canonicalized', () => {
    const s = normalizeSettings({
      customHelpdeskOrigins: [
        { origin: 'https://Support.Example.com/', helpdesk: 'zendesk' },
        { origin: 'https://support.example.com', helpdesk: 'freshdesk' },
        { origin: 'http://plain.example.com', helpdesk: 'zendesk' },
        { origin: 'https://help.example.org', helpdesk: 'kayako' },
        'https://loose.example.com',
        { origin: 'https://help.example.org', helpdesk: 'freshdesk' },
      ],
    });
    expect(s.customHelpdeskOrigins).toEqual([
      { origin: 'https://support.example.com', helpdesk: 'zendesk' },
      { origin: 'https://help.example.org', helpdesk: 'freshdesk' },
    ]);
  });

  test('custom origins keep an account mapping only when it is a subdomain-shaped name', () => {
    const s = normalizeSettings({
      customHelpdeskOrigins: [
        { origin: 'https://support.acme.com', helpdesk: 'zendesk', account: 'ACME' },
        { origin: 'https://help.globex.com', helpdesk: 'freshdesk', account: 'globex.evil.example' },
      ],
    });
    expect(s.customHelpdeskOrigins).toEqual([
      { origin: 'https://support.acme.com', helpdesk: 'zendesk', account: 'acme' },
      { origin: 'https://help.globex.com', helpdesk: 'freshdesk' },
    ]);
  });

  test('unknown fields (e.g. an API key someone put there) are not kept', () => {
    expect(normalizeSettings({ apiKey: 'sk-secret' })).not.toHaveProperty('apiKey');
  });
});

describe('parseHttpsOrigin', () => {
  test.each([
    ['https://support.example.com', 'https://support.example.com'],
    ['  https://Support.Example.COM/  ', 'https://support.example.com'],
    ['support.example.com', 'https://support.example.com'],
    ['https://help.example.com:8443', 'https://help.example.com:8443'],
    ['https://help.example.com:443/', 'https://help.example.com'],
  ])('%s → %s', (input, origin) => {
    expect(parseHttpsOrigin(input)).toEqual({ ok: true, origin });
  });

  test.each([
    ['http://support.example.com', 'not-https'],
    ['ftp://support.example.com', 'not-https'],
    ['https://support.example.com/agent/tickets', 'has-path'],
    ['https://support.example.com/?a=1', 'has-path'],
    ['https://*.example.com', 'invalid'],
    ['https://user:pw@support.example.com', 'invalid'],
    ['https://', 'invalid'],
    ['', 'invalid'],
  ])('%s is rejected (%s)', (input, problem) => {
    expect(parseHttpsOrigin(input)).toEqual({ ok: false, problem });
  });

  test('an origin already in the list is a duplicate', () => {
    expect(parseHttpsOrigin('https://a.example.com/', ['https://a.example.com'])).toEqual({ ok: false, problem: 'duplicate' });
  });
});

test('auto theme follows the system preference', () => {
  expect(resolveTheme('auto', true)).toBe('dark');
  expect(resolveTheme('auto', false)).toBe('light');
  expect(resolveTheme('light', true)).toBe('light');
});
