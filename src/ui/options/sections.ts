import { GeneralSection } from './GeneralSection';
import { HelpdeskOriginsSection } from './HelpdeskOriginsSection';
import type { OptionsSection } from './types';

/** In page order. Model provider, knowledge base and privacy sections are appended when built. */
export const OPTIONS_SECTIONS: readonly OptionsSection[] = [
  { id: 'general', title: 'options.general', Component: GeneralSection },
  { id: 'helpdesks', title: 'options.helpdesks', Component: HelpdeskOriginsSection },
];
