export { zendeskAdapter } from './adapter';
export { ticketIdFromUrl } from './urls';
