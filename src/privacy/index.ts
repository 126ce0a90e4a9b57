// Personal-data redaction for everything that leaves the browser, and restoration of drafts.
export { MAX_REDACT_CHARS, findEntities, knownNames, redactText, redactTicket, type FoundEntity } from './redact';
export { ENTITY_TYPES, emptyVault, findLeftoverPlaceholders, restore, type EntityType, type RedactionVault } from './vault';
