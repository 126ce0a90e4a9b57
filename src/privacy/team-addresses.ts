// The team's own role address in its signature ("support@acme.com" under a reply on acme.zendesk.com) names
// no one, and a draft quotes it as written. Only a role's mailbox at the helpdesk account's own domain
// ("acme.com", "acme.co.uk"): a person's address there ("jane.doe@acme.com") or a look-alike domain
// ("acme-help.com") stays redacted, and so does every address when the account is unknown.
const ROLES = new Set(
  'support help helpdesk service services customerservice care info contact hello team sales billing orders kundenservice kundendienst service-center kundeservice kundtjanst kundservice klantenservice apoio suporte atendimento asiakaspalvelu tuki podpora obsluga sav soporte assistenza ayuda'.split(
    ' ',
  ),
);

export function teamAddress(address: string, company: string | undefined): boolean {
  if (!company) return false;
  const [local, domain] = address.toLowerCase().split('@') as [string, string | undefined];
  const labels = domain?.split('.') ?? [];
  return ROLES.has(local) && labels[0] === company.toLowerCase() && labels.length <= 3 && labels.slice(1).every((l) => l.length <= 3);
}
