export { freshdeskAdapter } from './adapter';
export { ticketIdFromUrl } from './urls';
