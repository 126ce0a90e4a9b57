// The knowledge base in the background: empty until the store lands.
import type { KnowledgeService } from './handlers';

export function openKnowledge(): KnowledgeService {
  return {
    searchTicket: async () => [],
    searchText: async () => [],
  };
}
