/* A small hand-written SVG line chart of one company's windows (no library). */
(function (global) {
  'use strict';
  const NS = 'http://www.w3.org/2000/svg';
  const W = 640, H = 260, PAD = { left: 44, right: 12, top: 12, bottom: 28 };

  function el(name, attrs, text) {
    const e = document.createElementNS(NS, name);
    Object.entries(attrs || {}).forEach(([k, v]) => e.setAttribute(k, String(v)));
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function timeLabel(ms, sizeMs) {
    const d = new Date(ms);
    const pad = n => String(n).padStart(2, '0');
    if (sizeMs >= 86400000) return `${d.getMonth() + 1}/${d.getDate()}`;
    if (sizeMs >= 3600000) return `${d.getMonth() + 1}/${d.getDate()} ${pad(d.getHours())}:00`;
    return `${pad(d.getHours())}:${pad(d.getMinutes())}`;
  }

  /**
   * Draws points ({windowStartMs, relevanceWeightedVolume, articleCount}) between fromMs and toMs into container.
   * The svg carries data-points (number of windows) and data-articles (their article total) for tests and tools.
   */
  function render(container, points, fromMs, toMs, sizeMs) {
    const svg = el('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': 'signal chart' });
    const sorted = points.slice().sort((a, b) => a.windowStartMs - b.windowStartMs);
    const maxY = Math.max(1, ...sorted.map(p => Math.max(p.relevanceWeightedVolume, p.articleCount)));
    const x = ms => PAD.left + (W - PAD.left - PAD.right) * Math.min(1, Math.max(0, (ms - fromMs) / Math.max(1, toMs - fromMs)));
    const y = v => H - PAD.bottom - (H - PAD.top - PAD.bottom) * (v / maxY);
    svg.setAttribute('data-points', sorted.length);
    svg.setAttribute('data-articles', sorted.reduce((s, p) => s + p.articleCount, 0));

    svg.appendChild(el('line', { class: 'axis', x1: PAD.left, y1: H - PAD.bottom, x2: W - PAD.right, y2: H - PAD.bottom }));
    svg.appendChild(el('line', { class: 'axis', x1: PAD.left, y1: PAD.top, x2: PAD.left, y2: H - PAD.bottom }));
    for (const v of [0, maxY / 2, maxY]) {
      svg.appendChild(el('text', { class: 'label', x: PAD.left - 6, y: y(v) + 4, 'text-anchor': 'end' }, Number(v.toFixed(1))));
      svg.appendChild(el('line', { class: 'axis', x1: PAD.left, y1: y(v), x2: W - PAD.right, y2: y(v), 'stroke-dasharray': '2 4' }));
    }
    for (const t of [fromMs, (fromMs + toMs) / 2, toMs]) {
      const anchor = t === fromMs ? 'start' : (t === toMs ? 'end' : 'middle');
      svg.appendChild(el('text', { class: 'label', x: x(t), y: H - 8, 'text-anchor': anchor }, timeLabel(t, sizeMs)));
    }
    if (sorted.length === 0) {
      svg.appendChild(el('text', { class: 'label', x: W / 2, y: H / 2, 'text-anchor': 'middle' }, 'no data in this range'));
    } else {
      const mid = p => x(p.windowStartMs + sizeMs / 2);
      svg.appendChild(el('polyline', { class: 'buzz', points: sorted.map(p => `${mid(p)},${y(p.relevanceWeightedVolume)}`).join(' ') }));
      for (const p of sorted) {
        const tip = `${p.windowStart}: ${p.articleCount} articles, buzz ${p.relevanceWeightedVolume}`;
        const dot = el('circle', { class: 'buzz-dot point', cx: mid(p), cy: y(p.relevanceWeightedVolume), r: 3.5 });
        dot.appendChild(el('title', {}, tip));
        svg.appendChild(dot);
        const count = el('circle', { class: 'count-dot', cx: mid(p), cy: y(p.articleCount), r: 2.5 });
        count.appendChild(el('title', {}, tip));
        svg.appendChild(count);
      }
    }
    container.replaceChildren(svg);
    return svg;
  }

  /**
   * Draws the mean sentiment ({windowStartMs, sentiment, novelArticles}) of the same windows on a fixed [-1, 1]
   * axis, under the buzz chart. Windows without novel articles have no sentiment and are left out.
   * The svg carries data-points (windows drawn) for tests and tools.
   */
  function renderSentiment(container, points, fromMs, toMs, sizeMs) {
    const SH = 120;
    const svg = el('svg', { viewBox: `0 0 ${W} ${SH}`, role: 'img', 'aria-label': 'sentiment chart', class: 'sentiment-chart' });
    const sorted = points.filter(p => p.novelArticles > 0).sort((a, b) => a.windowStartMs - b.windowStartMs);
    const x = ms => PAD.left + (W - PAD.left - PAD.right) * Math.min(1, Math.max(0, (ms - fromMs) / Math.max(1, toMs - fromMs)));
    const y = v => PAD.top + (SH - PAD.top - PAD.bottom) * (1 - (v + 1) / 2);
    svg.setAttribute('data-points', sorted.length);
    for (const v of [-1, 0, 1]) {
      svg.appendChild(el('text', { class: 'label', x: PAD.left - 6, y: y(v) + 4, 'text-anchor': 'end' }, v > 0 ? '+1' : String(v)));
      svg.appendChild(el('line', { class: v === 0 ? 'axis zero' : 'axis', x1: PAD.left, y1: y(v), x2: W - PAD.right, y2: y(v),
        'stroke-dasharray': v === 0 ? '' : '2 4' }));
    }
    if (sorted.length > 0) {
      const mid = p => x(p.windowStartMs + sizeMs / 2);
      svg.appendChild(el('polyline', { class: 'sentiment', points: sorted.map(p => `${mid(p)},${y(p.sentiment)}`).join(' ') }));
      for (const p of sorted) {
        const tone = p.sentiment > 0.1 ? 'pos' : (p.sentiment < -0.1 ? 'neg' : 'neu');
        const dot = el('circle', { class: `sentiment-dot ${tone}`, cx: mid(p), cy: y(p.sentiment), r: 3 });
        dot.appendChild(el('title', {}, `${p.windowStart}: sentiment ${p.sentiment} (${p.positiveMentions || 0}+ / ${p.negativeMentions || 0}− / ${p.neutralMentions || 0} neutral)`));
        svg.appendChild(dot);
      }
    }
    container.replaceChildren(svg);
    return svg;
  }

  global.NewsChart = { render, renderSentiment };
})(window);
