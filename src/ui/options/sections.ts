import { DraftSettingsSection } from './drafts/DraftSettingsSection';
import { GeneralSection } from './GeneralSection';
import { HelpdeskOriginsSection } from './HelpdeskOriginsSection';
import { KnowledgeSection } from './knowledge/KnowledgeSection';
import { ProviderSection } from './provider/ProviderSection';
import { TeamStatsSection } from './TeamStatsSection';
import type { OptionsSection } from './types';

/** In page order. */
export const OPTIONS_SECTIONS: readonly OptionsSection[] = [
  { id: 'general', title: 'options.general', Component: GeneralSection },
  { id: 'helpdesks', title: 'options.helpdesks', Component: HelpdeskOriginsSection },
  { id: 'knowledge', title: 'options.knowledge', Component: KnowledgeSection },
  { id: 'provider', title: 'options.provider', Component: ProviderSection },
  { id: 'drafts', title: 'options.drafts', Component: DraftSettingsSection },
  { id: 'team-stats', title: 'options.teamStats', Component: TeamStatsSection },
];
