// The eval viewer: renders the report embedded in the page as JSON. Every
// value from the report goes into the page as text (textContent), never
// as markup: model outputs are untrusted.
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('report').textContent);
  var head = data.head, results = data.results || [];
  var PAGE = 100;
  var shown = PAGE;

  function $(id) { return document.getElementById(id); }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function pct(n, d) { return d ? Math.round(100 * n / d) + '%' : '—'; }
  function money(x) { return x > 0 ? '$' + (x < 0.01 ? x.toFixed(4) : x.toFixed(2)) : ''; }
  function ms(x) { return x > 0 ? (x >= 1000 ? (x / 1000).toFixed(1) + ' s' : x + ' ms') : ''; }
  function short(s, n) { s = String(s).replace(/\s+/g, ' '); return s.length > n ? s.slice(0, n - 1) + '…' : s; }

  // --- header
  $('title').textContent = head.suite || 'eval report';
  document.title = (head.suite || 'eval report') + ' — bulletproof eval';
  if (head.description) { $('desc').textContent = head.description; } else { $('desc').hidden = true; }
  (function () {
    var st = head.stats || {}, p = $('stats');
    function part(text, cls) { var b = el('b', cls, text); p.appendChild(b); }
    part(st.total + ' cells'); p.appendChild(document.createTextNode(': '));
    part(st.passed + ' passed', 'good'); p.appendChild(document.createTextNode(', '));
    part(st.failed + ' failed', st.failed ? 'bad' : ''); p.appendChild(document.createTextNode(', '));
    p.appendChild(document.createTextNode(st.errors + ' errors, ' + st.skipped + ' skipped, ' + st.cached + ' cached'));
    if (st.cost > 0) p.appendChild(document.createTextNode(' · ' + money(st.cost)));
    if (st.tokens && st.tokens.prompt + st.tokens.completion > 0) p.appendChild(document.createTextNode(' · ' + st.tokens.prompt + '+' + st.tokens.completion + ' tokens'));
  })();

  var cells = {};
  (head.matrix || []).forEach(function (m) { cells[m.prompt + '\u0000' + m.provider] = m; });
  function cellOf(pr, pv) { return cells[pr + '\u0000' + pv]; }

  // promptGrid fills the table with a row a prompt and a column a provider;
  // cell makes each cell from the prompt, the provider and their matrix entry.
  function promptGrid(t, cell) {
    var thead = el('thead'), tr = el('tr');
    tr.appendChild(el('th', '', 'prompt'));
    head.providers.forEach(function (pv) { tr.appendChild(el('th', '', pv)); });
    thead.appendChild(tr); t.appendChild(thead);
    var body = el('tbody');
    head.prompts.forEach(function (pr) {
      var row = el('tr'), th = el('th', '', short(pr, 90));
      th.title = pr;
      row.appendChild(th);
      head.providers.forEach(function (pv) { row.appendChild(cell(pr, pv, cellOf(pr, pv))); });
      body.appendChild(row);
    });
    t.appendChild(body);
  }

  // --- the matrix: pass rate, cost and latency per prompt and provider
  promptGrid($('matrix'), function (pr, pv, m) {
    var td = el('td', 'cell');
    if (!m || m.total + m.errors + m.skipped === 0) { td.appendChild(el('span', 'small', '—')); return td; }
    var b = el('button');
    b.type = 'button';
    b.title = 'show ' + pr + ' · ' + pv;
    var rate = m.total ? m.passed / m.total : 0;
    b.appendChild(el('div', 'rate ' + (rate >= 0.9 ? 'good' : rate >= 0.6 ? 'warn' : 'bad'), m.total ? pct(m.passed, m.total) : 'skipped'));
    var bar = el('div', 'bar' + (rate >= 0.9 ? '' : rate >= 0.6 ? ' mid' : ' low')), fill = el('i');
    fill.style.width = Math.round(rate * 100) + '%';
    bar.appendChild(fill); b.appendChild(bar);
    var info = [m.passed + '/' + m.total];
    if (m.errors) info.push(m.errors + ' errors');
    if (m.skipped) info.push(m.skipped + ' skipped');
    b.appendChild(el('div', 'small', info.join(' · ')));
    var cl = [money(m.cost), ms(m.latency_ms)].filter(Boolean).join(' · ');
    if (cl) b.appendChild(el('div', 'small', cl));
    b.addEventListener('click', function () {
      setState({ prompt: pr, provider: pv, status: state.status, q: state.q });
      $('results-section').scrollIntoView();
    });
    td.appendChild(b);
    return td;
  });

  // --- fabrication: outputs the guard rejects, with a 95% Wilson interval
  if ((head.matrix || []).some(function (m) { return m.fabrication; })) {
    promptGrid($('fabrication'), function (pr, pv, m) {
      var f = m && m.fabrication, td = el('td');
      if (!f) { td.appendChild(el('span', 'small', '—')); return td; }
      td.appendChild(el('div', 'rate ' + (f.k === 0 ? 'good' : f.rate < 0.1 ? 'warn' : 'bad'), (100 * f.rate).toFixed(f.rate > 0 && f.rate < 0.1 ? 1 : 0) + '%'));
      td.appendChild(el('div', 'small', f.k + ' of ' + f.n + ' rejected'));
      td.appendChild(el('div', 'small', '95% CI ' + (100 * f.low).toFixed(1) + '–' + (100 * f.high).toFixed(1) + '%'));
      return td;
    });
  } else {
    $('fab-section').hidden = true;
  }

  // --- filters, kept in the address (#status=failed&provider=…&q=…)
  var state = { status: '', prompt: '', provider: '', q: '' };
  function fillSelect(sel, values, all) {
    sel.appendChild(new Option(all, ''));
    values.forEach(function (v) { sel.appendChild(new Option(short(v, 60), v)); });
  }
  fillSelect($('f-prompt'), head.prompts, 'all prompts');
  fillSelect($('f-provider'), head.providers, 'all providers');
  function readHash() {
    var p = new URLSearchParams(location.hash.slice(1));
    state = { status: p.get('status') || (p.get('failed') ? 'failed' : ''), prompt: p.get('prompt') || '', provider: p.get('provider') || '', q: p.get('q') || '' };
    $('f-status').value = state.status;
    $('f-prompt').value = state.prompt;
    $('f-provider').value = state.provider;
    $('f-q').value = state.q;
  }
  function setState(s) {
    var p = new URLSearchParams();
    Object.keys(s).forEach(function (k) { if (s[k]) p.set(k, s[k]); });
    var h = p.toString();
    if (('#' + h) === location.hash || (!h && !location.hash)) { readHash(); render(true); return; }
    location.hash = h;
  }
  function fromForm() {
    setState({ status: $('f-status').value, prompt: $('f-prompt').value, provider: $('f-provider').value, q: $('f-q').value });
  }
  ['f-status', 'f-prompt', 'f-provider'].forEach(function (id) { $(id).addEventListener('change', fromForm); });
  var typing;
  $('f-q').addEventListener('input', function () { clearTimeout(typing); typing = setTimeout(fromForm, 250); });
  $('filters').addEventListener('submit', function (e) { e.preventDefault(); fromForm(); });
  window.addEventListener('hashchange', function () { readHash(); render(true); });

  function segText(r) {
    if (!r._text) {
      var t = r.prompt + '\n' + r.provider + '\n' + r.test + '\n' + (r.error || '');
      [r.input, r.output].forEach(function (segs) { (segs || []).forEach(function (s) { t += s[0]; }); });
      (r.assertions || []).forEach(function (a) { t += '\n' + a.type + ' ' + a.reason; });
      r._text = t.toLowerCase();
    }
    return r._text;
  }
  function matches(r) {
    if (state.status === 'failed' && r.status !== 'fail' && r.status !== 'error') return false;
    if (state.status && state.status !== 'failed' && r.status !== state.status) return false;
    if (state.prompt && r.prompt !== state.prompt) return false;
    if (state.provider && r.provider !== state.provider) return false;
    if (state.q && segText(r).indexOf(state.q.toLowerCase()) < 0) return false;
    return true;
  }

  // segments are [text, flags, note]: flags 1 = changed (removed from the
  // input, added in the output), 2 = the guard's finding, 4 = a warning
  function textBox(segs, side) {
    var pre = el('pre', 'text');
    (segs || []).forEach(function (s) {
      var f = s[1] || 0;
      if (!f) { pre.appendChild(document.createTextNode(s[0])); return; }
      var cls = [];
      if (f & 1) cls.push(side === 'input' ? 'del' : 'ins');
      if (f & 2) cls.push('finding');
      if (f & 4) cls.push('warnf');
      var span = el(side === 'input' && f & 1 ? 'del' : f & 1 ? 'ins' : 'span', cls.join(' '), s[0]);
      if (s[2]) span.title = s[2];
      pre.appendChild(span);
    });
    return pre;
  }
  function card(r) {
    var a = el('article', 'result ' + r.status), h = el('header');
    h.appendChild(el('span', 'badge', r.status));
    var where = short(r.prompt, 80) + ' · ' + r.provider + ' · ' + (r.test || 'case') + (r.repeat ? ' #' + (r.repeat + 1) : '');
    h.appendChild(el('span', 'where', where));
    var meta = ['score ' + r.score, ms(r.latency_ms), money(r.cost), r.cached ? 'cached' : ''].filter(Boolean).join(' · ');
    h.appendChild(el('span', 'small', meta));
    a.appendChild(h);
    var pair = el('div', 'pair'), left = el('div', 'side'), right = el('div', 'side');
    left.appendChild(el('h3', '', r.input_label || 'input'));
    left.appendChild(textBox(r.input, 'input'));
    right.appendChild(el('h3', '', 'output'));
    if (r.output && r.output.length) right.appendChild(textBox(r.output, 'output'));
    else right.appendChild(el('p', 'small', r.status === 'skip' ? 'skipped: the provider cannot serve this prompt' : 'no output'));
    pair.appendChild(left); pair.appendChild(right);
    a.appendChild(pair);
    if (r.assertions && r.assertions.length) {
      var ul = el('ul', 'asserts');
      r.assertions.forEach(function (x) {
        var reason = x.reason || '';
        // a reason that names its type already ("guard rejects: …") stands alone
        var text = reason.toLowerCase().indexOf(String(x.type).toLowerCase()) === 0 ? reason : x.type + (reason ? ': ' + reason : '');
        ul.appendChild(el('li', x.pass ? '' : 'no', text));
      });
      a.appendChild(ul);
    }
    if (r.error) a.appendChild(el('p', 'err', 'error: ' + r.error));
    return a;
  }
  function render(reset) {
    if (reset) shown = PAGE;
    var list = $('results'), hits = results.filter(matches);
    list.textContent = '';
    var frag = document.createDocumentFragment();
    hits.slice(0, shown).forEach(function (r) { frag.appendChild(card(r)); });
    list.appendChild(frag);
    $('count').textContent = hits.length === results.length ? results.length + ' results' : hits.length + ' of ' + results.length + ' results';
    $('more').hidden = hits.length <= shown;
    $('more').textContent = 'Show ' + Math.min(PAGE, hits.length - shown) + ' more';
    var root = document.documentElement;
    root.setAttribute('data-rendered', String(Math.min(shown, hits.length)));
    root.setAttribute('data-scroll-width', String(root.scrollWidth));
  }
  $('more').addEventListener('click', function () { shown += PAGE; render(false); });
  readHash();
  render(true);
})();
