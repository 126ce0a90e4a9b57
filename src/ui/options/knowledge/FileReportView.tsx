// One imported file's report: how many articles, each problem with its line or row, and the way on
// (import the valid part, or map the columns and read again).
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { UiLocale } from '../../../i18n/index';
import { tOptions } from '../../../i18n/options/index';
import type { Mapping } from '../../../knowledge/import/fields';
import { describeIssue, issueCount } from '../../../knowledge/import/index';
import { toMegabytes, type FileReport } from './importing';

/** Enough to act on; a file with thousands of bad rows still renders quickly. */
const SHOWN_ISSUES = 20;
const MAPPED_FIELDS = ['title', 'body', 'id', 'url'] as const;

export function FileReportView(props: {
  report: FileReport;
  locale: UiLocale;
  busy: boolean;
  onImportPartial: () => void;
  onMap: (mapping: Mapping) => void;
}): JSX.Element {
  const { report, locale } = props;
  const { result } = report;
  // The import keeps its first issues and counts the rest (knowledge/import/types.ts MAX_ISSUES).
  const issues = issueCount(result);
  const partial = !result.fatal && issues > 0 && result.articles.length > 0;
  const status = report.tooLarge
    ? tOptions(locale, 'kb.tooLarge', {
        file: report.name,
        size: toMegabytes(report.tooLarge.size),
        limit: toMegabytes(report.tooLarge.limit),
      })
    : result.fatal
      ? tOptions(locale, 'kb.fatal')
      : partial
        ? tOptions(locale, 'kb.partial', { count: result.articles.length, issues })
        : tOptions(locale, 'kb.found', { count: result.articles.length });
  return (
    <li class="sf-file" data-testid="kb-file-report" data-state={result.fatal ? 'fatal' : partial ? 'partial' : 'ok'}>
      <div class="sf-file-head">
        <bdi class="sf-file-name">{report.name}</bdi>
        {report.state === 'imported' && <span class="sf-badge">{tOptions(locale, 'kb.imported')}</span>}
      </div>
      <p class={result.fatal ? 'sf-field-error' : 'sf-hint'}>{status}</p>
      {result.issues.length > 0 && !report.tooLarge && (
        <ul class="sf-issues" dir="ltr">
          {result.issues.slice(0, SHOWN_ISSUES).map((issue, i) => (
            <li key={i}>{describeIssue(issue)}</li>
          ))}
          {issues > SHOWN_ISSUES && <li>{tOptions(locale, 'kb.moreIssues', { count: issues - SHOWN_ISSUES })}</li>}
        </ul>
      )}
      {partial && report.state === 'waiting' && (
        <button
          type="button"
          class="sf-btn sf-btn-primary"
          data-testid="kb-import-partial"
          disabled={props.busy}
          onClick={props.onImportPartial}
        >
          {tOptions(locale, 'kb.importPartial', { count: result.articles.length })}
        </button>
      )}
      {report.unmapped && report.state === 'waiting' && (
        <MappingForm columns={report.unmapped} initial={report.mapping} locale={locale} busy={props.busy} onMap={props.onMap} />
      )}
    </li>
  );
}

function MappingForm(props: { columns: string[]; initial: Mapping; locale: UiLocale; busy: boolean; onMap: (m: Mapping) => void }) {
  const [mapping, setMapping] = useState<Mapping>(props.initial);
  const { locale } = props;
  return (
    <form
      class="sf-mapping"
      onSubmit={(event) => {
        event.preventDefault();
        props.onMap(mapping);
      }}
    >
      <p class="sf-mapping-title">{tOptions(locale, 'kb.mapTitle')}</p>
      <p class="sf-hint">{tOptions(locale, 'kb.mapHint')}</p>
      <div class="sf-row">
        {MAPPED_FIELDS.map((field) => (
          <label key={field} class="sf-field">
            <span class="sf-field-label">{tOptions(locale, `kb.mapField.${field}`)}</span>
            <select
              class="sf-input"
              name={`map-${field}`}
              value={mapping[field] ?? ''}
              onChange={(event) => {
                const value = event.currentTarget.value;
                setMapping((m) => {
                  const { [field]: _dropped, ...rest } = m;
                  return value ? { ...rest, [field]: value } : rest;
                });
              }}
            >
              <option value="">{tOptions(locale, 'kb.mapNone')}</option>
              {props.columns.map((column) => (
                <option key={column} value={column}>
                  {column}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
      <button type="submit" class="sf-btn" disabled={props.busy || (!mapping.title && !mapping.body)}>
        {tOptions(locale, 'kb.mapApply')}
      </button>
    </form>
  );
}
