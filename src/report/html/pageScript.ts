/**
 * The page's only script (inline, no dependencies, no network): it shows one step of each
 * trace at a time (buttons, the step list, ←/→ keys on the trace last used) and applies the
 * step's marks to the figure by switching classes and badge text; in a spof report, choosing
 * a fault set applies its marks. It never builds markup from data (no innerHTML).
 */
export const PAGE_SCRIPT = `(() => {
  const MARKS = ['failed', 'gray', 'blocked', 'active', 'master', 'primary', 'vip', 'root', 'unreachable', 'loop', 'alike'];
  const WORDS = { failed: 'down', gray: 'gray', master: 'MASTER', primary: 'Primary', vip: 'VIP', root: 'root', unreachable: 'unreachable', loop: 'loop' };
  function apply(container, marks) {
    const figure = container.querySelector('svg.picture');
    if (!figure) return;
    const byKey = new Map();
    for (const el of figure.querySelectorAll('[data-el]')) {
      for (const m of MARKS) el.classList.remove('m-' + m);
      byKey.set(el.getAttribute('data-el'), el);
    }
    const words = new Map();
    for (const [key, mark] of marks) {
      const el = byKey.get(key);
      if (el) el.classList.add('m-' + mark);
      const said = words.get(key) || [];
      if (WORDS[mark] && !said.includes(WORDS[mark])) words.set(key, [...said, WORDS[mark]]);
    }
    for (const badge of figure.querySelectorAll('[data-badge]')) badge.textContent = (words.get(badge.getAttribute('data-badge')) || []).join(' · ');
  }
  function show(trace, wanted) {
    const last = Number(trace.dataset.last);
    const at = Math.max(0, Math.min(last, wanted));
    trace.dataset.at = String(at);
    let marks = [];
    for (const step of trace.querySelectorAll('.step')) {
      const here = Number(step.dataset.step) === at;
      step.hidden = !here;
      if (here) marks = JSON.parse(step.dataset.marks);
    }
    for (const b of trace.querySelectorAll('.goto')) b.classList.toggle('current', Number(b.dataset.goto) === at);
    trace.querySelector('.position').textContent = (at === 0 ? 'initial state' : 'step ' + at) + ' (' + at + ' of ' + last + ')';
    trace.querySelector('.prev').disabled = at === 0;
    trace.querySelector('.next').disabled = at === last;
    apply(trace, marks);
  }
  const traces = [...document.querySelectorAll('section.trace')];
  let active = traces[0];
  for (const trace of traces) {
    show(trace, 0);
    const use = () => { active = trace; };
    trace.addEventListener('focusin', use);
    trace.addEventListener('pointerdown', use);
    trace.querySelector('.prev').addEventListener('click', () => show(trace, Number(trace.dataset.at) - 1));
    trace.querySelector('.next').addEventListener('click', () => show(trace, Number(trace.dataset.at) + 1));
    for (const b of trace.querySelectorAll('.goto')) b.addEventListener('click', () => show(trace, Number(b.dataset.goto)));
  }
  document.addEventListener('keydown', (e) => {
    if (!active || e.altKey || e.ctrlKey || e.metaKey) return;
    if (e.key === 'ArrowRight') show(active, Number(active.dataset.at) + 1);
    else if (e.key === 'ArrowLeft') show(active, Number(active.dataset.at) - 1);
    else return;
    e.preventDefault();
  });
  for (const section of document.querySelectorAll('section.spofreport')) {
    const rows = [...section.querySelectorAll('tr.faultset')];
    for (const row of rows) {
      row.querySelector('button.show').addEventListener('click', () => {
        for (const r of rows) r.classList.toggle('current', r === row);
        apply(section, JSON.parse(row.dataset.marks));
      });
    }
  }
})();
`;
