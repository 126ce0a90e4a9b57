// Serves model summaries over a port (src/background/port-server.ts: content scripts only, parsed
// requests, cancelled when the port closes, e.g. the agent switched ticket). The work is in ./model.ts.
import { servePort } from '../background/port-server';
import type { SenderPolicy } from '../background/senders';
import type { ModelSummaries } from './model';
import { ModelSummaryRequest, SUMMARY_PORT, type ModelSummaryUpdate } from './port-messages';

export function serveSummaryPort(policy: SenderPolicy, summaries: ModelSummaries): void {
  servePort<ModelSummaryRequest, ModelSummaryUpdate>(
    SUMMARY_PORT,
    policy,
    (raw) => ModelSummaryRequest.safeParse(raw),
    summaries,
    (message) => ({
      kind: 'failed',
      problem: 'failed',
      message,
    }),
  );
}
