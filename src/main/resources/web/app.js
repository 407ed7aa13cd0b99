// Rights Archive search page. No framework, no build step: plain DOM, fetch and the History API.
//
// Safety rule: every string that comes from the archive (titles, names, labels, URLs, body text) is inserted with
// textContent or setAttribute. The only HTML ever parsed is a search snippet, and only after checkedSnippet() has
// verified that its sole tags are <mark> and </mark> (the server escapes the text itself).
'use strict';

(function () {
  const I18N = window.ARCHIVE_I18N;
  const FILTER_DIMS = ['topic', 'province', 'city', 'person', 'role', 'event', 'lang'];
  const FACET_ORDER = ['topic', 'province', 'city', 'person', 'event', 'lang', 'year'];
  const DATE_KEYS = ['from', 'to', 'publishedFrom', 'publishedTo'];
  const SORTS = ['relevance', 'date', 'published'];
  const FACET_SHOWN = 8;
  const DATE_PATTERN = /^\d{4}(-\d{2}(-\d{2})?)?$/;

  const $ = (id) => document.getElementById(id);
  const labels = { topics: new Map(), provinces: new Map(), places: new Map(), people: new Map() };
  const expandedFacets = new Set();
  let state = parseState(location.search);
  let requestSeq = 0;
  let lookupsLoaded = null;

  // ---------- state <-> URL ----------

  function emptyFilters() {
    const filters = {};
    FILTER_DIMS.forEach((dim) => { filters[dim] = []; });
    return filters;
  }

  function parseState(search) {
    const params = new URLSearchParams(search);
    const s = { q: (params.get('q') || '').trim(), filters: emptyFilters(), sort: 'relevance', page: 1, size: null };
    FILTER_DIMS.forEach((dim) => {
      s.filters[dim] = unique(params.getAll(dim).map((v) => v.trim()).filter(Boolean));
    });
    DATE_KEYS.forEach((key) => {
      const v = (params.get(key) || '').trim();
      s[key] = DATE_PATTERN.test(v) ? fullDate(v, key === 'to' || key === 'publishedTo') : '';
    });
    s.sort = SORTS.includes(params.get('sort')) ? params.get('sort') : 'relevance';
    const page = parseInt(params.get('page'), 10);
    s.page = page > 0 ? page : 1;
    const size = parseInt(params.get('size'), 10);
    s.size = size > 0 ? size : null;
    const ui = params.get('ui');
    s.ui = ui === 'zh' || ui === 'en' ? ui : (navigator.language || '').toLowerCase().startsWith('zh') ? 'zh' : 'en';
    const view = params.get('view');
    s.view = (view === 'doc' || view === 'person') && params.get('id') ? view : 'search';
    s.id = s.view === 'search' ? '' : params.get('id');
    return s;
  }

  /**
   * A shared link may give a year or a month (from=2002&to=2003), as the API takes them; the date inputs need a day:
   * the first of the period, or its last for an end date.
   */
  function fullDate(v, end) {
    if (v.length === 10) return v;
    if (v.length === 4) return v + (end ? '-12-31' : '-01-01');
    const [year, month] = v.split('-').map(Number);
    if (month < 1 || month > 12) return '';
    const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return v + (end ? '-' + String(lastDay).padStart(2, '0') : '-01');
  }

  /** Query parameters of the search itself: what /api/search, export and the feed take. */
  function searchParams(s, withPaging) {
    const p = new URLSearchParams();
    if (s.q) p.set('q', s.q);
    FILTER_DIMS.forEach((dim) => s.filters[dim].forEach((v) => p.append(dim, v)));
    DATE_KEYS.forEach((key) => { if (s[key]) p.set(key, s[key]); });
    if (s.sort !== 'relevance') p.set('sort', s.sort);
    if (withPaging) {
      if (s.page > 1) p.set('page', String(s.page));
      if (s.size) p.set('size', String(s.size));
    }
    return p;
  }

  function pageUrl(s) {
    const p = searchParams(s, true);
    if (s.view !== 'search') {
      p.set('view', s.view);
      p.set('id', s.id);
    }
    p.set('ui', s.ui);
    return '/?' + p.toString();
  }

  function withState(changes) {
    const next = {
      ...state,
      filters: Object.fromEntries(FILTER_DIMS.map((d) => [d, state.filters[d].slice()])),
    };
    return Object.assign(next, changes);
  }

  /** A search state derived from the current one; any change of the search itself goes back to page 1. */
  function searchState(change) {
    const next = withState({ view: 'search', id: '', page: 1 });
    change(next);
    return next;
  }

  function navigate(next) {
    const url = pageUrl(next);
    if (url !== location.pathname + location.search) {
      history.pushState(null, '', url);
    }
    const viewChanged = next.view !== state.view || next.id !== state.id;
    state = next;
    render({ focusView: viewChanged });
  }

  window.addEventListener('popstate', () => {
    state = parseState(location.search);
    render({ focusView: false });
  });

  // ---------- helpers ----------

  function unique(values) {
    return Array.from(new Set(values));
  }

  function t(key, ...args) {
    const table = I18N[state.ui] || I18N.en;
    let text = key in table ? table[key] : key in I18N.en ? I18N.en[key] : key;
    args.forEach((arg, i) => { text = text.replace('{' + i + '}', String(arg)); });
    return text;
  }

  function has(key) {
    return key in I18N.en;
  }

  /** Creates an element; text goes in as textContent, attributes through setAttribute. */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    if (attrs) {
      Object.entries(attrs).forEach(([name, value]) => {
        if (value === null || value === undefined || value === false) return;
        if (name === 'text') node.textContent = String(value);
        else if (name === 'class') node.className = value;
        else if (name === 'hidden') node.hidden = true;
        else node.setAttribute(name, value === true ? '' : String(value));
      });
    }
    children.flat().forEach((child) => {
      if (child === null || child === undefined || child === false) return;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    });
    return node;
  }

  /** An in-page link: a real href (opens in a new tab, can be copied) that navigates without reloading. */
  function navLink(next, text, attrs) {
    const a = el('a', Object.assign({ href: pageUrl(next), 'data-nav': '' }, attrs || {}), text);
    return a;
  }

  /** http(s) or same-site URLs only: never javascript:, data: or other schemes from archived content. */
  function safeHref(url) {
    if (typeof url !== 'string' || !url) return null;
    try {
      const parsed = new URL(url, location.href);
      return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
    } catch (e) {
      return null;
    }
  }

  /**
   * A page imported from a file without a canonical URL has a file: URL: the maintainer's folders are nobody's
   * business, so only the file's name is shown.
   */
  function importedName(url) {
    const path = String(url).replace(/[?#].*$/, '');
    let name = path.substring(path.lastIndexOf('/') + 1);
    try {
      name = decodeURIComponent(name);
    } catch (e) {
      // a malformed escape: show it as it is
    }
    return t('importedFile') + name;
  }

  function externalLink(url, text) {
    const href = safeHref(url);
    if (!href) return el('span', { class: 'url', text: text || (String(url || '').startsWith('file:') ? importedName(url) : url || '') });
    return el('a', { href, rel: 'noopener noreferrer nofollow', target: '_blank', class: 'url' }, text || url);
  }

  /** A BCP 47 tag for the lang attribute, so CJK text gets the right glyphs; null when malformed. */
  function langTag(tag) {
    return typeof tag === 'string' && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(tag) ? tag : null;
  }

  /**
   * The snippet as a fragment. It is parsed as HTML only when its only tags are exactly <mark> and </mark>;
   * anything else (a tag, an attribute, a comment) means it was not escaped, so it is shown as plain text.
   */
  function checkedSnippet(html) {
    const span = el('span', { class: 'snippet-text' });
    if (typeof html !== 'string') return span;
    if (/<(?!\/?mark>)/i.test(html)) {
      span.textContent = html;
    } else {
      span.innerHTML = html;
    }
    return span;
  }

  function prettyId(id) {
    return String(id).split('-').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
  }

  function rememberPerson(p) {
    if (!p || !p.id) return;
    const known = labels.people.get(p.id) || {};
    labels.people.set(p.id, { name: p.name || known.name, nameZh: p.nameZh || known.nameZh });
  }

  function rememberTopic(tp) {
    if (!tp || !tp.id) return;
    const known = labels.topics.get(tp.id) || {};
    labels.topics.set(tp.id, { label: tp.label || known.label, labelZh: tp.labelZh || known.labelZh });
  }

  function rememberPlace(pl) {
    if (!pl) return;
    if (pl.province && pl.provinceZh) labels.provinces.set(pl.province, pl.provinceZh);
    if (pl.name && pl.nameZh) labels.places.set(pl.name, pl.nameZh);
  }

  function topicLabel(id) {
    const known = labels.topics.get(id) || {};
    if (state.ui === 'zh' && known.labelZh) return known.labelZh;
    // Without a taxonomy the API labels a topic with its id: a slug reads better capitalized.
    return known.label && known.label !== id ? known.label : prettyId(id);
  }

  function provinceLabel(name) {
    if (state.ui !== 'zh') return name;
    return labels.provinces.get(name) || window.ARCHIVE_PROVINCES_ZH[name] || name;
  }

  function placeLabel(place) {
    if (state.ui !== 'zh') return place.name;
    if (place.nameZh || labels.places.get(place.name)) return place.nameZh || labels.places.get(place.name);
    return place.kind === 'province' || place.name === place.province ? provinceLabel(place.name) : place.name;
  }

  function personLabel(id) {
    const known = labels.people.get(id) || {};
    if (state.ui === 'zh' && known.nameZh) return known.nameZh;
    return known.name || prettyId(id);
  }

  function langLabel(tag) {
    return has('lang_' + tag) ? t('lang_' + tag) : tag;
  }

  function eventLabel(type) {
    return has('event_' + type) ? t('event_' + type) : type;
  }

  function kindLabel(kind) {
    return has('kind_' + kind) ? t('kind_' + kind) : kind;
  }

  function roleLabel(role) {
    return has('role_' + role) ? t('role_' + role) : role;
  }

  function valueLabel(dim, value) {
    switch (dim) {
      case 'topic': return topicLabel(value);
      case 'province': return provinceLabel(value);
      case 'city': return placeLabel({ name: value, kind: 'prefecture' });
      case 'person': return personLabel(value);
      case 'event': return eventLabel(value);
      case 'lang': return langLabel(value);
      case 'role': return roleLabel(value);
      default: return value;
    }
  }

  async function getJson(url) {
    const response = await fetch(url, { headers: { Accept: 'application/json' } });
    if (!response.ok) {
      let message = response.status + ' ' + response.statusText;
      try {
        const body = await response.text();
        try {
          const json = JSON.parse(body);
          message = json.message || json.error || json.title || message;
        } catch (e) {
          if (body && body.length < 500) message = body;
        }
      } catch (e) { /* keep the status line */ }
      const error = new Error(message);
      error.status = response.status;
      throw error;
    }
    return response.json();
  }

  /** Topic labels in both languages, loaded once; the page works (with readable ids) if this fails. */
  function loadLookups() {
    if (!lookupsLoaded) {
      lookupsLoaded = getJson('/api/topics')
        .then((data) => listOf(data, 'topics').forEach(rememberTopic))
        .catch(() => {});
    }
    return lookupsLoaded;
  }

  function listOf(data, key) {
    if (Array.isArray(data)) return data;
    if (data && Array.isArray(data[key])) return data[key];
    return [];
  }

  // ---------- interface language ----------

  function applyInterfaceLanguage() {
    document.documentElement.lang = state.ui === 'zh' ? 'zh-Hans' : 'en';
    document.querySelectorAll('[data-i18n]').forEach((node) => { node.textContent = t(node.dataset.i18n); });
    document.querySelectorAll('[data-i18n-title]').forEach((node) => { node.title = t(node.dataset.i18nTitle); });
    document.querySelectorAll('[data-i18n-placeholder]').forEach((node) => {
      node.setAttribute('placeholder', t(node.dataset.i18nPlaceholder));
    });
    document.querySelectorAll('[data-i18n-aria]').forEach((node) => {
      node.setAttribute('aria-label', t(node.dataset.i18nAria));
    });
    document.querySelectorAll('.ui-lang-button').forEach((button) => {
      button.setAttribute('aria-pressed', String(button.dataset.ui === state.ui));
    });
  }

  // ---------- rendering ----------

  function render(options) {
    applyInterfaceLanguage();
    syncControls();
    updateExportLinks();
    $('search-view').hidden = state.view !== 'search';
    $('doc-view').hidden = state.view !== 'doc';
    $('person-view').hidden = state.view !== 'person';
    document.body.dataset.view = state.view;
    const seq = ++requestSeq;
    const lookups = loadLookups();
    let work;
    if (state.view === 'doc') work = renderDocument(seq, lookups);
    else if (state.view === 'person') work = renderPerson(seq, lookups);
    else work = renderSearch(seq, lookups);
    work.then(() => {
      if (seq !== requestSeq) return;
      if (options && options.focusView) {
        const heading = document.querySelector('.view:not([hidden]) h1');
        if (heading) {
          heading.setAttribute('tabindex', '-1');
          heading.focus({ preventScroll: true });
        }
        window.scrollTo(0, 0);
      }
      document.body.dataset.ready = String(seq);
    });
  }

  function syncControls() {
    const q = $('q');
    if (document.activeElement !== q || !q.value) q.value = state.q;
    DATE_KEYS.forEach((key) => { $(key).value = state[key]; });
    $('sort').value = state.sort;
    $('brand').setAttribute('href', '/?ui=' + state.ui);
  }

  function updateExportLinks() {
    const params = searchParams(state, false);
    const withFormat = (format) => {
      const p = new URLSearchParams(params);
      p.set('format', format);
      // The export's own default order is by event date; a download must list what the page lists, in its order.
      p.set('sort', state.sort);
      return '/api/export?' + p.toString();
    };
    $('export-csv').setAttribute('href', withFormat('csv'));
    $('export-events').setAttribute('href', withFormat('events'));
    $('export-jsonl').setAttribute('href', withFormat('jsonl'));
    // A feed is always newest-published first (its own default), whatever order the page shows.
    const feedParams = new URLSearchParams(params);
    feedParams.delete('sort');
    const feed = '/api/feed.atom' + (feedParams.toString() ? '?' + feedParams.toString() : '');
    $('feed-atom').setAttribute('href', feed);
    $('feed-link').setAttribute('href', feed);
    $('export').setAttribute('aria-label', t('exportLabel'));
  }

  async function renderSearch(seq, lookups) {
    document.title = (state.q ? state.q + ' — ' : '') + t('appName');
    $('results').setAttribute('aria-busy', 'true');
    $('results-heading').textContent = t('loading');
    const error = $('search-error');
    let result;
    try {
      [result] = await Promise.all([getJson('/api/search?' + searchParams(state, true).toString()), lookups]);
    } catch (e) {
      if (seq !== requestSeq) return;
      error.textContent = t('errorPrefix') + e.message;
      error.hidden = false;
      $('results-heading').textContent = '';
      $('results').replaceChildren();
      $('pager').replaceChildren();
      $('facets').replaceChildren();
      $('results').removeAttribute('aria-busy');
      renderActiveFilters();
      return;
    }
    if (seq !== requestSeq) return;
    error.hidden = true;
    ((result.facets || {}).person || []).forEach((c) => rememberPerson({ id: c.value, name: c.label, nameZh: c.labelZh }));
    (result.hits || []).forEach((hit) => {
      (hit.people || []).forEach(rememberPerson);
      (hit.topics || []).forEach(rememberTopic);
      (hit.places || []).forEach(rememberPlace);
    });
    const total = Number(result.total) || 0;
    $('results-heading').textContent = result.estimated === true
      ? t('resultsAbout', total.toLocaleString())
      : total === 1 ? t('result1') : t('results', total.toLocaleString());
    renderActiveFilters();
    renderPersonBanner();
    facetsEstimated = result.estimated === true;
    renderFacets(result.facets || {});
    renderHits(result.hits || [], total);
    renderPager(total, Number(result.page) || state.page, Number(result.size) || state.size || 10);
    $('results').removeAttribute('aria-busy');
  }

  function renderActiveFilters() {
    const box = $('active-filters');
    const chips = [];
    FILTER_DIMS.forEach((dim) => state.filters[dim].forEach((value) => {
      chips.push(removableChip(t('facet_' + dim) + t('colon') + valueLabel(dim, value), searchState((s) => {
        s.filters[dim] = s.filters[dim].filter((v) => v !== value);
      })));
    }));
    const dateChip = (key, legend) => {
      if (!state[key]) return;
      const label = t(legend) + ' ' + t(key.toLowerCase().endsWith('from') ? 'dateFrom' : 'dateTo') + ' ' + state[key];
      chips.push(removableChip(label, searchState((s) => { s[key] = ''; })));
    };
    dateChip('from', 'eventDate');
    dateChip('to', 'eventDate');
    dateChip('publishedFrom', 'publishedDate');
    dateChip('publishedTo', 'publishedDate');
    if (!chips.length) {
      box.replaceChildren();
      return;
    }
    const clearAll = navLink(searchState((s) => {
      s.filters = emptyFilters();
      DATE_KEYS.forEach((key) => { s[key] = ''; });
    }), t('clearAll'), { class: 'clear-all' });
    box.replaceChildren(el('h3', { class: 'visually-hidden', text: t('activeFilters') }),
      el('ul', { class: 'chip-list', 'aria-label': t('activeFilters') }, chips.map((c) => el('li', null, c))),
      clearAll);
  }

  function removableChip(label, next) {
    const remove = el('span', { class: 'chip-x', 'aria-hidden': 'true', text: '×' });
    return navLink(next, [el('span', { text: label }), remove],
      { class: 'chip chip-active', 'aria-label': t('removeFilter') + ': ' + label });
  }

  function renderPersonBanner() {
    const banner = $('person-banner');
    const people = state.filters.person;
    if (!people.length) {
      banner.hidden = true;
      banner.replaceChildren();
      return;
    }
    banner.replaceChildren(...people.map((id) => navLink(withState({ view: 'person', id }),
      t('openPersonPage', personLabel(id)) + ' →', { class: 'person-link' })));
    banner.hidden = false;
  }

  function yearRange(year) {
    return { from: year + '-01-01', to: year + '-12-31' };
  }

  function isYearSelected(year) {
    const range = yearRange(year);
    return state.from === range.from && state.to === range.to;
  }

  // A large result set's facet counts are estimated from a sample: they are shown as such.
  let facetsEstimated = false;

  function countText(c) {
    return (facetsEstimated && Number(c.count) > 0 ? '≈' : '') + String(c.count);
  }

  function renderFacets(facets) {
    const container = $('facets');
    const sections = [];
    FACET_ORDER.forEach((dim) => {
      let counts = Array.isArray(facets[dim]) ? facets[dim].slice() : [];
      counts.forEach((c) => {
        if (dim === 'topic' && (c.label || c.labelZh)) {
          rememberTopic({ id: c.value, label: c.label, labelZh: c.labelZh });
        }
        if (dim === 'province' && c.labelZh) labels.provinces.set(c.value, c.labelZh);
      });
      if (dim !== 'year') {
        // A selected value stays visible (with its count, or 0) so that it can be unselected here too.
        state.filters[dim].forEach((value) => {
          if (!counts.some((c) => c.value === value)) counts.push({ value, count: 0 });
        });
      } else {
        counts.sort((a, b) => String(a.value).localeCompare(String(b.value)));
      }
      if (!counts.length) return;
      sections.push(dim === 'year' ? yearFacet(counts) : valueFacet(dim, counts));
    });
    container.replaceChildren(...sections);
  }

  function valueFacet(dim, counts) {
    const title = t('facet_' + dim);
    const headingId = 'facet-' + dim + '-heading';
    const expanded = expandedFacets.has(dim);
    const selected = new Set(state.filters[dim]);
    const items = counts.map((c, i) => {
      const value = String(c.value);
      const isOn = selected.has(value);
      const label = valueLabel(dim, value);
      const button = el('button', {
        type: 'button',
        class: 'facet-value',
        'aria-pressed': String(isOn),
        'aria-label': t('filterBy', title, label) + ' (' + countText(c) + ')',
        'data-dim': dim,
        'data-value': value,
      }, el('span', { class: 'facet-label', text: label }),
      el('span', { class: 'facet-count', text: countText(c) }));
      if (dim === 'lang' && langTag(value)) button.firstChild.setAttribute('lang', value);
      button.addEventListener('click', () => navigate(searchState((s) => {
        s.filters[dim] = isOn ? s.filters[dim].filter((v) => v !== value) : s.filters[dim].concat([value]);
      })));
      const li = el('li', { class: 'facet-item' }, button);
      if (dim === 'person') {
        li.append(navLink(withState({ view: 'person', id: value }), '→', {
          class: 'facet-profile',
          'aria-label': t('openPersonPage', label),
          title: t('personPage'),
        }));
      }
      if (!expanded && i >= FACET_SHOWN && !isOn) li.hidden = true;
      return li;
    });
    const section = el('section', { class: 'facet', 'aria-labelledby': headingId, 'data-facet': dim },
      el('h3', { id: headingId, text: title }),
      el('ul', { class: 'facet-values' }, items));
    if (counts.length > FACET_SHOWN) {
      const more = el('button', { type: 'button', class: 'link-button facet-more', 'aria-expanded': String(expanded) },
        expanded ? t('showFewer') : t('showMore') + ' (' + (counts.length - FACET_SHOWN) + ')');
      more.addEventListener('click', () => {
        if (expandedFacets.has(dim)) expandedFacets.delete(dim);
        else expandedFacets.add(dim);
        const replacement = valueFacet(dim, counts);
        section.replaceWith(replacement);
        replacement.querySelector('.facet-more').focus();
      });
      section.append(more);
    }
    return section;
  }

  function yearFacet(counts) {
    const title = t('facet_year');
    const max = Math.max(1, ...counts.map((c) => Number(c.count) || 0));
    const items = counts.map((c) => {
      const year = String(c.value);
      const isOn = isYearSelected(year);
      const bar = el('span', { class: 'year-bar', 'aria-hidden': 'true' });
      // CSSOM, not a style attribute: allowed under a CSP without 'unsafe-inline'.
      bar.style.width = Math.max(4, Math.round((100 * (Number(c.count) || 0)) / max)) + '%';
      const button = el('button', {
        type: 'button',
        class: 'facet-value year-value',
        'aria-pressed': String(isOn),
        'aria-label': t('filterBy', title, year) + ' (' + countText(c) + ')',
        'data-dim': 'year',
        'data-value': year,
      }, el('span', { class: 'facet-label', text: year }), el('span', { class: 'year-track' }, bar),
      el('span', { class: 'facet-count', text: countText(c) }));
      button.addEventListener('click', () => navigate(searchState((s) => {
        const range = isOn ? { from: '', to: '' } : yearRange(year);
        s.from = range.from;
        s.to = range.to;
      })));
      return el('li', { class: 'facet-item' }, button);
    });
    return el('section', { class: 'facet facet-year', 'aria-labelledby': 'facet-year-heading', 'data-facet': 'year' },
      el('h3', { id: 'facet-year-heading', text: title }), el('ul', { class: 'facet-values' }, items));
  }

  function filterChip(dim, value, label, extraClass) {
    const isOn = state.filters[dim].includes(value);
    const next = searchState((s) => {
      s.filters[dim] = isOn ? s.filters[dim].filter((v) => v !== value) : s.filters[dim].concat([value]);
    });
    return navLink(next, label, {
      class: 'chip ' + extraClass + (isOn ? ' chip-on' : ''),
      'aria-label': t('filterBy', t('facet_' + dim), label),
      'aria-pressed': String(isOn),
      role: 'button',
      'data-dim': dim,
      'data-value': value,
    });
  }

  function renderHits(hits, total) {
    const list = $('results');
    if (!hits.length) {
      // A page past the end (an old link, a shrunk result): say so, and offer the first page.
      list.replaceChildren(total > 0
        ? el('li', { class: 'no-results' }, t('pastEnd') + ' ', navLink(withState({ page: 1 }), t('firstPage')))
        : el('li', { class: 'no-results', text: t('noResults') }));
      return;
    }
    list.replaceChildren(...hits.map((hit) => {
      const title = navLink(withState({ view: 'doc', id: hit.id }), hit.title || hit.url || hit.id, {
        class: 'result-title',
        lang: langTag(hit.language),
      });
      const meta = el('p', { class: 'result-meta' });
      if (hit.date) meta.append(el('time', { datetime: hit.date, text: hit.date }));
      if (hit.language) meta.append(el('span', { class: 'result-lang', text: langLabel(hit.language) }));
      const provinces = unique((hit.places || []).map((p) => p.province).filter(Boolean));
      if (provinces.length) {
        const separator = state.ui === 'zh' ? '、' : ', ';
        meta.append(el('span', { class: 'result-places', text: provinces.map(provinceLabel).join(separator) }));
      }
      if (hit.url) meta.append(externalLink(hit.url, hostOf(hit.url)));
      const snippet = el('p', { class: 'snippet', lang: langTag(hit.language) }, checkedSnippet(hit.snippet));
      const chips = el('div', { class: 'chips' });
      (hit.topics || []).forEach((tp) => chips.append(filterChip('topic', tp.id, topicLabel(tp.id), 'chip-topic')));
      unique((hit.people || []).map((p) => p.id)).forEach((id) => {
        chips.append(filterChip('person', id, personLabel(id), 'chip-person'));
      });
      return el('li', { class: 'result' }, el('h2', { class: 'result-heading' }, title), meta, snippet,
        chips.childNodes.length ? chips : null);
    }));
  }

  function hostOf(url) {
    if (String(url).startsWith('file:')) return importedName(url);
    try {
      return new URL(url).host || url;
    } catch (e) {
      return url;
    }
  }

  function renderPager(total, page, size) {
    const pager = $('pager');
    const pages = Math.max(1, Math.ceil(total / Math.max(1, size)));
    if (pages <= 1) {
      pager.replaceChildren();
      return;
    }
    const items = [];
    const go = (n) => withState({ page: n });
    if (page > 1) items.push(navLink(go(page - 1), t('previous'), { rel: 'prev', class: 'pager-step' }));
    const shown = new Set([1, pages, page - 2, page - 1, page, page + 1, page + 2].filter((n) => n >= 1 && n <= pages));
    let last = 0;
    Array.from(shown).sort((a, b) => a - b).forEach((n) => {
      if (n - last > 1) items.push(el('span', { class: 'pager-gap', text: '…' }));
      items.push(n === page
        ? el('span', { class: 'pager-current', 'aria-current': 'page', text: String(n) })
        : navLink(go(n), String(n), { 'aria-label': t('pageN', n) }));
      last = n;
    });
    if (page < pages) items.push(navLink(go(page + 1), t('next'), { rel: 'next', class: 'pager-step' }));
    pager.replaceChildren(...items);
  }

  // ---------- document view ----------

  function backLink() {
    return navLink(withState({ view: 'search', id: '' }), t('backToResults'), { class: 'back-link' });
  }

  function showLoadError(view, e) {
    view.replaceChildren(backLink(), el('h1', { text: e.status === 404 ? t('notFound') : t('loadError') + e.message }));
  }

  async function renderDocument(seq, lookups) {
    const view = $('doc-view');
    view.setAttribute('aria-busy', 'true');
    let doc;
    try {
      [doc] = await Promise.all([getJson('/api/documents/' + encodeURIComponent(state.id)), lookups]);
    } catch (e) {
      if (seq === requestSeq) showLoadError(view, e);
      view.removeAttribute('aria-busy');
      return;
    }
    if (seq !== requestSeq) return;
    const ann = { people: doc.people, places: doc.places, events: doc.events, topics: doc.topics };
    (ann.people || []).forEach(rememberPerson);
    (ann.topics || []).forEach(rememberTopic);
    (ann.places || []).forEach(rememberPlace);
    const lang = langTag(doc.language);
    document.title = (doc.title || doc.id) + ' — ' + t('appName');

    const meta = el('dl', { class: 'doc-meta' });
    const metaRow = (term, ...value) => meta.append(el('dt', { text: term }), el('dd', null, ...value));
    if (doc.date) metaRow(t('published'), el('time', { datetime: doc.date, text: doc.date }));
    if (doc.language) metaRow(t('language'), langLabel(doc.language));
    if (doc.url) metaRow(t('source'), externalLink(doc.url));
    if (doc.otherUrls && doc.otherUrls.length) {
      metaRow(t('otherUrls'), ...doc.otherUrls.map((u) => el('span', { class: 'other-url' }, externalLink(u))));
    }
    const translations = el('dd', { class: 'translations' });
    if (doc.translations && Object.keys(doc.translations).length) {
      meta.append(el('dt', { text: t('translations') }), translations);
      fillTranslationLinks(translations, doc.url, doc.translations, seq);
    }

    const body = el('section', { class: 'doc-text', 'aria-labelledby': 'doc-text-heading', lang },
      el('h2', { id: 'doc-text-heading', text: t('extractedText'), lang: document.documentElement.lang }),
      paragraphs(doc.body));

    const capture = el('section', { class: 'doc-capture', 'aria-labelledby': 'doc-capture-heading' },
      el('h2', { id: 'doc-capture-heading', text: t('archivedCapture') }),
      el('p', { class: 'note', text: t('captureNote') }),
      el('iframe', {
        src: typeof doc.archiveUrl === 'string' && doc.archiveUrl.startsWith('/archive/')
          ? doc.archiveUrl
          : '/archive/' + encodeURIComponent(doc.id || state.id),
        sandbox: '',
        referrerpolicy: 'no-referrer',
        loading: 'lazy',
        title: t('archivedCapture') + ': ' + (doc.title || doc.id),
        class: 'capture-frame',
      }));

    view.replaceChildren(
      backLink(),
      el('header', { class: 'doc-header' }, el('h1', { class: 'doc-title', text: doc.title || doc.id, lang }), meta),
      el('div', { class: 'doc-columns' }, body, annotationsPanel(ann)),
      capture);
    view.removeAttribute('aria-busy');
  }

  function paragraphs(text) {
    return String(text || '').split(/\n\s*\n|\r?\n/).map((p) => p.trim()).filter(Boolean)
      .map((p) => el('p', { text: p }));
  }

  /**
   * Links to the other-language versions. The document gives them as hrefs of the original page (often relative);
   * one that resolves to an archived document (id = first 16 hex digits of the SHA-256 of its URL, as the indexer
   * assigns them) opens in the document view, any other http(s) one opens outside, anything else is plain text.
   */
  function fillTranslationLinks(container, baseUrl, translations, seq) {
    Object.entries(translations).forEach(([language, href]) => {
      const slot = el('span', { class: 'translation', text: langLabel(language) });
      container.append(slot);
      const url = resolveUrl(baseUrl, String(href || ''));
      archivedId(url).then((id) => {
        if (seq !== requestSeq) return;
        let link = null;
        if (id) {
          link = navLink(withState({ view: 'doc', id }), langLabel(language), { hreflang: langTag(language) });
        } else if (safeHref(url)) {
          link = el('a', { href: safeHref(url), hreflang: langTag(language), rel: 'alternate noopener noreferrer',
            target: '_blank', text: langLabel(language) });
        }
        if (link) slot.replaceChildren(link);
      });
    });
  }

  /** Resolves href against base, also for the archive's own non-hierarchical URLs such as corpus:pages/en/x.html. */
  function resolveUrl(base, href) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(href) || !base) return href;
    if (/^https?:\/\//i.test(base)) {
      try {
        return new URL(href, base).href;
      } catch (e) {
        return href;
      }
    }
    const colon = base.indexOf(':');
    const scheme = colon > 0 ? base.slice(0, colon + 1) : '';
    const path = colon > 0 ? base.slice(colon + 1) : base;
    const segments = href.startsWith('/') ? [] : path.split('/').slice(0, -1);
    href.split('/').forEach((part) => {
      if (part === '..') segments.pop();
      else if (part !== '.' && part !== '') segments.push(part);
    });
    return scheme + segments.join('/');
  }

  async function archivedId(url) {
    if (!url || !window.crypto || !crypto.subtle) return null;
    try {
      const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(url));
      const id = Array.from(new Uint8Array(digest).slice(0, 8)).map((b) => b.toString(16).padStart(2, '0')).join('');
      const response = await fetch('/api/documents/' + id, { headers: { Accept: 'application/json' } });
      return response.ok ? id : null;
    } catch (e) {
      return null;
    }
  }

  function annotationsPanel(ann) {
    const panel = el('aside', { class: 'doc-annotations', 'aria-labelledby': 'doc-ann-heading' },
      el('h2', { id: 'doc-ann-heading', text: t('annotations') }));
    const people = ann.people || [];
    if (people.length) {
      panel.append(el('h3', { text: t('people') }), el('ul', { class: 'ann-list' }, people.map((p) => el('li', null,
        navLink(withState({ view: 'person', id: p.id }), personLabel(p.id), { class: 'person-link' }),
        p.role ? el('span', { class: 'role', text: roleLabel(p.role) }) : null))));
    }
    const places = ann.places || [];
    if (places.length) {
      panel.append(el('h3', { text: t('places') }), el('ul', { class: 'ann-list' }, places.map((pl) => {
        const extra = pl.province && pl.province !== pl.name ? provinceLabel(pl.province) : null;
        return el('li', null,
          navLink(searchState((s) => {
            // A city filters by the city; a county, facility or province by its province (the facets' dimensions).
            if (pl.kind === 'prefecture') s.filters.city = [pl.name];
            else s.filters.province = [pl.province];
          }), placeLabel(pl), { class: 'place-link' }),
          extra ? el('span', { class: 'muted', text: ' · ' + extra }) : null,
          pl.kind ? el('span', { class: 'role', text: kindLabel(pl.kind) }) : null);
      })));
    }
    const events = ann.events || [];
    if (events.length) {
      panel.append(el('h3', { text: t('events') }), el('ol', { class: 'ann-events' }, sortEvents(events).map((ev) =>
        el('li', null, el('span', { class: 'event-date', text: eventDate(ev) }), ' ',
          el('span', { class: 'event-type', text: eventLabel(ev.type) }),
          ev.place ? el('span', { class: 'muted', text: ' · ' + eventPlaceLabel(ev) }) : null))));
    }
    const topics = ann.topics || [];
    if (topics.length) {
      panel.append(el('h3', { text: t('topics') }), el('div', { class: 'chips' }, topics.map((tp) =>
        navLink(searchState((s) => { s.q = ''; s.filters.topic = [tp.id]; }), topicLabel(tp.id),
          { class: 'chip chip-topic' }))));
    }
    return panel;
  }

  function eventDate(ev) {
    if (!ev.date) return '—';
    return ev.dateTo && ev.dateTo !== ev.date ? ev.date + ' – ' + ev.dateTo : ev.date;
  }

  function sortEvents(events) {
    return events.slice().sort((a, b) => String(a.date || '9999').localeCompare(String(b.date || '9999')));
  }

  // ---------- person view ----------

  async function renderPerson(seq, lookups) {
    const view = $('person-view');
    view.setAttribute('aria-busy', 'true');
    let person;
    try {
      [person] = await Promise.all([getJson('/api/people/' + encodeURIComponent(state.id)), lookups]);
    } catch (e) {
      if (seq === requestSeq) showLoadError(view, e);
      view.removeAttribute('aria-busy');
      return;
    }
    if (seq !== requestSeq) return;
    const nameZhFact = listOf(person.facts, 'facts').find((f) => f.fact === 'nameZh');
    if (!person.nameZh && nameZhFact) person.nameZh = String(nameZhFact.value);
    rememberPerson(person);
    const name = person.name || prettyId(person.id || state.id);
    const primary = state.ui === 'zh' && person.nameZh ? person.nameZh : name;
    const secondary = primary === name ? person.nameZh : name;
    document.title = primary + ' — ' + t('appName');

    const heading = el('h1', { class: 'person-name' }, el('span', { text: primary }),
      secondary
        ? el('span', { class: 'person-name-alt', lang: secondary === person.nameZh ? 'zh-Hans' : 'en', text: secondary })
        : null);
    const names = unique((person.names || []).map(String))
      .filter((n) => n !== name && n !== person.nameZh);
    const facts = listOf(person.facts, 'facts');
    // Chinese lists its items with the enumeration comma: 学者、活动人士
    const listed = (values) => values.join(state.ui === 'zh' ? '、' : ', ');
    // an occupation known in both languages is shown in the interface's ("scholar" and 学者 are one)
    const factValue = (f) => String(state.ui === 'zh' && f.valueZh ? f.valueZh : f.value);
    const factValues = (name) => unique(facts.filter((f) => f.fact === name).map(factValue));
    const roles = factValues('role');

    const factList = el('dl', { class: 'doc-meta' });
    if (names.length) factList.append(el('dt', { text: t('names') }), el('dd', { text: names.join(' · ') }));
    if (roles.length) {
      factList.append(el('dt', { text: t('facet_role') }), el('dd', { text: listed(roles.map(roleLabel)) }));
    }
    ['age', 'occupation'].forEach((fact) => {
      const values = factValues(fact);
      if (values.length) factList.append(el('dt', { text: t('fact_' + fact) }), el('dd', { text: listed(values) }));
    });

    const mentions = listOf(person.mentions, 'documents');
    const docTitles = new Map(mentions.map((m) => [m.id, m.title]));
    const events = sortEvents(listOf(person.events, 'events'));

    const timeline = events.length
      ? el('ol', { class: 'timeline' }, events.map((ev) => timelineEntry(ev, docTitles)))
      : el('p', { class: 'muted', text: t('noEvents') });
    const mentionList = mentions.length
      ? el('ol', { class: 'mentions' }, mentions.map((m) => el('li', null,
        navLink(withState({ view: 'doc', id: m.id }), m.title || m.id, { lang: langTag(m.language) }),
        el('span', { class: 'muted' }, ' · ', m.date || '',
          m.language ? ' · ' + langLabel(m.language) : ''))))
      : el('p', { class: 'muted', text: t('noMentions') });

    view.replaceChildren(
      backLink(),
      el('header', { class: 'doc-header' }, heading, factList,
        navLink(searchState((s) => {
          s.q = '';
          s.filters = emptyFilters();
          s.filters.person = [person.id || state.id];
        }),
          t('filterBy', t('facet_person'), primary) + ' →', { class: 'person-search-link' })),
      el('section', { class: 'person-timeline', 'aria-labelledby': 'timeline-heading' },
        el('h2', { id: 'timeline-heading', text: t('timeline') }), timeline),
      el('section', { class: 'person-mentions', 'aria-labelledby': 'mentions-heading' },
        el('h2', { id: 'mentions-heading', text: t('mentions') + ' (' + mentions.length + ')' }), mentionList));
    view.removeAttribute('aria-busy');
  }

  /** An event's place in the interface's language: the server's Chinese name, or one learned from the hits. */
  function eventPlaceLabel(ev) {
    if (state.ui !== 'zh') return ev.place;
    return ev.placeZh || labels.places.get(ev.place) || ev.place;
  }

  /**
   * The sentence a timeline row is quoted in: as a page in the interface's language tells it (English, else Simplified
   * then Traditional Chinese for the Chinese interface), else the row's own, in the language of the page it is from.
   */
  function quoteFor(ev, sources) {
    const wanted = state.ui === 'zh' ? ['zh-Hans', 'zh-Hant'] : ['en'];
    for (const language of wanted) {
      const src = sources.find((s) => s.language === language && typeof s.quote === 'string' && s.quote);
      if (src) return { text: src.quote, language };
    }
    const own = sources.find((s) => s.quote === ev.evidence);
    return { text: ev.evidence, language: own ? own.language : null };
  }

  function timelineEntry(ev, docTitles) {
    const where = [ev.place ? eventPlaceLabel(ev) : null, ev.province ? provinceLabel(ev.province) : null]
      .filter(Boolean).join(state.ui === 'zh' ? '，' : ', ');
    const byId = new Map();
    listOf(ev.sources, 'sources').forEach((src) => {
      if (src && src.id && !byId.has(src.id)) byId.set(src.id, src);
    });
    const quote = quoteFor(ev, Array.from(byId.values()));
    const sourceLinks = Array.from(byId.values()).map((src) => el('li', null,
      navLink(withState({ view: 'doc', id: src.id }), src.title || docTitles.get(src.id) || src.id,
        { class: 'source-link', lang: langTag(src.language) }),
      src.date ? el('span', { class: 'muted', text: ' · ' + src.date }) : null));
    return el('li', { class: 'timeline-entry', 'data-type': ev.type },
      el('div', { class: 'timeline-date' }, el('time', { datetime: ev.date || '', text: eventDate(ev) })),
      el('div', { class: 'timeline-body' },
        el('p', { class: 'timeline-title' }, el('strong', { text: eventLabel(ev.type) }),
          where ? el('span', { class: 'muted', text: ' · ' + where }) : null),
        quote.text
          ? el('blockquote', { class: 'evidence', text: quote.text, lang: quote.language ? langTag(quote.language) : null })
          : null,
        sourceLinks.length ? el('div', { class: 'sources' }, el('span', { text: t('sourcesLabel') }),
          el('ul', { class: 'source-list' }, sourceLinks)) : null));
  }

  // ---------- events ----------

  document.addEventListener('click', (event) => {
    const link = event.target.closest('a[data-nav]');
    if (!link || event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    const url = new URL(link.href);
    navigate(parseState(url.search));
  });

  // Chips are links styled as toggles; Space activates them like the buttons they present themselves as.
  document.addEventListener('keydown', (event) => {
    if (event.key === ' ' && event.target.matches && event.target.matches('a[role="button"]')) {
      event.preventDefault();
      event.target.click();
    }
  });

  $('search-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const q = $('q').value.trim();
    navigate(searchState((s) => { s.q = q; }));
  });

  $('date-form').addEventListener('submit', (event) => {
    event.preventDefault();
    navigate(searchState((s) => {
      DATE_KEYS.forEach((key) => {
        const v = $(key).value;
        s[key] = DATE_PATTERN.test(v) ? v : '';
      });
    }));
  });

  $('date-clear').addEventListener('click', () => navigate(searchState((s) => {
    DATE_KEYS.forEach((key) => { s[key] = ''; });
  })));

  $('sort').addEventListener('change', () => navigate(searchState((s) => { s.sort = $('sort').value; })));

  document.querySelectorAll('.ui-lang-button').forEach((button) => {
    button.addEventListener('click', () => {
      if (button.dataset.ui !== state.ui) navigate(withState({ ui: button.dataset.ui }));
    });
  });

  function typing(target) {
    return target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
  }

  document.addEventListener('keydown', (event) => {
    if (event.metaKey || event.ctrlKey || event.altKey) return;
    if (event.key === 'Escape') {
      if (typing(event.target)) {
        event.target.blur();
      } else if (state.view !== 'search') {
        navigate(withState({ view: 'search', id: '' }));
      }
      return;
    }
    if (typing(event.target)) return;
    if (event.key === '/') {
      event.preventDefault();
      const q = $('q');
      q.focus();
      q.select();
    } else if ((event.key === 'j' || event.key === 'k') && state.view === 'search') {
      const links = Array.from(document.querySelectorAll('#results .result-title'));
      if (!links.length) return;
      event.preventDefault();
      const current = links.indexOf(document.activeElement);
      const next = event.key === 'j'
        ? Math.min(links.length - 1, current + 1)
        : current < 0 ? 0 : Math.max(0, current - 1);
      links[next].focus();
      links[next].closest('.result').scrollIntoView({ block: 'nearest' });
    }
  });

  render({ focusView: false });
})();
