// Everything from the article or the result reaches the page through here:
// an article containing `<script>` shows it as text.

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe in element content and in double- or single-quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** ` name="value"` pairs, escaped; undefined values are left out. */
export function attributes(attrs: Record<string, string | undefined>): string {
  let out = '';
  for (const [name, value] of Object.entries(attrs)) {
    if (value !== undefined) out += ` ${name}="${escapeHtml(value)}"`;
  }
  return out;
}

/** A relative path as a link target: each segment percent-encoded ("a b#1.html" → "a%20b%231.html"). */
export function hrefOf(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}
