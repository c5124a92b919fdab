/**
 * A deliberately tiny Markdown subset for short answers kept in YAML data
 * (FAQ answers, source notes). It parses to a small tree that components render
 * as ordinary escaped text and elements, so no HTML from data ever reaches the
 * page: `<b>` in an answer shows as the characters "<b>".
 *
 * Supported: paragraphs (separated by a blank line), bullet lists ("- " lines),
 * **bold**, *emphasis* and [links](/path/). Links must be site paths
 * ("/...", "#..."), or https:// addresses; anything else throws.
 */
export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'strong'; children: Inline[] }
  | { kind: 'em'; children: Inline[] }
  | { kind: 'link'; href: string; children: Inline[] };

export type Block = { kind: 'paragraph'; children: Inline[] } | { kind: 'list'; items: Inline[][] };

const INLINE_PATTERN = /\[([^\]]+)\]\(([^)\s]+)\)|\*\*(.+?)\*\*|\*(.+?)\*/;

export function safeHref(href: string): string {
  if (/^(\/(?!\/)|#|https:\/\/)/.test(href)) return href;
  throw new Error(`link target "${href}" is not allowed: use a site path (/book/...), #anchor or https:// address`);
}

export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  let rest = text;
  while (rest) {
    const m = INLINE_PATTERN.exec(rest);
    if (!m) {
      out.push({ kind: 'text', text: rest });
      break;
    }
    if (m.index > 0) out.push({ kind: 'text', text: rest.slice(0, m.index) });
    if (m[1] !== undefined && m[2] !== undefined) out.push({ kind: 'link', href: safeHref(m[2]), children: parseInline(m[1]) });
    else if (m[3] !== undefined) out.push({ kind: 'strong', children: parseInline(m[3]) });
    else if (m[4] !== undefined) out.push({ kind: 'em', children: parseInline(m[4]) });
    rest = rest.slice(m.index + m[0].length);
  }
  return out;
}

export function parseMarkdown(source: string): Block[] {
  const blocks: Block[] = [];
  for (const chunk of source.trim().split(/\n\s*\n/)) {
    const lines = chunk
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    if (!lines.length) continue;
    if (lines.every((l) => l.startsWith('- '))) {
      blocks.push({ kind: 'list', items: lines.map((l) => parseInline(l.slice(2).trim())) });
    } else {
      blocks.push({ kind: 'paragraph', children: parseInline(lines.join(' ')) });
    }
  }
  return blocks;
}

/** The same text without markup, for JSON-LD, meta descriptions and speech. */
export function plainText(source: string): string {
  const inline = (nodes: Inline[]): string => nodes.map((n) => (n.kind === 'text' ? n.text : inline(n.children))).join('');
  return parseMarkdown(source)
    .map((b) => (b.kind === 'paragraph' ? inline(b.children) : b.items.map((i) => `• ${inline(i)}`).join('\n')))
    .join('\n\n');
}
