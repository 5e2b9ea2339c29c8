// The page shell shared by article pages and the batch index.

import { escapeHtml } from './escape.js';
import { STYLE } from './style.js';

/** No network, no frames, no plugins: only the inline style and script. */
export const CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

export function page(title: string, body: string, script = '', style = STYLE): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${style}</style>
</head>
<body>
${body}
${script ? `<script>${script}</script>\n` : ''}</body>
</html>
`;
}
