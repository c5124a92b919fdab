/**
 * Checks the built site's internal links without a browser: which links and
 * ids a page holds, and which file and fragment an internal link points to.
 * Built HTML is machine-written (attributes quoted), so a careful scan of
 * attributes is enough; script and style bodies are left out.
 */
const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', '#39': "'" };
const decodeEntities = (s: string) => s.replace(/&(amp|quot|apos|lt|gt|#39);/g, (_, e: string) => ENTITIES[e] ?? _);

/** HTML without the bodies of <script> and <style>, whose text is not markup. */
function markupOnly(html: string): string {
  return html.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/gi, (m) => m.slice(0, m.indexOf('>') + 1));
}

export interface FoundLink {
  attribute: 'href' | 'src';
  value: string;
  /** The whole start tag, to tell a canonical <link> from a body link. */
  tag: string;
}

/** Every href and src (also xlink:href) in the page's tags. */
export function extractLinks(html: string): FoundLink[] {
  const links: FoundLink[] = [];
  for (const [tag] of markupOnly(html).matchAll(/<[a-zA-Z][^<>]*>/g)) {
    for (const m of tag.matchAll(/\s(href|src|xlink:href)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
      links.push({ attribute: m[1] === 'src' ? 'src' : 'href', value: decodeEntities(m[2] ?? m[3] ?? ''), tag });
    }
  }
  return links;
}

/** Every id (and legacy name anchor) a fragment can point to. */
export function extractIds(html: string): Set<string> {
  const ids = new Set<string>();
  for (const m of markupOnly(html).matchAll(/\s(?:id|name)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) ids.add(decodeEntities(m[1] ?? m[2] ?? ''));
  return ids;
}

export interface Target {
  /** Site path without fragment or query, e.g. "/book/welcome/". */
  path: string;
  /** Decoded fragment without "#", or "" when there is none. */
  fragment: string;
}

/**
 * Where an internal link leads, or null for links that leave the site
 * (other hosts, mailto:, tel:, data:…). `pagePath` is the path of the page the
 * link is on; `siteOrigin` is the configured site, whose absolute URLs count as
 * internal.
 */
export function resolveLink(pagePath: string, value: string, siteOrigin: string): Target | null {
  const trimmed = value.trim();
  if (!trimmed || /^(mailto|tel|javascript|data|blob):/i.test(trimmed)) return null;
  const base = new URL(pagePath, siteOrigin);
  let url: URL;
  try {
    url = new URL(trimmed, base);
  } catch {
    return { path: trimmed, fragment: '' };
  }
  if (url.origin !== new URL(siteOrigin).origin) return null;
  let fragment = url.hash.slice(1);
  try {
    fragment = decodeURIComponent(fragment);
  } catch {
    /* keep it as written: the id check will report it */
  }
  return { path: decodeURIComponent(url.pathname), fragment };
}

/** The file in dist that serves a site path: "/x/" is x/index.html; "/x" may be a file or a folder with index.html. */
export function candidateFiles(path: string): string[] {
  const rel = path.replace(/^\/+/, '');
  if (rel === '' || rel.endsWith('/')) return [`${rel}index.html`];
  return [rel, `${rel}/index.html`, `${rel}.html`];
}

/** Hosts the book may send a reader to from content/links/platform.yaml: the platform and its sign-in service. */
export const PLATFORM_HOSTS = ['school-education.ec.europa.eu', 'webgate.ec.europa.eu'] as const;

/**
 * What is wrong with the form of a platform link's address, or null when it is
 * fine: an absolute https URL on a platform host, with no credentials, spaces,
 * fragment-only or tracking parameters. The address itself is checked by hand
 * against the platform's public pages (the entry's `checked` date).
 */
export function platformUrlProblem(value: string): string | null {
  if (value !== value.trim() || /\s/.test(value)) return 'contains spaces';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'is not an absolute URL';
  }
  if (url.protocol !== 'https:') return 'must use https';
  if (url.username || url.password) return 'must not carry a user name or password';
  if (!(PLATFORM_HOSTS as readonly string[]).includes(url.hostname))
    return `must be on ${PLATFORM_HOSTS.join(' or ')}, not ${url.hostname}`;
  if ([...url.searchParams.keys()].some((k) => /^(utm_|fbclid|gclid|prefLang)/i.test(k)))
    return 'must not carry tracking or language parameters';
  if (url.hash) return 'must not point to a fragment (platform pages change their anchors)';
  return null;
}
