// Status and priority as one vocabulary whatever the agent's UI language or the source: the page
// shows localized labels ("Offen", "Hoch"), the API numeric codes. Labels we do not know (custom
// statuses such as "Waiting on customer") are kept as the page shows them, never mapped by guess.

const STATUS_LABELS: Record<string, string> = {
  open: 'open',
  offen: 'open',
  öppen: 'open',
  مفتوح: 'open',
  pending: 'pending',
  wartend: 'pending',
  ausstehend: 'pending',
  'in afwachting': 'pending',
  väntande: 'pending',
  معلق: 'pending',
  resolved: 'resolved',
  gelöst: 'resolved',
  opgelost: 'resolved',
  löst: 'resolved',
  'تم الحل': 'resolved',
  closed: 'closed',
  geschlossen: 'closed',
  gesloten: 'closed',
  stängd: 'closed',
  مغلق: 'closed',
};

const PRIORITY_LABELS: Record<string, string> = {
  low: 'low',
  niedrig: 'low',
  laag: 'low',
  låg: 'low',
  منخفض: 'low',
  منخفضة: 'low',
  medium: 'medium',
  mittel: 'medium',
  gemiddeld: 'medium',
  medel: 'medium',
  متوسط: 'medium',
  متوسطة: 'medium',
  high: 'high',
  hoch: 'high',
  hoog: 'high',
  hög: 'high',
  عالي: 'high',
  عالية: 'high',
  urgent: 'urgent',
  dringend: 'urgent',
  brådskande: 'urgent',
  عاجل: 'urgent',
  عاجلة: 'urgent',
};

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
