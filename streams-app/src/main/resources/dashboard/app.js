/* newspulse dashboard: REST for the initial state and the selected company, Server-Sent Events for live updates. */
(function () {
  'use strict';
  const RANGES = { '1m': 60 * 60000, '1h': 48 * 3600000, '1d': 60 * 86400000 };
  const state = { window: null, windows: [], company: null, companyName: null, refreshing: false };
  const $ = id => document.getElementById(id);

  async function getJson(url) {
    const r = await fetch(url, { headers: { Accept: 'application/json' } });
    const body = await r.json();
    if (!r.ok) throw new Error(body.error || r.status);
    return body;
  }

  function node(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }

  function sizeMs(label) {
    const n = parseInt(label, 10), u = label.replace(/^\d+/, '');
    return n * ({ ms: 1, s: 1000, m: 60000, h: 3600000, d: 86400000 }[u] || 60000);
  }

  /* ---- window switch ---- */
  function renderWindows() {
    const nav = $('windows');
    nav.replaceChildren(...state.windows.map(w => {
      const b = node('button', w === state.window ? 'active' : '', w);
      b.dataset.window = w;
      b.addEventListener('click', () => { state.window = w; renderWindows(); refreshTop(); refreshChart(); });
      return b;
    }));
    $('top-window').textContent = state.window ? `(${state.window} window)` : '';
  }

  /* ---- top list ---- */
  function renderTop(items) {
    const list = $('top-list');
    const max = Math.max(0.001, ...items.map(i => i.volume));
    list.replaceChildren(...items.map(i => {
      const li = node('li', i.companyId === state.company ? 'selected' : '');
      li.dataset.company = i.companyId;
      const name = node('span', 'name', i.companyName || i.companyId);
      if (i.linked === false) {
        const tag = node('span', 'unlinked', 'not in KB');
        tag.title = `found in the text, not in the knowledge base (${i.companyId})`;
        name.appendChild(tag);
      }
      if (i.spikeScore >= 2) {
        const badge = node('span', 'spike' + (i.spikeScore >= 3 ? ' hot' : ''), `spike ${i.spikeScore.toFixed(1)}σ`);
        badge.title = 'spike score (z-score against the company baseline)';
        name.appendChild(badge);
      }
      const meta = node('span', 'meta', `${i.volume.toFixed(2)} buzz · ${i.articleCount} art. · prev ${i.previousVolume.toFixed(2)}`);
      const bar = node('span', 'bar');
      bar.style.width = `${Math.max(2, 100 * i.volume / max)}%`;
      li.append(name, meta, bar);
      li.addEventListener('click', () => select(i.companyId, i.companyName));
      return li;
    }));
    $('top-empty').hidden = items.length > 0;
    if (!state.company && items.length > 0) select(items[0].companyId, items[0].companyName);
  }

  function renderUnlinked(items) {
    $('unlinked-list').replaceChildren(...items.map(i => {
      const li = node('li');
      li.dataset.company = i.companyId;
      li.append(node('span', 'name', i.companyName || i.companyId),
        node('span', 'meta', `${i.articleCount} art. · ${i.mentionCount} mentions · ${i.companyId}`));
      li.addEventListener('click', () => select(i.companyId, i.companyName));
      return li;
    }));
    $('unlinked-empty').hidden = items.length > 0;
  }

  async function refreshTop() {
    if (!state.window) return;
    const w = encodeURIComponent(state.window);
    try { renderTop(await getJson(`/api/top?window=${w}`)); } catch (e) { /* next event */ }
    try { renderUnlinked(await getJson(`/api/top?window=${w}&linked=false&limit=10`)); } catch (e) { /* next event */ }
  }

  /* ---- chart ---- */
  function select(id, name) {
    state.company = id;
    state.companyName = name || id;
    document.querySelectorAll('#top-list li').forEach(li => li.classList.toggle('selected', li.dataset.company === id));
    refreshChart();
    refreshArticles();
  }

  async function refreshChart() {
    if (!state.company || !state.window || state.refreshing) return;
    state.refreshing = true;
    const to = Date.now() + sizeMs(state.window);
    const from = to - (RANGES[state.window] || 60 * sizeMs(state.window));
    try {
      const s = await getJson(`/api/companies/${encodeURIComponent(state.company)}/signals?window=${state.window}&from=${from}&to=${to}`);
      $('chart-title').textContent = `${s.companyName || s.companyId} — ${state.window} windows`;
      $('chart').dataset.company = s.companyId;
      NewsChart.render($('chart'), s.points, from, to, sizeMs(state.window));
      NewsChart.renderSentiment($('sentiment'), s.points, from, to, sizeMs(state.window));
    } catch (e) {
      $('chart-title').textContent = `${state.companyName}: ${e.message}`;
    } finally {
      state.refreshing = false;
    }
  }

  /* ---- articles with highlighted mentions ---- */
  function highlightSpans(text, spans) {
    const frag = document.createDocumentFragment();
    let at = 0;
    (spans || []).slice().sort((a, b) => a[0] - b[0]).forEach(([s, e]) => {
      if (s < at || e > text.length || s >= e) return;
      frag.append(text.slice(at, s), node('mark', null, text.slice(s, e)));
      at = e;
    });
    frag.append(text.slice(at));
    return frag;
  }

  function highlightForms(text, forms) {
    const spans = [];
    const lower = text.toLowerCase();
    (forms || []).filter(f => f).forEach(f => {
      const needle = f.toLowerCase();
      for (let i = lower.indexOf(needle); i >= 0; i = lower.indexOf(needle, i + needle.length)) spans.push([i, i + f.length]);
    });
    return highlightSpans(text, spans);
  }

  function renderArticles(items) {
    $('articles').replaceChildren(...items.map(a => {
      const li = node('li');
      li.dataset.article = a.articleId;
      const title = node('div', 'title');
      title.lang = a.language || '';
      title.appendChild(a.title ? highlightSpans(a.title, a.titleSpans) : document.createTextNode(a.articleId));
      if (!a.novel) title.appendChild(node('span', 'dup', 'duplicate'));
      const sentiment = a.sentiment || 0;
      const polarity = sentiment > 0.1 ? 'pos' : (sentiment < -0.1 ? 'neg' : 'neu');
      const sBadge = node('span', `sentiment-badge ${polarity}`, `${sentiment > 0 ? '+' : ''}${sentiment.toFixed(2)}`);
      sBadge.title = `sentiment towards ${a.companyId}; article tone ${(a.tone || 0).toFixed(2)}`;
      title.appendChild(sBadge);
      (a.events || []).forEach(code => {
        const badge = node('span', 'event-badge', code.replace(/_/g, ' '));
        badge.dataset.event = code;
        title.appendChild(badge);
      });
      const meta = node('div', 'meta', `${a.companyId} · ${a.source} · ${new Date(a.publishedAt).toLocaleString()} · relevance ${a.relevance.toFixed(2)}`);
      li.append(title, meta);
      (a.snippets || []).slice(0, 2).forEach(s => {
        const p = node('div', 'snippet');
        p.lang = a.language || '';
        p.appendChild(highlightForms(s, a.surfaceForms));
        li.appendChild(p);
      });
      return li;
    }));
  }

  async function refreshArticles() {
    const q = state.company ? `?company=${encodeURIComponent(state.company)}&limit=20` : '?limit=20';
    $('articles-scope').textContent = state.company ? state.companyName : 'all companies';
    try { renderArticles(await getJson(`/api/articles${q}`)); } catch (e) { /* next event */ }
  }

  /* ---- alerts and stats ---- */
  function alertItem(a) {
    const li = node('li');
    li.dataset.seq = a.seq;
    const reason = a.reason || 'volume_spike';
    li.dataset.reason = reason;
    const head = node('div', null);
    head.append(node('span', `reason ${reason}`, reason.replace(/_/g, ' ')), ' ', a.message || `${a.companyName || a.companyId} spiked`);
    const meta = reason === 'high_impact_event'
      ? `${a.event ? a.event.replace(/_/g, ' ') : 'event'} · article ${a.articleId} · ${new Date(a.windowStart).toLocaleString()}`
      : `${a.window} window from ${new Date(a.windowStart).toLocaleString()} · score ${a.spikeScore.toFixed(1)} (threshold ${a.threshold})`;
    li.append(head, node('div', 'meta', meta));
    return li;
  }

  function addAlert(a) {
    const list = $('alerts');
    if (list.querySelector(`li[data-seq="${a.seq}"]`)) return;
    list.prepend(alertItem(a));
    while (list.children.length > 100) list.lastChild.remove();
    $('alerts-empty').hidden = true;
  }

  function renderStats(s) {
    const dup = s.duplicatesByKind || {};
    $('stat-articles').textContent = s.articlesIn;
    $('stat-originals').textContent = s.originals;
    $('stat-dup-exact').textContent = dup.exact || 0;
    $('stat-dup-near').textContent = dup.near || 0;
    $('stat-mentions').textContent = s.mentions;
    $('stat-alerts').textContent = s.alerts;
    $('stat-deadletters').textContent = s.deadLetters;
    const p95 = s.signalLatencyMs && s.signalLatencyMs.p95;
    $('stat-latency').textContent = p95 == null ? '–' : `${Math.round(p95)} ms`;
    $('instance').textContent = `instance ${s.instance} (${s.state})`;
  }

  /* ---- live updates ---- */
  function connect() {
    const es = new EventSource('/api/stream');
    es.onopen = () => { $('live').className = 'live on'; $('live').textContent = 'live'; };
    es.onerror = () => { $('live').className = 'live off'; $('live').textContent = 'reconnecting…'; };
    es.addEventListener('stats', e => renderStats(JSON.parse(e.data)));
    es.addEventListener('alert', e => addAlert(JSON.parse(e.data)));
    es.addEventListener('top', e => {
      const msg = JSON.parse(e.data);
      if (msg.window !== state.window) return;
      renderTop(msg.items);
      refreshChart();
      refreshArticles();
    });
  }

  async function init() {
    try {
      const cfg = await getJson('/api/config');
      state.windows = cfg.windows;
      state.window = cfg.windows[0];
    } catch (e) {
      state.windows = ['1m'];
      state.window = '1m';
    }
    renderWindows();
    getJson('/api/stats').then(renderStats).catch(() => {});
    getJson('/api/alerts?limit=50').then(list => list.reverse().forEach(addAlert)).catch(() => {});
    await refreshTop();
    refreshArticles();
    connect();
  }

  init();
})();
