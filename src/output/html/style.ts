// The page's only stylesheet, inlined: system fonts, no web fonts, no images.
// Each category has its own colour; actors are tinted by type.

export const STYLE = `
:root {
  --ink: #1f2328; --muted: #667085; --paper: #fbfaf7; --rule: #e4e2dc;
  --person: #d6e6ff; --person-line: #2f6fd6;
  --organization: #eadcff; --organization-line: #8446d6;
  --location: #cdf3ec; --location-line: #138a78;
  --unnamed: #e8e8ea; --unnamed-line: #6b7280;
  --date: #d9f5d6; --date-line: #2f8a2a;
  --casualty: #ffd9d6; --casualty-line: #c62a1f;
  --quote: #fff1c2; --quote-line: #c98a00;
  --focus: #f97316;
}
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: var(--paper); font: 17px/1.65 Georgia, "Times New Roman", serif; }
.layout { display: grid; grid-template-columns: minmax(0, 1fr) minmax(20rem, 26rem); min-height: 100vh; }
main { padding: 1.5rem 3rem 4rem; max-width: 52rem; }
header.meta { font: 13px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--muted); border-bottom: 1px solid var(--rule); padding-bottom: .75rem; margin-bottom: 1.25rem; }
header.meta .path { font-family: ui-monospace, "SFMono-Regular", Menlo, monospace; overflow-wrap: anywhere; }
.legend { display: flex; flex-wrap: wrap; gap: .35rem; margin-top: .5rem; }
.legend button { font: inherit; color: var(--ink); border: 1px solid var(--rule); border-radius: 999px; padding: .05rem .6rem; cursor: pointer; background: #fff; }
.legend button[aria-pressed="false"] { opacity: .45; text-decoration: line-through; }
.swatch { display: inline-block; width: .8em; height: .8em; border-radius: 2px; margin-right: .3em; vertical-align: -.05em; }
.article { white-space: pre-wrap; overflow-wrap: anywhere; }
.headline { font-size: 1.6em; line-height: 1.25; font-weight: bold; }
.subhead { font: bold 1.05em/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; letter-spacing: .01em; }
.legend .types { display: inline-flex; align-items: center; gap: .6rem; margin-left: .4rem; }
mark.hl { color: inherit; background: transparent; border-radius: 2px; cursor: pointer; }
mark.actor { background: var(--bg); border-bottom: 2px solid var(--line); }
mark.a-person { --bg: var(--person); --line: var(--person-line); }
mark.a-organization { --bg: var(--organization); --line: var(--organization-line); }
mark.a-location { --bg: var(--location); --line: var(--location-line); }
mark.a-unnamed { --bg: var(--unnamed); --line: var(--unnamed-line); }
mark.date { background: var(--date); border-bottom: 2px solid var(--date-line); }
mark.casualty { background: var(--casualty); border-bottom: 2px solid var(--casualty-line); }
mark.quote { background: var(--quote); border-bottom: 2px dotted var(--quote-line); }
.cue { text-decoration: underline wavy var(--quote-line); text-underline-offset: 3px; }
.off-actor mark.actor, .off-date mark.date, .off-casualty mark.casualty, .off-quote mark.quote { background: transparent; border-bottom-color: transparent; }
.off-quote .cue { text-decoration: none; }
.claim.current { background: rgba(249, 115, 22, .16); box-shadow: 0 0 0 2px var(--focus); border-radius: 2px; }
aside#claims { position: sticky; top: 0; height: 100vh; overflow: auto; background: #fff; border-left: 1px solid var(--rule); padding: 1rem 1.1rem 3rem; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; }
aside h2 { font-size: 1.05rem; margin: .2rem 0 .8rem; }
aside h3 { font-size: .9rem; margin: 1.1rem 0 .35rem; }
.note { color: var(--muted); font-weight: normal; font-size: .85em; }
aside ul { list-style: none; margin: 0; padding: 0; }
.claim-link { display: block; width: 100%; text-align: left; font: inherit; color: inherit; background: none; border: 1px solid transparent; border-radius: 6px; padding: .35rem .5rem; margin: .1rem 0; cursor: pointer; }
.claim-link:hover { background: #f6f5f1; border-color: var(--rule); }
.claim-link.current { border-color: var(--focus); background: #fff4ea; }
.claim-text { display: -webkit-box; -webkit-line-clamp: 4; -webkit-box-orient: vertical; overflow: hidden; overflow-wrap: anywhere; }
.meta .badge, .claim-link .badge { font-size: .72rem; text-transform: uppercase; letter-spacing: .03em; border-radius: 3px; padding: 0 .3rem; background: #eef0f3; color: #3d4452; }
.badge.k-quote { background: var(--quote); }
.badge.hedged { background: #fde7c8; color: #8a4b00; }
.cue-text { color: var(--muted); font-style: italic; }
#popover { position: absolute; z-index: 10; max-width: 26rem; background: #1f2328; color: #fff; font: 13px/1.4 system-ui, sans-serif; padding: .45rem .6rem; border-radius: 6px; box-shadow: 0 4px 14px rgba(0,0,0,.25); }
#popover div + div { margin-top: .3rem; padding-top: .3rem; border-top: 1px solid #444; color: #d0d4da; }
.warnings { margin-top: 2.5rem; font: 13px/1.5 system-ui, sans-serif; color: var(--muted); }
.warnings code { color: #8a4b00; }
.missing { font: 14px/1.5 system-ui, sans-serif; color: #8a4b00; background: #fff4ea; padding: .6rem .8rem; border-radius: 6px; }
@media print {
  .layout { display: block; }
  aside#claims, .legend, #popover { display: none; }
}
@media (max-width: 900px) {
  .layout { grid-template-columns: 1fr; }
  main { padding: 1rem 1.2rem; }
  aside#claims { position: static; height: auto; border-left: 0; border-top: 1px solid var(--rule); }
}
`;
