// The dashboard's cue section (issue 16 item 4): per language, how often the local cue and the provider's
// independent reading agree, beside how agents rated the cue. Lets a lead see where the cue is doubtful.
import { tStats, type PlainStatsKey } from '../i18n/index';
import type { Summary } from '../summary';
import { Table, type Format } from './parts';

export function CueAgreement({ s, fmt }: { s: Summary; fmt: Format }) {
  const t = (key: PlainStatsKey) => tStats(fmt.locale, key);
  return (
    <section>
      <h2>{t('stats.cueAgreement')}</h2>
      <p class="sf-muted">{t('stats.cueAgreementIntro')}</p>
      {s.cueAgreement.length === 0 && <p data-testid="cue-agreement-empty">{t('stats.none')}</p>}
      <Table
        testId="cue-agreement"
        rows={s.cueAgreement}
        columns={[
          { label: t('stats.language'), cell: (r) => r.key || t('stats.noData') },
          { label: t('stats.compared'), numeric: true, cell: (r) => fmt.count(r.compared) },
          { label: t('stats.agreement'), numeric: true, cell: (r) => fmt.percent(r.agreement) },
          { label: t('stats.cueRatings'), numeric: true, cell: (r) => fmt.count(r.rated) },
          { label: t('stats.cueHelpful'), numeric: true, cell: (r) => fmt.percent(r.helpfulShare) },
        ]}
      />
    </section>
  );
}
