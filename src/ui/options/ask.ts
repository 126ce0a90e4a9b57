// How option sections talk to the background: through `ask` only (never IndexedDB directly). A
// context, so tests hand the sections a fake and the page uses the real messaging client by default.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { ask } from '../../messaging/client';

export type AskFn = typeof ask;

export const AskContext = createContext<AskFn>(ask);

export function useAsk(): AskFn {
  return useContext(AskContext);
}
