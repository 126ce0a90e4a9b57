// Per language: how often the local cue and the provider's independent reading agree (cue-compared
// events), beside how agents rated the cue (cue-rated, the thumbs in the cue panel). Issue 16 item 4.
import type { StatsEvent } from './events';

export interface CueAgreementRow {
  /** The ticket language; '' when unknown. */
  key: string;
  compared: number;
  agreed: number;
  /** agreed / compared; null with no comparisons. */
  agreement: number | null;
  rated: number;
  helpful: number;
  /** helpful / rated; null with no ratings. */
  helpfulShare: number | null;
}

interface Tally {
  compared: number;
  agreed: number;
  rated: number;
  helpful: number;
}

/** One row from its counts; shared with the ClickHouse summary so both compute the same figures. */
export const cueAgreementRow = (key: string, r: Tally): CueAgreementRow => ({
  key,
  ...r,
  agreement: r.compared ? r.agreed / r.compared : null,
  helpfulShare: r.rated ? r.helpful / r.rated : null,
});

export const cueAgreementOrder = (a: CueAgreementRow, b: CueAgreementRow) =>
  b.compared - a.compared || b.rated - a.rated || a.key.localeCompare(b.key);

export function cueAgreementTally() {
  const byLanguage = new Map<string, Tally>();
  const row = (key: string) => {
    let r = byLanguage.get(key);
    if (!r) byLanguage.set(key, (r = { compared: 0, agreed: 0, rated: 0, helpful: 0 }));
    return r;
  };
  return {
    add(e: StatsEvent): void {
      if (e.type === 'cue-compared') {
        const r = row(e.language);
        r.compared++;
        if (e.agree) r.agreed++;
      } else if (e.type === 'cue-rated') {
        const r = row(e.language);
        r.rated++;
        if (e.helpful) r.helpful++;
      }
    },
    rows(): CueAgreementRow[] {
      return [...byLanguage].map(([key, r]) => cueAgreementRow(key, r)).sort(cueAgreementOrder);
    },
  };
}
