// The page's only script, inlined. Click a highlight: a popover lists what it is
// (and what encloses it: a date inside a quote shows both). Click a claim in the
// panel: the article scrolls to it and it is highlighted (and the other way round). Legend buttons hide a
// category. It reads only the page's own data attributes; it fetches nothing.

export const SCRIPT = `
(() => {
  const pop = document.getElementById('popover');
  const article = document.querySelector('.article');
  const hide = () => { pop.hidden = true; };
  const show = (el) => {
    const lines = [];
    for (let n = el; n && n !== article; n = n.parentElement) {
      if (n.classList.contains('hl') && n.title) lines.push(n.title);
    }
    pop.replaceChildren(...lines.map((t) => { const d = document.createElement('div'); d.textContent = t; return d; }));
    pop.hidden = false;
    const r = el.getBoundingClientRect();
    const maxLeft = window.scrollX + document.documentElement.clientWidth - pop.offsetWidth - 8;
    pop.style.left = Math.max(8, Math.min(window.scrollX + r.left, maxLeft)) + 'px';
    pop.style.top = window.scrollY + r.bottom + 6 + 'px';
  };
  const select = (id) => {
    document.querySelectorAll('.current').forEach((n) => n.classList.remove('current'));
    const parts = document.querySelectorAll('[data-claim="' + CSS.escape(id) + '"]');
    parts.forEach((n) => n.classList.add('current'));
    const link = document.querySelector('.claim-link[data-target="' + CSS.escape(id) + '"]');
    if (link) link.classList.add('current');
    return { parts, link };
  };
  article.addEventListener('click', (e) => {
    const hl = e.target.closest('.hl');
    if (hl) { show(hl); return; }
    hide();
    // Clicking the text of a claim finds it in the panel.
    const claim = e.target.closest('.claim');
    if (claim) {
      const { link } = select(claim.dataset.claim);
      if (link) link.scrollIntoView({ block: 'nearest' });
    }
  });
  document.addEventListener('keydown', (e) => { if (e.key === 'Escape') hide(); });
  document.getElementById('claims').addEventListener('click', (e) => {
    const link = e.target.closest('.claim-link');
    if (!link) return;
    hide();
    const { parts } = select(link.dataset.target);
    if (parts.length) parts[0].scrollIntoView({ block: 'center' });
  });
  document.querySelectorAll('.legend button').forEach((b) => b.addEventListener('click', () => {
    const on = b.getAttribute('aria-pressed') !== 'true';
    b.setAttribute('aria-pressed', String(on));
    document.body.classList.toggle('off-' + b.dataset.kind, !on);
  }));
})();
`;
