// Conversation context for the upset reading (issue 16, session 12): what the product could add to a
// message's own confidence from the customer's earlier messages of the same ticket. Pure, for
// context-ceiling.ts and its unit test.

export interface CarryOver {
  /** How much of the remembered upset counts (0: the message alone). */
  weight: number;
  /** How much of it is kept from one customer message to the next. */
  decay: number;
}

/**
 * Each message's score from its own confidence and the upset remembered from the earlier ones (the
 * strongest earlier confidence, decayed per message): a noisy-OR, so context raises a message and never
 * lowers it. `remembered` lets the oracle ceiling remember the labels instead of the confidences.
 */
export function carryOver(confidences: number[], { weight, decay }: CarryOver, remembered: number[] = confidences): number[] {
  let memory = 0;
  return confidences.map((own, i) => {
    const score = 1 - (1 - own) * (1 - weight * memory);
    memory = Math.max(remembered[i] ?? 0, memory * decay);
    return score;
  });
}

/**
 * How well a score ranks the upset sentences: the best recall at precision >= 60 % and the precision where
 * recall first reaches 40 %. Measured only at the end of a run of tied scores, since no threshold can name
 * part of them (a confidence of 0 is shared by most sentences).
 */
export function rankingAt(scored: { gold: boolean; score: number }[]): { recallAtP60: number; precisionAtR40: number } {
  const sorted = [...scored].sort((a, b) => b.score - a.score);
  const gold = scored.filter((s) => s.gold).length;
  let right = 0;
  let recallAtP60 = 0;
  let precisionAtR40: number | null = null;
  sorted.forEach((s, i) => {
    if (s.gold) right++;
    if (sorted[i + 1]?.score === s.score) return;
    const precision = right / (i + 1);
    const recall = gold ? right / gold : 0;
    if (precision >= 0.6) recallAtP60 = Math.max(recallAtP60, recall);
    if (precisionAtR40 === null && recall >= 0.4) precisionAtR40 = precision;
  });
  return { recallAtP60, precisionAtR40: precisionAtR40 ?? 0 };
}
