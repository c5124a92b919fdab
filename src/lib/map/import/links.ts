/**
 * Profile links: an imported link is put on the map as an <a href>, so only
 * https addresses on the platform's own host (or hosts the organisation
 * names) are accepted. javascript:, data:, plain http, a user name or
 * password in the address, another port and look-alike hosts are refused.
 */
export const DEFAULT_PROFILE_HOSTS = ['school-education.ec.europa.eu'];

export type LinkCheck = { ok: true; url: string } | { ok: false; reason: string };

export function checkProfileLink(raw: string, hosts: readonly string[] = DEFAULT_PROFILE_HOSTS): LinkCheck {
  const text = raw.trim();
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, reason: 'is not a web address' };
  }
  if (url.protocol !== 'https:') return { ok: false, reason: `must start with https:// (it is a ${url.protocol} address)` };
  if (url.username || url.password) return { ok: false, reason: 'must not carry a user name or password' };
  if (url.port) return { ok: false, reason: `must not name a port (:${url.port})` };
  const host = url.hostname.toLowerCase();
  if (!hosts.some((h) => host === h.toLowerCase())) {
    return { ok: false, reason: `is on ${host}, not on ${hosts.join(' or ')} (allow another host with --profile-host)` };
  }
  return { ok: true, url: url.href };
}
