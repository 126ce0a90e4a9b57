// The empathy cue's public shape (PRODUCT.md item 3, `souffleur cue`).
export const EMOTIONS = ['neutral', 'positive', 'confusion', 'anxiety', 'disappointment', 'frustration', 'anger'] as const;
export type Emotion = (typeof EMOTIONS)[number];

export const TRIGGERS = [
  'repeated-contact',
  'long-wait',
  'deadline',
  'churn-threat',
  'legal-threat',
  'vulnerability',
  'escalation-request',
  'vip',
] as const;
export type Trigger = (typeof TRIGGERS)[number];

export const HANDLE_REASONS = ['complaint', 'strong-emotion', 'legal-or-ethical', 'vip', 'vulnerable-customer', 'complex-case'] as const;
export type HandleReason = (typeof HANDLE_REASONS)[number];

export type Sentiment = 'negative' | 'neutral' | 'positive';

export interface MessageCue {
  sentiment: Sentiment;
  emotion: Emotion;
  /** 0..1 */
  intensity: number;
  urgency: boolean;
  /** Phrases quoted verbatim from the customer's text, in its language. */
  evidence: string[];
  triggers: Trigger[];
  /** One concrete suggestion for the agent, in the agent's UI language. */
  cue: string;
}

export interface TicketCue extends MessageCue {
  trend: 'calming' | 'steady' | 'escalating' | 'single';
  handlePersonally: boolean;
  handlePersonallyReasons: HandleReason[];
}
