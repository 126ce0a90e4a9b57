// Import of many exports (with the rejection report), export, retention and "delete all my data".
import { useState } from 'preact/hooks';
import type { UiLocale } from '../../i18n/index';
import type { StatsEvent } from '../events';
import type { ImportReport } from '../exchange';
import { tStats } from '../i18n/index';
import type { DashboardServices } from './services';

export function DataPanel({
  locale,
  services,
  events,
  onChanged,
}: {
  locale: UiLocale;
  services: DashboardServices;
  events: StatsEvent[];
  onChanged: () => Promise<void>;
}) {
  const [report, setReport] = useState<ImportReport | null>(null);
  const [message, setMessage] = useState('');
  const [days, setDays] = useState(90);
  const guard = (work: () => Promise<string>) => () =>
    work()
      .then(setMessage)
      .catch((error: unknown) =>
        setMessage(tStats(locale, 'stats.failed', { reason: error instanceof Error ? error.message : String(error) })),
      );

  const onFiles = async (input: HTMLInputElement) => {
    const result = await services.importFiles([...(input.files ?? [])]);
    setReport(result);
    await onChanged();
    return '';
  };

  return (
    <section>
      <h2>{tStats(locale, 'stats.data')}</h2>
      <label class="sf-btn">
        {tStats(locale, 'stats.import')}
        <input
          type="file"
          multiple
          accept=".ndjson,.jsonl,.json,application/x-ndjson"
          class="sf-visually-hidden"
          data-testid="import"
          onChange={(e) => void guard(() => onFiles(e.currentTarget as HTMLInputElement))()}
        />
      </label>
      {report && (
        <div data-testid="import-report" role="status">
          <p>
            {tStats(locale, 'stats.imported', {
              events: report.files.reduce((n, f) => n + f.accepted, 0),
              files: report.files.length,
              duplicates: report.duplicates,
              rejected: report.rejected,
            })}
          </p>
          <ul>
            {report.rejections.map((r) => (
              <li>{tStats(locale, 'stats.rejection', { file: r.file, line: r.line, reason: r.reason })}</li>
            ))}
          </ul>
        </div>
      )}
      <p class="sf-row">
        <button type="button" class="sf-btn" onClick={() => services.exportEvents('ndjson', events)}>
          {tStats(locale, 'stats.exportNdjson')}
        </button>
        <button type="button" class="sf-btn" onClick={() => services.exportEvents('csv', events)}>
          {tStats(locale, 'stats.exportCsv')}
        </button>
      </p>
      <p class="sf-row">
        <label>
          {tStats(locale, 'stats.retentionDays')}
          <input
            type="number"
            min="1"
            value={days}
            onChange={(e) => setDays(Math.max(1, Number((e.currentTarget as HTMLInputElement).value) || 1))}
          />
        </label>
        <button
          type="button"
          class="sf-btn"
          onClick={guard(async () => {
            const n = await services.deleteOlderThan(days);
            await onChanged();
            return tStats(locale, 'stats.deletedOld', { n });
          })}
        >
          {tStats(locale, 'stats.deleteOld')}
        </button>
        <button
          type="button"
          class="sf-btn sf-danger"
          data-testid="delete-all"
          onClick={guard(async () => {
            if (!services.confirm(tStats(locale, 'stats.confirmDeleteAll'))) return '';
            await services.deleteAll();
            await onChanged();
            return tStats(locale, 'stats.deletedAll');
          })}
        >
          {tStats(locale, 'stats.deleteAll')}
        </button>
      </p>
      {message && (
        <p role="status" data-testid="data-message">
          {message}
        </p>
      )}
    </section>
  );
}
