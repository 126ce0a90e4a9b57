import { describe, expect, test } from 'vitest';
import { mount } from '../ui/test-dom';
import { loggingActions } from './preview';
import { SnippetsPanel } from './SnippetsPanel';
import type { HelpCenterSyncView, SidebarActions } from './state';

function renderPanel(sync: HelpCenterSyncView | undefined, actions: Partial<SidebarActions> = {}, locale: 'en' | 'ar' = 'en') {
  const calls: string[] = [];
  const view = mount(
    <SnippetsPanel
      snippets={{ status: 'empty' }}
      pinnedIds={[]}
      locale={locale}
      sync={sync}
      actions={{ ...loggingActions((name) => calls.push(name)), ...actions }}
    />,
  );
  return { ...view, calls };
}

const sync = () => () => {};

describe('knowledge sync in the snippets panel', () => {
  test('is offered only where the content script can sync', () => {
    expect(renderPanel(undefined).byTestId('sync-help-center')).toHaveLength(0);
    const view = renderPanel(undefined, { syncHelpCenter: sync() });
    expect(view.byTestId('sync-help-center')[0]!.textContent).toBe('Sync team knowledge');
    expect(view.byTestId('sync-status')).toHaveLength(0);
  });

  test('shows progress while running, with the button disabled', () => {
    const view = renderPanel({ status: 'running', articles: 200 }, { syncHelpCenter: sync() });
    expect(view.byTestId('sync-status')[0]!.textContent).toBe('Syncing… 200 items so far');
    expect((view.byTestId('sync-help-center')[0] as HTMLButtonElement).disabled).toBe(true);
  });

  test('says what it did, and on failure why, in one line, offering to resume', () => {
    let started = 0;
    const done = renderPanel({ status: 'done', added: 3, updated: 1, removed: 4, skipped: 2 }, { syncHelpCenter: () => void started++ });
    expect(done.byTestId('sync-status')[0]!.textContent).toBe('Synced: 3 new, 1 updated, 4 removed, 2 skipped.');
    done.click(done.byTestId('sync-help-center')[0]);
    expect(started).toBe(1);

    const failed = renderPanel(
      { status: 'failed', message: '/api/v2/help_center/articles.json: HTTP 403\n    at fetch (x.js:1)' },
      { syncHelpCenter: sync() },
    );
    const status = failed.byTestId('sync-status')[0]!;
    expect(status.textContent).toBe('Sync stopped: /api/v2/help_center/articles.json: HTTP 403 It resumes where it stopped.');
    expect(status.className).toContain('sf-state-error');
    expect(failed.byTestId('sync-help-center')[0]!.textContent).toBe('Resume sync');
  });

  test('names each source the run passed by, and why, beside the counts', () => {
    const done: HelpCenterSyncView = {
      status: 'done',
      added: 2,
      updated: 0,
      removed: 0,
      skipped: 0,
      passedBy: [
        { source: 'zendesk-macro', reason: 'no-access', status: 403 },
        { source: 'freshdesk-solutions', reason: 'failing', status: 503 },
      ],
    };
    // The notes carry no test id (content-script bytes): the error lines after the status.
    const notesOf = (view: { root: HTMLElement }) => [...view.root.querySelectorAll('.sf-sync > .sf-state-error')];
    const notes = notesOf(renderPanel(done, { syncHelpCenter: sync() }));
    expect(notes.map((note) => note.textContent)).toEqual([
      'Macro: not synced, this account has no access to it (no permission, or not on its plan). The rest synced.',
      'Solution article: not synced, the helpdesk kept failing. The next sync starts it again from the beginning.',
    ]);
    expect(notes[0]!.className).toContain('sf-state-error');
    const arabic = notesOf(renderPanel(done, { syncHelpCenter: sync() }, 'ar'));
    expect(arabic[0]!.textContent).toBe(
      'ماكرو: لم تتم مزامنته، ليس لهذا الحساب صلاحية الوصول إليه (لا توجد صلاحية أو غير متاح في الخطة). تمت مزامنة الباقي.',
    );
    expect(notesOf(renderPanel({ ...done, passedBy: [] }, { syncHelpCenter: sync() }))).toHaveLength(0);
  });

  test('is localized', () => {
    const view = renderPanel({ status: 'failed', message: 'HTTP 503' }, { syncHelpCenter: sync() }, 'ar');
    expect(view.byTestId('sync-help-center')[0]!.textContent).toBe('استئناف المزامنة');
  });
});
