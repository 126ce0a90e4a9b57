// Fields the admin's policy sets (src/settings/managed.ts) are shown with their value, disabled, and
// the note "Set by your admin": the agent sees what applies and why it cannot be changed here.
import type { UiLocale } from '../../i18n/index';
import { tOptions } from '../../i18n/options/index';
import { isManaged, NO_POLICY, type ManagedField } from '../../settings/managed';
import type { OptionsServices } from './types';

/** The note for a field the policy sets, or undefined when the agent may change it. */
export function adminNote(services: OptionsServices, locale: UiLocale, ...fields: ManagedField[]): string | undefined {
  const policy = services.managed ?? NO_POLICY;
  return fields.some((field) => isManaged(policy, field)) ? tOptions(locale, 'options.setByAdmin') : undefined;
}
