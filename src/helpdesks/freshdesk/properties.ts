// Status and priority as one vocabulary whatever the agent's UI language or the source: the page
// shows localized labels ("Offen", "Hoch"), the API numeric codes. Labels we do not know (custom
// statuses such as "Waiting on customer") are kept as the page shows them, never mapped by guess.

/**
 * Label → value from "value,label,label;value,…" (each value is its own English label): a string ships in the
 * content script in fewer bytes than an object literal with the value written out for every label.
 */
const labelTable = (table: string): Record<string, string> =>
  Object.fromEntries(
    table.split(';').flatMap((group) => {
      const labels = group.split(',');
      return labels.map((label) => [label, labels[0]!]);
    }),
  );

const STATUS_LABELS = labelTable(
  'open,offen,öppen,مفتوح;pending,wartend,ausstehend,in afwachting,väntande,معلق;resolved,gelöst,opgelost,löst,تم الحل;' +
    'closed,geschlossen,gesloten,stängd,مغلق',
);
const PRIORITY_LABELS = labelTable(
  'low,niedrig,laag,låg,منخفض,منخفضة;medium,mittel,gemiddeld,medel,متوسط,متوسطة;high,hoch,hoog,hög,عالي,عالية;' +
    'urgent,dringend,brådskande,عاجل,عاجلة',
);

/** API codes (Freshdesk API v2): status 2–5, priority 1–4. Custom statuses have higher codes. */
const STATUS_CODES: Record<number, string> = { 2: 'open', 3: 'pending', 4: 'resolved', 5: 'closed' };
const PRIORITY_CODES: Record<number, string> = { 1: 'low', 2: 'medium', 3: 'high', 4: 'urgent' };

/** Property labels in the agent UI languages we support, to find fields that carry no test id. */
export const STATUS_FIELD_LABELS = ['status', 'الحالة'];
export const PRIORITY_FIELD_LABELS = ['priority', 'priorität', 'prioriteit', 'prioritet', 'الأولوية'];

const key = (label: string) => label.replace(/\s+/g, ' ').trim().toLowerCase();

export function statusFromLabel(label: string): string {
  return STATUS_LABELS[key(label)] ?? label.trim();
}

export function priorityFromLabel(label: string): string {
  return PRIORITY_LABELS[key(label)] ?? label.trim();
}

export function statusFromCode(code: number): string | null {
  return STATUS_CODES[code] ?? null;
}

export function priorityFromCode(code: number): string | null {
  return PRIORITY_CODES[code] ?? null;
}

export function isFieldLabel(text: string, labels: readonly string[]): boolean {
  return labels.includes(key(text));
}
