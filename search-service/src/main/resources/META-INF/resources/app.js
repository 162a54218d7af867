// powermap search page: plain JavaScript, no dependencies.
// Every piece of data from the API reaches the page through textContent or text nodes, never as markup.
'use strict';

(() => {
  const API = 'api/v1';
  const PAGE_SIZE = 20;
  const MAX_RESULTS = 100;
  const SUGGEST_DELAY_MS = 180;
  const TYPES = ['ORGANIZATION', 'PERSON', 'LEGISLATION', 'CAMPAIGN'];

  /** How each relationship type reads from the centre entity, going out (source) or coming in (target). */
  const RELATIONSHIPS = {
    POSITION: { title: 'Positions', out: 'Holds a position at', in: 'Position held by' },
    MEMBERSHIP: { title: 'Memberships', out: 'Member of', in: 'Has as a member' },
    FUNDING: { title: 'Funding', out: 'Funds', in: 'Funded by' },
    HIERARCHY: { title: 'Hierarchy', out: 'Parent of', in: 'Part of' },
    CAMPAIGN: { title: 'Campaigns', out: 'Runs', in: 'Run by' },
    SUPPORTS: { title: 'Supports', out: 'Supports', in: 'Supported by' },
    OPPOSES: { title: 'Opposes', out: 'Opposes', in: 'Opposed by' },
    FOUNDED: { title: 'Founding', out: 'Founded', in: 'Founded by' },
    AFFILIATION: { title: 'Affiliations', out: 'Affiliated with', in: 'Affiliated with' },
    FAMILY: { title: 'Family', out: 'Family of', in: 'Family of' },
  };

  const $ = (id) => document.getElementById(id);
  const form = $('search-form');
  const input = $('q');
  const list = $('suggestions');
  const status = $('status');
  const facets = $('facets');
  const hits = $('hits');
  const more = $('more');
  const resultsEmpty = $('results-empty');
  const searchError = $('search-error');
  const entity = $('entity');
  const entityHeading = $('entity-heading');
  const entityMeta = $('entity-meta');
  const graphError = $('graph-error');
  const graphEmpty = $('graph-empty');
  const relationships = $('relationships');
  // The "how to search" text, shown again whenever the page has no query.
  const intro = Array.from(resultsEmpty.childNodes).map((node) => node.cloneNode(true));

  let limit = PAGE_SIZE; // results asked for; "Show more" raises it, a new query or filter resets it
  let lastSearchKey = null; // what the results on screen answer, so moving between entities does not search again
  let lastResults = null;
  let searchAbort = null; // the request in flight for each kind, so a slower stale answer cannot win
  let graphAbort = null;

  // ---------------------------------------------------------------- helpers

  /** An element with attributes and children; strings become text nodes, so they are never parsed as HTML. */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (name === 'class') node.className = value;
      else if (name === 'text') node.textContent = value;
      else node.setAttribute(name, value === true ? '' : String(value));
    }
    for (const child of children.flat()) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  function show(node, visible) {
    node.hidden = !visible;
  }

  function setError(node, message) {
    node.textContent = message || '';
    show(node, Boolean(message));
  }

  function typeLabel(type) {
    if (!type) return '';
    const word = String(type).toLowerCase();
    return word.charAt(0).toUpperCase() + word.slice(1);
  }

  function typeBadge(type) {
    const known = TYPES.includes(type) ? type.toLowerCase() : 'other';
    return el('span', { class: `badge badge-${known}` }, typeLabel(type));
  }

  /** GET a JSON resource; failures become Errors carrying the problem+json detail when there is one. */
  async function getJson(path, params, signal) {
    const query = new URLSearchParams();
    for (const [name, value] of Object.entries(params || {})) {
      if (value !== null && value !== undefined && value !== '') query.set(name, value);
    }
    const url = `${API}/${path}${query.toString() ? `?${query}` : ''}`;
    let response;
    try {
      response = await fetch(url, { headers: { Accept: 'application/json' }, signal });
    } catch (e) {
      if (e.name === 'AbortError') throw e;
      throw new Error('The search service could not be reached. Check your connection and try again.');
    }
    if (!response.ok) {
      let detail = '';
      try {
        const problem = await response.json();
        detail = problem && (problem.detail || problem.title);
      } catch (ignored) {
        // not JSON: fall back to the status line
      }
      const statusLine = [response.status, response.statusText].filter(Boolean).join(' ');
      throw new Error(detail || `The request failed (${statusLine}).`);
    }
    return response.json();
  }

  // ---------------------------------------------------------------- state in the address bar

  /** The page's state: q (null when no search has been made), type and the entity shown. */
  function readState() {
    const params = new URLSearchParams(location.search);
    const type = (params.get('type') || '').toUpperCase();
    return {
      q: params.has('q') ? params.get('q') : null,
      type: TYPES.includes(type) ? type : null,
      id: params.get('id') || null,
    };
  }

  function stateUrl(state) {
    const params = new URLSearchParams();
    if (state.q !== null && state.q !== undefined) params.set('q', state.q);
    if (state.type) params.set('type', state.type);
    if (state.id) params.set('id', state.id);
    const query = params.toString();
    return query ? `?${query}` : location.pathname;
  }

  /** Moves to a new state, recording it in the history so Back works. */
  function navigate(changes, options = {}) {
    const current = readState();
    const next = { ...current, ...changes };
    if (next.q !== current.q || next.type !== current.type) limit = PAGE_SIZE;
    history.pushState(null, '', stateUrl(next));
    render(options);
  }

  /** An in-page link: a real href (open in new tab works), handled here for a plain click or Enter. */
  function stateLink(state, text, className, options = {}) {
    const link = el('a', { href: stateUrl(state), class: className }, text);
    link.addEventListener('click', (event) => {
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      navigate(state, options);
    });
    return link;
  }

  // ---------------------------------------------------------------- suggestions (ARIA 1.2 combobox)

  let suggestTimer = 0;
  let suggestAbort = null;
  let activeIndex = -1;

  function options() {
    return Array.from(list.querySelectorAll('[role="option"]'));
  }

  function closeSuggestions() {
    clearTimeout(suggestTimer);
    if (suggestAbort) suggestAbort.abort();
    suggestAbort = null;
    list.replaceChildren();
    show(list, false);
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    activeIndex = -1;
  }

  function setActive(index) {
    const all = options();
    if (all.length === 0) return;
    activeIndex = (index + all.length) % all.length;
    all.forEach((option, i) => option.setAttribute('aria-selected', String(i === activeIndex)));
    const active = all[activeIndex];
    input.setAttribute('aria-activedescendant', active.id);
    active.scrollIntoView({ block: 'nearest' });
  }

  function showSuggestions(names) {
    list.replaceChildren();
    activeIndex = -1;
    input.removeAttribute('aria-activedescendant');
    const unique = [...new Set(names)];
    if (unique.length === 0 || document.activeElement !== input) {
      closeSuggestions();
      return;
    }
    unique.forEach((name, i) => {
      const option = el('li', { id: `suggestion-${i}`, role: 'option', 'aria-selected': 'false', class: 'suggestion' }, name);
      // mousedown would blur the input first and close the list before the click lands.
      option.addEventListener('mousedown', (event) => event.preventDefault());
      option.addEventListener('click', () => chooseSuggestion(name));
      list.append(option);
    });
    show(list, true);
    input.setAttribute('aria-expanded', 'true');
  }

  function requestSuggestions() {
    clearTimeout(suggestTimer);
    const prefix = input.value.trim();
    if (!prefix) {
      closeSuggestions();
      return;
    }
    suggestTimer = setTimeout(async () => {
      if (suggestAbort) suggestAbort.abort();
      const abort = new AbortController();
      suggestAbort = abort;
      try {
        const names = await getJson('suggest', { prefix, limit: 8 }, abort.signal);
        if (suggestAbort === abort && input.value.trim() === prefix) showSuggestions(Array.isArray(names) ? names : []);
      } catch (e) {
        // Suggestions are a convenience: a failure closes them quietly; searching reports errors.
        if (e.name !== 'AbortError' && suggestAbort === abort) closeSuggestions();
      }
    }, SUGGEST_DELAY_MS);
  }

  function chooseSuggestion(name) {
    input.value = name;
    closeSuggestions();
    navigate({ q: name, id: null }, { openExactMatch: true });
  }

  input.addEventListener('input', requestSuggestions);
  input.addEventListener('keydown', (event) => {
    const open = !list.hidden && options().length > 0;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (open) setActive(activeIndex + 1);
        else requestSuggestions();
        break;
      case 'ArrowUp':
        if (open) {
          event.preventDefault();
          setActive(activeIndex < 0 ? -1 : activeIndex - 1);
        }
        break;
      case 'Enter':
        if (open && activeIndex >= 0) {
          event.preventDefault();
          chooseSuggestion(options()[activeIndex].textContent);
        }
        break;
      case 'Escape':
        if (open) {
          event.preventDefault();
          closeSuggestions();
        }
        break;
      case 'Tab':
        closeSuggestions();
        break;
      default:
        break;
    }
  });
  input.addEventListener('blur', () => closeSuggestions());

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    closeSuggestions();
    navigate({ q: input.value.trim(), id: null });
  });

  more.addEventListener('click', () => {
    limit = MAX_RESULTS;
    lastSearchKey = null;
    // The button disappears once everything is shown: carry focus to the first newly listed result.
    render({ focusHit: hits.children.length });
  });

  // ---------------------------------------------------------------- search results

  function renderFacets(state, results) {
    const counts = results.facets || {};
    const all = TYPES.reduce((sum, type) => sum + (counts[type] || 0), 0);
    const chip = (type, label, count) => {
      const pressed = (state.type || null) === type;
      const button = el('button', { type: 'button', class: 'chip', 'aria-pressed': String(pressed) },
        label, ' ', el('span', { class: 'count' }, String(count)));
      button.addEventListener('click', () => {
        if (!pressed) navigate({ type, id: null }, { focusChip: type || 'ALL' });
      });
      button.dataset.type = type || 'ALL';
      return button;
    };
    facets.replaceChildren(chip(null, 'All types', all));
    for (const type of TYPES) {
      if (counts[type] || state.type === type) facets.append(chip(type, typeLabel(type), counts[type] || 0));
    }
    show(facets, all > 0 || Boolean(state.type));
  }

  function renderHits(state, results) {
    hits.replaceChildren();
    for (const hit of results.hits || []) {
      const aliases = (hit.aliases || []).filter((alias) => alias && alias !== hit.name);
      const link = stateLink({ q: state.q, type: state.type, id: hit.id }, hit.name, 'hit-link', { focusEntity: true });
      if (hit.id === state.id) link.setAttribute('aria-current', 'true');
      hits.append(el('li', { class: 'hit' },
        el('div', { class: 'hit-title' }, link, ' ', typeBadge(hit.type)),
        aliases.length ? el('p', { class: 'aliases' }, `Also known as: ${aliases.join(', ')}`) : null));
    }
  }

  function renderNoResults(state) {
    const words = state.q ? `Nothing matches “${state.q}”` : 'Nothing is indexed yet';
    const children = [el('p', {}, `${words}${state.type ? ` among ${typeLabel(state.type).toLowerCase()} entries` : ''}.`)];
    if (state.type) {
      children.push(el('p', {}, stateLink({ q: state.q, type: null, id: null }, 'Search all types instead', 'inline-link')));
    } else if (state.q) {
      children.push(el('p', {}, 'Try fewer words, another spelling, or the start of a name followed by *.'));
    }
    resultsEmpty.replaceChildren(...children);
    show(resultsEmpty, true);
  }

  async function runSearch(state, options) {
    const key = JSON.stringify([state.q, state.type, limit]);
    if (key === lastSearchKey && lastResults) {
      renderHits(state, lastResults);
      return;
    }
    if (searchAbort) searchAbort.abort();
    const abort = new AbortController();
    searchAbort = abort;
    $('results').setAttribute('aria-busy', 'true');
    status.textContent = 'Searching…';
    try {
      const results = await getJson('search', { q: state.q, type: state.type, limit }, abort.signal);
      if (searchAbort !== abort) return;
      lastSearchKey = key;
      lastResults = results;
      setError(searchError, '');
      renderFacets(state, results);
      renderHits(state, results);
      const shown = (results.hits || []).length;
      const total = results.total || 0;
      show(more, shown < total && limit < MAX_RESULTS);
      if (shown === 0) renderNoResults(state);
      else show(resultsEmpty, false);
      const subject = state.q ? ` for “${state.q}”` : '';
      status.textContent = total === 0 ? `No results${subject}.`
        : `${total} result${total === 1 ? '' : 's'}${subject}${shown < total ? `, showing ${shown}` : ''}.`;
      if (Number.isInteger(options.focusHit)) {
        const link = hits.querySelectorAll('.hit-link')[options.focusHit];
        if (link) link.focus();
      }
      if (options.focusChip) {
        const chip = facets.querySelector(`[data-type="${options.focusChip}"]`);
        if (chip) chip.focus();
      }
      if (options.openExactMatch && !state.id) {
        const wanted = (state.q || '').toLowerCase();
        const exact = (results.hits || []).filter((hit) => (hit.name || '').toLowerCase() === wanted);
        if (exact.length === 1) {
          history.replaceState(null, '', stateUrl({ ...state, id: exact[0].id }));
          render({});
        }
      }
    } catch (e) {
      if (e.name === 'AbortError' || searchAbort !== abort) return;
      lastSearchKey = null;
      hits.replaceChildren();
      show(facets, false);
      show(more, false);
      show(resultsEmpty, false);
      setError(searchError, e.message);
      status.textContent = 'The search failed.';
    } finally {
      if (searchAbort === abort) $('results').removeAttribute('aria-busy');
    }
  }

  // ---------------------------------------------------------------- graph neighbourhood

  function years(edge) {
    const start = edge.start || '';
    const end = edge.end || '';
    let text = '';
    if (start && end) text = start === end ? start : `${start}–${end}`;
    else if (start) text = edge.current === false ? `from ${start}` : `since ${start}`;
    else if (end) text = `until ${end}`;
    if (edge.current === true && !end) text = text ? `${text} (current)` : 'current';
    else if (edge.current === false && !end) text = text ? `${text} (former)` : 'former';
    return text;
  }

  function money(amount, currency) {
    if (amount === null || amount === undefined || amount === '') return '';
    const number = Number(amount);
    if (currency && Number.isFinite(number)) {
      try {
        return new Intl.NumberFormat(undefined, { style: 'currency', currency, maximumFractionDigits: 0 }).format(number);
      } catch (ignored) {
        // not an ISO 4217 code: show it as written
      }
    }
    const shown = Number.isFinite(number) ? new Intl.NumberFormat().format(number) : String(amount);
    return currency ? `${shown} ${currency}` : shown;
  }

  function renderEdge(state, center, edge) {
    const outgoing = edge.sourceId === center;
    const words = RELATIONSHIPS[edge.type] || { out: typeLabel(edge.type), in: typeLabel(edge.type) };
    const otherId = outgoing ? edge.targetId : edge.sourceId;
    const otherName = (outgoing ? edge.targetName : edge.sourceName) || otherId;
    const direction = el('span', { class: `direction ${outgoing ? 'out' : 'in'}` },
      el('span', { 'aria-hidden': 'true' }, outgoing ? '→ ' : '← '),
      outgoing ? words.out : words.in);
    const neighbour = otherId && otherId !== center
      ? stateLink({ q: state.q, type: state.type, id: otherId }, otherName, 'neighbour', { focusEntity: true })
      : el('span', { class: 'neighbour self' }, otherName || 'itself');

    const facts = [];
    if (edge.role) facts.push(['Role', edge.role]);
    const span = years(edge);
    if (span) facts.push(['When', span]);
    const amount = money(edge.amount, edge.currency);
    if (amount) facts.push(['Amount', amount]);
    if (typeof edge.confidence === 'number') facts.push(['Confidence', `${Math.round(edge.confidence * 100)}%`]);

    const item = el('li', { class: 'edge' },
      el('p', { class: 'edge-line' }, direction, ' ', neighbour),
      facts.length ? el('dl', { class: 'facts' }, facts.map(([term, value]) =>
        el('div', { class: 'fact' }, el('dt', {}, term), el('dd', {}, value)))) : null);

    const evidence = (edge.evidence || []).filter(Boolean);
    if (evidence.length) {
      item.append(el('div', { class: 'evidence' },
        el('p', { class: 'evidence-title' }, evidence.length === 1 ? 'Evidence' : `Evidence (${evidence.length} sentences)`),
        el('ul', {}, evidence.map((sentence) => el('li', {}, el('blockquote', {}, sentence))))));
    }
    return item;
  }

  function renderGraph(state, graph) {
    const center = graph.center;
    const nodes = graph.nodes || [];
    const self = nodes.find((node) => node.id === center) || { id: center, name: center, type: null };
    entityHeading.replaceChildren(document.createTextNode(self.name || center), ' ', typeBadge(self.type));
    const edges = graph.edges || [];
    const neighbours = new Set(edges.map((edge) => (edge.sourceId === center ? edge.targetId : edge.sourceId)));
    entityMeta.textContent = edges.length
      ? `${edges.length} relationship${edges.length === 1 ? '' : 's'} with ${neighbours.size} other entit${neighbours.size === 1 ? 'y' : 'ies'}.`
      : '';

    const groups = new Map();
    for (const edge of edges) {
      if (!groups.has(edge.type)) groups.set(edge.type, []);
      groups.get(edge.type).push(edge);
    }
    const order = Object.keys(RELATIONSHIPS);
    const types = [...groups.keys()].sort((a, b) => {
      const ia = order.indexOf(a) < 0 ? order.length : order.indexOf(a);
      const ib = order.indexOf(b) < 0 ? order.length : order.indexOf(b);
      return ia - ib || String(a).localeCompare(String(b));
    });
    relationships.replaceChildren(...types.map((type) => {
      const group = groups.get(type);
      // Outgoing ties first, then incoming, each by the other entity's name.
      group.sort((a, b) => {
        const oa = a.sourceId === center ? 0 : 1;
        const ob = b.sourceId === center ? 0 : 1;
        const na = (oa === 0 ? a.targetName : a.sourceName) || '';
        const nb = (ob === 0 ? b.targetName : b.sourceName) || '';
        return oa - ob || na.localeCompare(nb);
      });
      const title = (RELATIONSHIPS[type] || {}).title || typeLabel(type);
      const headingId = `rel-${String(type).toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
      return el('section', { class: 'rel-group', 'aria-labelledby': headingId },
        el('h3', { id: headingId }, title, ' ', el('span', { class: 'count' }, String(group.length))),
        el('ul', { class: 'edges' }, group.map((edge) => renderEdge(state, center, edge))));
    }));
    show(graphEmpty, edges.length === 0);
  }

  async function runGraph(state, options) {
    if (graphAbort) graphAbort.abort();
    const abort = new AbortController();
    graphAbort = abort;
    show(entity, true);
    entity.setAttribute('aria-busy', 'true');
    try {
      const graph = await getJson(`graph/${encodeURIComponent(state.id)}`, { limit: MAX_RESULTS }, abort.signal);
      if (graphAbort !== abort) return;
      setError(graphError, '');
      renderGraph(state, graph);
      document.title = `${entityHeading.firstChild ? entityHeading.firstChild.textContent : 'Entity'} · powermap`;
    } catch (e) {
      if (e.name === 'AbortError' || graphAbort !== abort) return;
      entityHeading.textContent = 'Entity';
      entityMeta.textContent = '';
      relationships.replaceChildren();
      show(graphEmpty, false);
      setError(graphError, e.message);
    } finally {
      if (graphAbort === abort) entity.removeAttribute('aria-busy');
    }
    if (options.focusEntity) entityHeading.focus();
  }

  // ---------------------------------------------------------------- rendering the state

  function render(options = {}) {
    const state = readState();
    if (input.value !== (state.q || '')) input.value = state.q || '';
    if (state.q === null) {
      if (searchAbort) searchAbort.abort();
      lastSearchKey = null;
      hits.replaceChildren();
      show(facets, false);
      show(more, false);
      setError(searchError, '');
      status.textContent = '';
      resultsEmpty.replaceChildren(...intro.map((node) => node.cloneNode(true)));
      show(resultsEmpty, true);
    } else {
      runSearch(state, options);
    }
    if (state.id) {
      runGraph(state, options);
    } else {
      if (graphAbort) graphAbort.abort();
      show(entity, false);
      document.title = 'powermap search';
    }
  }

  window.addEventListener('popstate', () => {
    closeSuggestions();
    render({});
  });

  render({});
})();
