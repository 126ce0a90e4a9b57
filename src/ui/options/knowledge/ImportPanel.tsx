// Importing files: picker or drag-and-drop, a report per file, clean files imported at once, partly
// valid ones only on the admin's word, with progress while the chunks go to the background.
import type { JSX } from 'preact';
import { useRef, useState } from 'preact/hooks';
import type { UiLocale } from '../../../i18n/index';
import { tOptions } from '../../../i18n/options/index';
import type { Mapping } from '../../../knowledge/import/fields';
import { articlesToImport } from '../../../knowledge/import/index';
import type { CustomHelpdeskOrigin } from '../../../settings/schema';
import { useAsk } from '../ask';
import { AccountChoice } from './AccountChoice';
import { FileReportView } from './FileReportView';
import { ACCEPTED_EXTENSIONS, readFiles, reanalyze, sendArticles, type FileReport, type MarkdownSplit } from './importing';
import type { ImportTotals } from '../../../messaging/responses';

type Outcome = { kind: 'done'; totals: ImportTotals } | { kind: 'failed'; reason: string; totals: ImportTotals } | null;

const isClean = (r: FileReport) => !r.result.fatal && r.result.issues.length === 0 && r.result.articles.length > 0;

export function ImportPanel(props: {
  locale: UiLocale;
  origins: readonly CustomHelpdeskOrigin[];
  onImported: () => void;
  /** The accounts the admin's policy sets for every import (empty: all); the choice is then locked. */
  managedAccounts?: string[] | undefined;
  accountsNote?: string | undefined;
}): JSX.Element {
  const { locale, origins, onImported } = props;
  const ask = useAsk();
  const [reports, setReports] = useState<FileReport[]>([]);
  const [reading, setReading] = useState(false);
  const [dragging, setDragging] = useState(false);
  const [progress, setProgress] = useState<{ sent: number; total: number } | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [split, setSplit] = useState<MarkdownSplit>('file');
  const [accounts, setAccounts] = useState<string[]>(props.managedAccounts ?? []);
  // Imports run one after another; a second drop while one runs waits for it.
  const queue = useRef<Promise<void>>(Promise.resolve());

  // By identity, not name: two dropped files may share a name (from different folders).
  const replace = (old: FileReport, next: FileReport) => setReports((list) => list.map((r) => (r === old ? next : r)));

  const importReports = (batch: { report: FileReport; partial: boolean }[]) => {
    const jobs = batch
      .map(({ report, partial }) => ({ report, articles: articlesToImport(report.result, partial) }))
      .filter((j) => j.articles.length);
    if (!jobs.length) return;
    // The accounts as chosen when the files came in, not when their turn in the queue comes.
    const forAccounts = accounts;
    queue.current = queue.current.then(async () => {
      const total = jobs.reduce((sum, job) => sum + job.articles.length, 0);
      const totals = { added: 0, updated: 0 };
      let done = 0;
      setProgress({ sent: 0, total });
      for (const { report, articles } of jobs) {
        const sent = await sendArticles(ask, articles, `file:${report.name}`, (n) => setProgress({ sent: done + n, total }), forAccounts);
        totals.added += sent.totals.added;
        totals.updated += sent.totals.updated;
        if (!sent.ok) {
          setProgress(null);
          setOutcome({ kind: 'failed', reason: sent.error, totals });
          onImported();
          return;
        }
        done += articles.length;
        replace(report, { ...report, state: 'imported' });
      }
      setProgress(null);
      setOutcome({ kind: 'done', totals });
      onImported();
    });
  };

  const onFiles = async (files: readonly File[]) => {
    if (!files.length) return;
    setReading(true);
    setOutcome(null);
    const read = await readFiles(files, split);
    setReading(false);
    setReports(read);
    importReports(read.filter(isClean).map((report) => ({ report, partial: false })));
  };

  const remap = async (report: FileReport, mapping: Mapping) => {
    const next = await reanalyze(report, mapping, split);
    replace(report, next);
    if (isClean(next)) importReports([{ report: next, partial: false }]);
  };

  const busy = reading || progress !== null;
  return (
    // aria-busy: a screen reader waits for the reading and the import to finish before announcing the reports.
    <div class="sf-fields" aria-busy={busy} data-testid="kb-import-panel">
      <p class="sf-hint">{tOptions(locale, 'kb.intro')}</p>
      <div
        class="sf-drop"
        data-dragging={dragging}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(event) => {
          event.preventDefault();
          setDragging(false);
          void onFiles([...(event.dataTransfer?.files ?? [])]);
        }}
      >
        <span>
          {tOptions(locale, 'kb.drop')}{' '}
          <label class="sf-link">
            {tOptions(locale, 'kb.choose')}
            <input
              type="file"
              class="sf-visually-hidden"
              data-testid="kb-file-input"
              multiple
              accept={ACCEPTED_EXTENSIONS.join(',')}
              onChange={(event) => {
                const input = event.currentTarget;
                void onFiles([...(input.files ?? [])]).then(() => (input.value = ''));
              }}
            />
          </label>
        </span>
        <span class="sf-hint">{tOptions(locale, 'kb.formats')}</span>
      </div>
      <AccountChoice
        locale={locale}
        origins={origins}
        chosen={props.managedAccounts ?? accounts}
        onChange={setAccounts}
        adminNote={props.accountsNote}
      />
      <label class="sf-check">
        <input
          type="checkbox"
          name="markdownSplit"
          checked={split === 'heading'}
          onChange={(event) => setSplit(event.currentTarget.checked ? 'heading' : 'file')}
        />
        <span>{tOptions(locale, 'kb.splitHeadings')}</span>
      </label>
      {reading && <p class="sf-hint">{tOptions(locale, 'kb.reading')}</p>}
      {reports.length > 0 && (
        <ul class="sf-files">
          {reports.map((report, index) => (
            <FileReportView
              key={`${index}:${report.name}`}
              report={report}
              locale={locale}
              busy={busy}
              onImportPartial={() => importReports([{ report, partial: true }])}
              onMap={(mapping) => void remap(report, mapping)}
            />
          ))}
        </ul>
      )}
      {progress && (
        <label class="sf-field">
          <span class="sf-hint">{tOptions(locale, 'kb.progress', progress)}</span>
          <progress class="sf-progress" max={progress.total} value={progress.sent} />
        </label>
      )}
      <p class={outcome?.kind === 'failed' ? 'sf-field-error' : 'sf-summary'} role="status" data-testid="kb-import-summary">
        {outcome && tOptions(locale, 'kb.summary', outcome.totals)}
        {outcome?.kind === 'failed' && ` ${tOptions(locale, 'kb.importFailed', { reason: outcome.reason })}`}
      </p>
    </div>
  );
}
