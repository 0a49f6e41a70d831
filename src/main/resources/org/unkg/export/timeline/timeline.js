/* unkg timeline page: one lane per body, zoom and pan, filters by body and type, labels in the six UN languages,
   evidence on click. Plain DOM and SVG, no library. Data: the JSON in #timeline-data (docs/timeline.md). */
(function () {
  'use strict';
  var SVG = 'http://www.w3.org/2000/svg';
  var DAY = 86400000;
  var data = JSON.parse(document.getElementById('timeline-data').textContent);
  var rows = data.rows || [];
  var labels = data.labels || {};
  var PALETTE = ['#1f77b4', '#d62728', '#2ca02c', '#ff7f0e', '#9467bd', '#8c564b', '#e377c2', '#17becf',
                 '#bcbd22', '#7f7f7f', '#393b79', '#ad494a', '#637939', '#8c6d31', '#843c39', '#5254a3', '#6b6ecf'];
  var LABEL_W = 190, AXIS_H = 28, LANE_H = 58, PAD = 12;

  var LANGS = Object.keys(labels);
  var state = { lang: data.query && LANGS.indexOf(data.query.lang) >= 0 ? data.query.lang : 'en', t0: 0, t1: 0, bodies: {}, types: {},
                selected: null };

  /* ---- dates ---- */
  function parseDay(iso) { var p = iso.split('-'); return Date.UTC(+p[0], p[1] ? +p[1] - 1 : 0, p[2] ? +p[2] : 1); }
  function startOf(iso) { return parseDay(iso); }
  function endOf(iso) {
    var p = iso.split('-');
    if (p.length === 3) { return parseDay(iso); }
    if (p.length === 2) { return Date.UTC(+p[0], +p[1], 1) - DAY; }
    return Date.UTC(+p[0] + 1, 0, 1) - DAY;
  }
  function rowStart(r) { return startOf(r.date || r.end_date); }
  function rowEnd(r) { return r.end_date ? endOf(r.end_date) : endOf(r.date); }

  /* ---- labels ---- */
  function L(key) { var l = labels[state.lang] || {}; return l[key] || (labels.en || {})[key] || key; }
  function typeLabel(t) { var l = (labels[state.lang] || {}).type || {}; return l[t] || t; }
  /* the label in the page's language, else English, else Arabic (the catalog's complete languages), else the key */
  function bodyLabel(b) {
    var all = b.labels || {};
    return all[state.lang] || all.en || b.label_en || all.ar || b.label_ar || b.key;
  }
  function rangeText(r) {
    if (r.date && r.end_date) { return r.date + ' – ' + r.end_date; }
    return r.date || ('… – ' + r.end_date);
  }

  /* ---- bodies, types, colours ---- */
  var bodies = [], bodyIndex = {}, types = [], colours = {};
  rows.forEach(function (r) {
    if (!bodyIndex[r.body.key]) { bodyIndex[r.body.key] = r.body; bodies.push(r.body); }
    if (types.indexOf(r.type) < 0) { types.push(r.type); }
  });
  types.sort();
  types.forEach(function (t, i) { colours[t] = PALETTE[i % PALETTE.length]; });
  bodies.forEach(function (b) { state.bodies[b.key] = true; });
  types.forEach(function (t) { state.types[t] = true; });

  function el(name, attrs, parent) {
    var e = document.createElementNS(SVG, name);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (parent) { parent.appendChild(e); }
    return e;
  }
  function h(tag, text, parent, cls) {
    var e = document.createElement(tag);
    if (text != null) { e.textContent = text; }
    if (cls) { e.className = cls; }
    if (parent) { parent.appendChild(e); }
    return e;
  }

  /* ---- filters ---- */
  function buildFilters() {
    ['body', 'type'].forEach(function (kind) {
      var box = document.querySelector('#' + kind + '-filters .list');
      box.textContent = '';
      (kind === 'body' ? bodies : types).forEach(function (item) {
        var value = kind === 'body' ? item.key : item;
        var label = h('label', null, box);
        var input = h('input', null, label, kind + '-filter');
        input.type = 'checkbox';
        input.value = value;
        input.checked = kind === 'body' ? state.bodies[value] : state.types[value];
        input.setAttribute('data-' + kind, value);
        input.addEventListener('change', function () {
          (kind === 'body' ? state.bodies : state.types)[value] = input.checked;
          render();
        });
        if (kind === 'type') {
          var sw = h('span', null, label, 'swatch');
          sw.style.background = colours[value];
        }
        h('span', kind === 'body' ? bodyLabel(item) + ' (' + item.key + ')' : typeLabel(item), label);
      });
    });
    document.querySelectorAll('[data-all],[data-none]').forEach(function (b) {
      var kind = b.getAttribute('data-all') || b.getAttribute('data-none');
      var on = b.hasAttribute('data-all');
      b.textContent = on ? L('all') : L('none');
      b.onclick = function () {
        var map = kind === 'body' ? state.bodies : state.types;
        Object.keys(map).forEach(function (k) { map[k] = on; });
        buildFilters();
        render();
      };
    });
  }

  function visibleRows() {
    return rows.filter(function (r) { return state.bodies[r.body.key] && state.types[r.type]; });
  }

  /* ---- time scale ---- */
  function fullExtent() {
    var lo = Infinity, hi = -Infinity;
    rows.forEach(function (r) { lo = Math.min(lo, rowStart(r)); hi = Math.max(hi, rowEnd(r)); });
    if (!isFinite(lo)) { lo = Date.UTC(2000, 0, 1); hi = Date.UTC(2010, 0, 1); }
    var pad = Math.max((hi - lo) * 0.05, 60 * DAY);
    return [lo - pad, hi + pad];
  }
  function resetView() { var e = fullExtent(); state.t0 = e[0]; state.t1 = e[1]; }
  function width() { return Math.max(400, document.getElementById('chart-wrap').clientWidth); }
  function x(t) { var w = width() - LABEL_W - PAD; return LABEL_W + (t - state.t0) / (state.t1 - state.t0) * w; }
  function tAt(px) { var w = width() - LABEL_W - PAD; return state.t0 + (px - LABEL_W) / w * (state.t1 - state.t0); }
  function zoom(factor, centerPx) {
    var c = centerPx == null ? (state.t0 + state.t1) / 2 : tAt(centerPx);
    var span = (state.t1 - state.t0) * factor;
    span = Math.max(span, 20 * DAY);
    span = Math.min(span, 400 * 365 * DAY);
    var ratio = (c - state.t0) / (state.t1 - state.t0);
    state.t0 = c - span * ratio;
    state.t1 = state.t0 + span;
    render();
  }

  function ticks() {
    var span = state.t1 - state.t0, out = [], d, step;
    var a = new Date(state.t0), y0 = a.getUTCFullYear();
    if (span > 3 * 365 * DAY) {
      step = Math.max(1, Math.ceil(span / (365 * DAY) / 12));
      for (var y = y0 - (y0 % step); Date.UTC(y, 0, 1) <= state.t1; y += step) {
        if (Date.UTC(y, 0, 1) >= state.t0) { out.push([Date.UTC(y, 0, 1), String(y)]); }
      }
    } else if (span > 90 * DAY) {
      step = Math.max(1, Math.ceil(span / (30 * DAY) / 12));
      for (d = new Date(Date.UTC(y0, a.getUTCMonth(), 1)); d.getTime() <= state.t1; d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + step, 1))) {
        if (d.getTime() >= state.t0) { out.push([d.getTime(), d.toISOString().slice(0, 7)]); }
      }
    } else {
      step = Math.max(1, Math.ceil(span / DAY / 12));
      for (var t = Date.UTC(y0, a.getUTCMonth(), a.getUTCDate()); t <= state.t1; t += step * DAY) {
        if (t >= state.t0) { out.push([t, new Date(t).toISOString().slice(0, 10)]); }
      }
    }
    return out;
  }

  /* ---- rendering ---- */
  function render() {
    var svg = document.getElementById('chart');
    var vis = visibleRows();
    var laneKeys = bodies.filter(function (b) { return state.bodies[b.key]; })
      .filter(function (b) { return vis.some(function (r) { return r.body.key === b.key; }); });
    var w = width();
    var height = AXIS_H + laneKeys.length * LANE_H + PAD;
    svg.setAttribute('width', w);
    svg.setAttribute('height', Math.max(height, 120));
    svg.setAttribute('viewBox', '0 0 ' + w + ' ' + Math.max(height, 120));
    svg.textContent = '';
    var axis = el('g', { 'class': 'axis' }, svg);
    ticks().filter(function (tk) { return x(tk[0]) >= LABEL_W; }).forEach(function (tk) {
      var g = el('g', { 'class': 'tick' }, axis);
      el('line', { x1: x(tk[0]), x2: x(tk[0]), y1: AXIS_H - 6, y2: height }, g);
      var tx = el('text', { x: x(tk[0]) + 3, y: AXIS_H - 10 }, g);
      tx.textContent = tk[1];
    });
    var defs = el('defs', {}, svg);
    var cp = el('clipPath', { id: 'plot-clip' }, defs);
    el('rect', { x: LABEL_W, y: 0, width: Math.max(0, w - LABEL_W), height: Math.max(height, 120) }, cp);
    var lanes = el('g', { 'class': 'lanes' }, svg);
    laneKeys.forEach(function (b, i) {
      var y = AXIS_H + i * LANE_H;
      var g = el('g', { 'class': 'lane', 'data-key': b.key }, lanes);
      el('rect', { 'class': 'lane-bg', x: 0, y: y, width: w, height: LANE_H }, g);
      var marks = el('g', { 'class': 'marks', 'clip-path': 'url(#plot-clip)' }, g);
      var rtl = state.lang === 'ar';
      var lx = rtl ? LABEL_W - 8 : 8;
      var name = el('text', { 'class': 'lane-label', x: lx, y: y + 22, 'text-anchor': 'start', direction: rtl ? 'rtl' : 'ltr' }, g);
      name.textContent = clip(bodyLabel(b), 26);
      el('title', {}, name).textContent = bodyLabel(b);
      var key = el('text', { 'class': 'lane-key', x: lx, y: y + 38, 'text-anchor': rtl ? 'end' : 'start' }, g);
      key.textContent = b.key;
      var clip0 = LABEL_W;
      var levels = [];
      vis.filter(function (r) { return r.body.key === b.key; }).forEach(function (r) {
        if (r.kind === 'period') { drawPeriod(marks, r, y, clip0); } else { drawEvent(marks, r, y, clip0, levels); }
      });
    });
    var empty = document.getElementById('empty');
    empty.hidden = vis.length > 0;
    empty.textContent = L('noRows');
    document.body.setAttribute('data-rows', String(vis.length));
    document.body.setAttribute('data-lanes', laneKeys.map(function (b) { return b.key; }).join(' '));
  }

  function clip(s, n) { return s.length > n ? s.slice(0, n - 1) + '…' : s; }

  function drawPeriod(parent, r, y, minX) {
    var x0 = Math.max(minX, x(rowStart(r))), x1 = x(rowEnd(r) + DAY);
    if (x1 < minX) { return; }
    var g = el('g', { 'class': 'event period', 'data-type': r.type, 'data-id': r.id, tabindex: 0 }, parent);
    el('rect', { 'class': 'bar', x: x0, y: y + 6, width: Math.max(2, x1 - x0), height: 12, fill: colours[r.type] }, g);
    if (x1 - x0 > 90) {
      el('text', { x: x0 + 4, y: y + 16 }, g).textContent = rangeText(r);
    }
    hook(g, r);
  }

  function drawEvent(parent, r, y, minX, levels) {
    var s = rowStart(r), e = rowEnd(r);
    var cx = x(s);
    if (cx < minX - 4) { return; }
    var level = 0;
    while (levels[level] != null && Math.abs(levels[level] - cx) < 14 && level < 2) { level++; }
    levels[level] = cx;
    var cy = y + 32 + level * 9;
    var g = el('g', { 'class': 'event', 'data-type': r.type, 'data-id': r.id, tabindex: 0 }, parent);
    if (r.end_date || r.date_precision !== 'day') {
      el('rect', { 'class': 'range', x: cx, y: cy - 5, width: Math.max(2, x(e + DAY) - cx), height: 10, fill: colours[r.type] }, g);
    }
    el('circle', { cx: cx, cy: cy, r: 6, fill: colours[r.type] }, g);
    hook(g, r);
  }

  function hook(g, r) {
    var quote = [];
    r.sources.forEach(function (s) { s.quotes.forEach(function (q) { quote.push(q); }); });
    el('title', {}, g).textContent = typeLabel(r.type) + ' — ' + bodyLabel(r.body) + ' — ' + rangeText(r)
      + (quote.length ? '\n«' + quote[0] + '»' : '');
    if (state.selected === r.id) { g.classList.add('selected'); }
    g.addEventListener('click', function () { select(r); });
    g.addEventListener('keydown', function (ev) { if (ev.key === 'Enter') { select(r); } });
  }

  /* ---- details ---- */
  function served() { return location.protocol === 'http:' || location.protocol === 'https:'; }

  function select(r) {
    state.selected = r.id;
    showDetails(r);
    render();
  }

  function showDetails(r) {
    var d = document.getElementById('details');
    d.textContent = '';
    d.setAttribute('dir', state.lang === 'ar' ? 'rtl' : 'ltr');
    if (!r) { h('p', L('hint'), d, 'meta'); return; }
    h('h2', typeLabel(r.type) + ' — ' + bodyLabel(r.body), d);
    h('p', rangeText(r) + (r.status ? ' · ' + L('status') + ': ' + r.status : ''), d, 'meta');
    if (r.participants.length) {
      h('p', L('participants') + ': ' + r.participants.map(bodyLabel).join('، '), d);
    }
    h('h3', L('evidence'), d);
    r.sources.forEach(function (s) {
      var box = h('div', null, d, 'source');
      var head = h('p', null, box);
      h('strong', (s.symbol || s.file || s.stem || '') + (s.date ? ' — ' + s.date : ''), head);
      if (s.file && s.symbol) { h('div', s.file, box, 'uri'); }
      s.quotes.forEach(function (q) { h('blockquote', q, box).setAttribute('dir', 'auto'); });
      if (served() && s.stem) {
        var a = h('a', L('openLetter'), box);
        a.href = '/page/letter/' + encodeURIComponent(s.stem);
        a.className = 'letter-link';
      }
    });
    h('p', r.body.uri, d, 'uri');
  }

  /* ---- interaction ---- */
  function applyLanguage() {
    document.documentElement.lang = state.lang;
    document.getElementById('title').textContent = L('title')
        + (data.query && data.query.subjects && data.query.subjects.length ? ' — ' + data.query.subjects.join(', ') : '');
    document.getElementById('zoom-reset').textContent = L('reset');
    document.getElementById('zoom-in').title = L('zoomIn');
    document.getElementById('zoom-out').title = L('zoomOut');
    var pick = document.getElementById('lang-select');
    pick.setAttribute('aria-label', L('language'));
    pick.title = L('language');
    pick.value = state.lang;
    document.querySelector('#body-filters legend').textContent = L('bodies');
    document.querySelector('#type-filters legend').textContent = L('types');
    document.getElementById('hint').textContent = L('hint');
    var undated = document.getElementById('undated');
    undated.hidden = !data.undated_left_out;
    undated.textContent = data.undated_left_out ? L('undated').replace('{n}', String(data.undated_left_out)) : '';
    document.getElementById('filters').setAttribute('dir', state.lang === 'ar' ? 'rtl' : 'ltr');
    buildFilters();
    var sel = rows.filter(function (r) { return r.id === state.selected; })[0];
    showDetails(sel);
    render();
  }

  function wire() {
    var svg = document.getElementById('chart');
    document.getElementById('zoom-in').onclick = function () { zoom(0.5); };
    document.getElementById('zoom-out').onclick = function () { zoom(2); };
    document.getElementById('zoom-reset').onclick = function () { resetView(); render(); };
    var pick = document.getElementById('lang-select');
    LANGS.forEach(function (code) {
      var o = document.createElement('option');
      o.value = code;
      o.textContent = (labels[code] || {}).languageName || code;
      o.lang = code;
      pick.appendChild(o);
    });
    pick.onchange = function () { state.lang = pick.value; applyLanguage(); };
    svg.addEventListener('wheel', function (ev) {
      ev.preventDefault();
      var rect = svg.getBoundingClientRect();
      zoom(ev.deltaY > 0 ? 1.25 : 0.8, ev.clientX - rect.left);
    }, { passive: false });
    var drag = null;
    svg.addEventListener('mousedown', function (ev) { drag = { x: ev.clientX, t0: state.t0, t1: state.t1 }; svg.classList.add('dragging'); });
    window.addEventListener('mousemove', function (ev) {
      if (!drag) { return; }
      var dt = (ev.clientX - drag.x) / (width() - LABEL_W - PAD) * (drag.t1 - drag.t0);
      state.t0 = drag.t0 - dt;
      state.t1 = drag.t1 - dt;
      render();
    });
    window.addEventListener('mouseup', function () { drag = null; svg.classList.remove('dragging'); });
    window.addEventListener('resize', render);
  }

  resetView();
  wire();
  applyLanguage();
  window.unkgTimeline = { state: state, render: render, zoom: zoom, select: select, rows: rows };
  document.body.setAttribute('data-ready', 'true');
})();
