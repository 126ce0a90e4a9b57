// The tools under a draft: regenerate, shorter, friendlier, more formal, translate. Each streams a
// replacement for this draft. Without a model provider only regenerate (re-composing offline) works;
// the others say why they are disabled.
import type { JSX } from 'preact';
import { DRAFT_TOOLS, needsModel } from '../drafts/tool-names';
import { t, type UiLocale } from '../i18n/index';
import type { DraftView, SidebarActions } from './state';
import { onlyTrusted } from './trusted';

export function DraftTools(props: {
  draft: DraftView;
  n: number;
  /** Another draft is streaming or being rewritten: one request at a time. */
  busy: boolean;
  providerConfigured: boolean;
  locale: UiLocale;
  onTool: NonNullable<SidebarActions['reviseDraft']>;
}): JSX.Element {
  const { draft, locale } = props;
  return (
    <div class="sf-tools" role="group" aria-label={t(locale, 'drafts.tools', { n: props.n })}>
      {DRAFT_TOOLS.map((tool) => {
        const unavailable = needsModel(tool) && !props.providerConfigured;
        return (
          <button
            key={tool}
            type="button"
            class="sf-btn sf-btn-small"
            data-testid={`draft-tool-${tool}`}
            disabled={unavailable || props.busy || draft.streaming || !!draft.revising}
            title={unavailable ? t(locale, 'drafts.needsProvider') : undefined}
            aria-pressed={draft.revising === tool ? true : undefined}
            onClick={onlyTrusted(() => props.onTool(draft.id, tool))}
          >
            {t(locale, `drafts.tool.${tool}`)}
          </button>
        );
      })}
    </div>
  );
}
