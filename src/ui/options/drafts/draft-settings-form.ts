// The team's draft settings as the options form edits them (strings, facts one per line) and back,
// validated with the DraftSettings schema the background validates with too.
import { DRAFT_SETTINGS_LIMITS, DraftSettings, PHRASING_FIELDS, type Phrasing } from '../../../drafts/settings';
import type { Lang } from '../../../language/languages';

export type PhrasingField = (typeof PHRASING_FIELDS)[number];

export interface DraftSettingsForm {
  tone: string;
  draftCount: '1' | '2' | '3';
  signature: string;
  /** One fact per line. */
  facts: string;
  /** One domain, e-mail address or phone number per line. */
  allowlist: string;
  formality: DraftSettings['formality'];
  phrasing: DraftSettings['phrasing'];
}

export type FormField = 'tone' | 'signature' | 'facts' | 'allowlist' | `phrasing.${Lang}.${PhrasingField}`;
export type Problem = { kind: 'too-long' | 'too-many'; max: number };
export type Problems = Partial<Record<FormField, Problem>>;

export function formFromSettings(settings: DraftSettings): DraftSettingsForm {
  return {
    tone: settings.tone,
    draftCount: String(settings.draftCount) as DraftSettingsForm['draftCount'],
    signature: settings.signature,
    facts: settings.companyFacts.join('\n'),
    allowlist: settings.allowlist.join('\n'),
    formality: { ...settings.formality },
    phrasing: structuredClone(settings.phrasing),
  };
}

/** The form's phrasing for one language with one field changed; an emptied language is dropped. */
export function withPhrase(form: DraftSettingsForm, lang: Lang, field: PhrasingField, value: string): DraftSettingsForm {
  const phrasing: Phrasing = { ...form.phrasing[lang], [field]: value };
  if (!value) delete phrasing[field];
  const { [lang]: _old, ...others } = form.phrasing;
  return { ...form, phrasing: Object.keys(phrasing).length ? { ...others, [lang]: phrasing } : others };
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

export function checkForm(form: DraftSettingsForm): { ok: true; settings: DraftSettings } | { ok: false; problems: Problems } {
  const candidate = {
    tone: form.tone.trim(),
    draftCount: Number(form.draftCount),
    signature: form.signature.trim(),
    companyFacts: lines(form.facts),
    allowlist: lines(form.allowlist),
    formality: form.formality,
    phrasing: form.phrasing,
  };
  const parsed = DraftSettings.safeParse(candidate);
  if (parsed.success) return { ok: true, settings: parsed.data };
  const problems: Problems = {};
  for (const issue of parsed.error.issues) {
    const [top, second, third] = issue.path.map(String);
    if (top === 'tone' || top === 'signature') problems[top] = { kind: 'too-long', max: DRAFT_SETTINGS_LIMITS[top] };
    else if (top === 'companyFacts')
      problems.facts =
        second === undefined
          ? { kind: 'too-many', max: DRAFT_SETTINGS_LIMITS.facts }
          : { kind: 'too-long', max: DRAFT_SETTINGS_LIMITS.fact };
    else if (top === 'allowlist')
      problems.allowlist =
        second === undefined
          ? { kind: 'too-many', max: DRAFT_SETTINGS_LIMITS.allowlist }
          : { kind: 'too-long', max: DRAFT_SETTINGS_LIMITS.allowEntry };
    else if (top === 'phrasing' && second && third)
      problems[`phrasing.${second as Lang}.${third as PhrasingField}`] = { kind: 'too-long', max: DRAFT_SETTINGS_LIMITS.phrase };
  }
  return { ok: false, problems };
}
