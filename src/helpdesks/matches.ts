// Helpdesk pages the content scripts run on, from the descriptors. `*://` covers http too, which the
// browser tests use through host mapping to a loopback server. Hosted helpdesks on a company's own
// domain are added at run time after the admin grants the origin (src/background/custom-domains.ts).
import { DESCRIPTORS } from './descriptors';

export const HELPDESK_MATCHES: string[] = Object.values(DESCRIPTORS).flatMap((descriptor) => [...descriptor.matches]);
