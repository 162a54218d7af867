// powermap search page: plain JavaScript and Cytoscape.js (served from its WebJar).
// Every piece of data from the API reaches the page through textContent or text nodes, never as markup.
'use strict';

(() => {
  const API = 'api/v1';
  const PAGE_SIZE = 20;
  const SUGGEST_DELAY_MS = 150;
  const TYPES = ['ORGANIZATION', 'PERSON', 'LEGISLATION', 'CAMPAIGN'];
  const FACET_TITLES = { type: 'Type', relationship: 'Ties', funder: 'Funded by', memberOf: 'Member of', headquarters: 'Headquarters' };
  /** How each relationship type reads from the entity shown, going out (source) or coming in (target). */
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
  const COLORS = { ORGANIZATION: '#3b82f6', PERSON: '#10b981', LEGISLATION: '#f59e0b', CAMPAIGN: '#a855f7' };

  const $ = (id) => document.getElementById(id);
  const input = $('q');
  const list = $('suggestions');
  let filters = { type: null, relationship: null, facet: [] };
  let next = null;
  let currentEntity = null;
  let network = null;
  let pending = {};

  // ---------------------------------------------------------------- helpers

  /** An element with attributes and children; strings become text nodes, so they are never parsed as HTML. */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (name === 'class') node.className = value;
      else if (name === 'text') node.textContent = value;
      else if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
      else node.setAttribute(name, value === true ? '' : String(value));
    }
    for (const child of children.flat()) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  function setError(node, message) {
    node.textContent = message || '';
    node.hidden = !message;
  }

  function typeLabel(type) {
    if (!type) return '';
    const word = String(type).toLowerCase();
    return word.charAt(0).toUpperCase() + word.slice(1);
  }

  function badge(type) {
    return el('span', { class: `badge badge-${TYPES.includes(type) ? type.toLowerCase() : 'other'}` }, typeLabel(type));
  }

  /** GET JSON; only the latest request of each kind counts. Failures carry the problem+json detail. */
  async function getJson(kind, path, params) {
    if (pending[kind]) pending[kind].abort();
    const control = new AbortController();
    pending[kind] = control;
    const query = new URLSearchParams();
    for (const [name, value] of Object.entries(params || {})) {
      for (const one of [].concat(value)) if (one !== null && one !== undefined && one !== '') query.append(name, one);
    }
    let response;
    try {
      response = await fetch(`${API}/${path}${query.toString() ? `?${query}` : ''}`,
        { headers: { Accept: 'application/json' }, signal: control.signal });
    } catch (e) {
      if (e.name === 'AbortError') throw e;
      throw new Error('The service could not be reached. Check your connection and try again.');
    }
    if (!response.ok) {
      let detail = '';
      try { const problem = await response.json(); detail = problem.detail || problem.title; } catch (ignored) { /* not JSON */ }
      throw new Error(detail || `The request failed (${response.status}).`);
    }
    return response.json();
  }

  function quietly(promise) {
    return promise.catch((e) => { if (e.name !== 'AbortError') throw e; });
  }

  /** A link to a source document when its address is a web address; its title (or address) as text otherwise. */
  function sourceLink(evidence) {
    const label = evidence.documentTitle || evidence.documentUri || evidence.documentId;
    if (!label) return null;
    const uri = evidence.documentUri || '';
    return /^https?:\/\//i.test(uri)
      ? el('a', { href: uri, class: 'source', rel: 'noopener noreferrer', target: '_blank' }, label)
      : el('span', { class: 'source' }, label);
  }

  // ---------------------------------------------------------------- search

  function searchParams(cursor) {
    const q = input.value.trim();
    return {
      q, type: filters.type, relationship: filters.relationship, facet: filters.facet,
      sort: q ? 'relevance' : 'connections', limit: PAGE_SIZE, cursor,
    };
  }

  async function search(cursor) {
    setError($('search-error'), '');
    $('results-empty').hidden = true;
    try {
      const page = await getJson('search', 'search', searchParams(cursor));
      if (!cursor) $('hits').replaceChildren();
      page.hits.forEach((hit) => $('hits').append(hitItem(hit)));
      next = page.next;
      $('more').hidden = !next;
      $('status').textContent = page.total === 0 ? 'Nothing matches.'
        : `${page.total} ${page.total === 1 ? 'match' : 'matches'}; showing ${$('hits').children.length}.`;
      if (!cursor) renderFacets(page.facets || {});
    } catch (e) {
      if (e.name !== 'AbortError') setError($('search-error'), e.message);
    }
  }

  function hitItem(hit) {
    const snippets = (hit.snippets || []).map((snippet) => el('p', { class: 'snippet' },
      snippet.parts.map((part) => (part.match ? el('mark', {}, part.text) : part.text))));
    return el('li', { class: 'hit' },
      el('button', { type: 'button', class: 'hit-name', 'data-id': hit.id, onclick: () => openEntity(hit.id) }, hit.name),
      ' ', badge(hit.type), ' ',
      el('span', { class: 'hit-meta' }, `${hit.connections} ${hit.connections === 1 ? 'tie' : 'ties'}`),
      hit.aliases && hit.aliases.length ? el('span', { class: 'hit-meta' }, ` · also ${hit.aliases.join(', ')}`) : null,
      snippets);
  }

  function renderFacets(facets) {
    const box = $('facets');
    box.replaceChildren();
    for (const [dimension, values] of Object.entries(facets)) {
      if (!values.length) continue;
      box.append(el('div', { class: 'facet-group' }, el('h3', {}, FACET_TITLES[dimension] || dimension),
        values.map((value) => {
          const active = isActive(dimension, value.value);
          return el('button', { type: 'button', 'aria-pressed': String(active), 'data-facet': `${dimension}:${value.value}`,
            onclick: () => { toggle(dimension, value.value); search(); } },
          `${dimension === 'type' || dimension === 'relationship' ? typeLabel(value.value) : value.value} (${value.count})`);
        })));
    }
    box.hidden = !box.children.length;
  }

  function isActive(dimension, value) {
    if (dimension === 'type' || dimension === 'relationship') return filters[dimension] === value;
    return filters.facet.includes(`${dimension}:${value}`);
  }

  function toggle(dimension, value) {
    if (dimension === 'type' || dimension === 'relationship') {
      filters[dimension] = filters[dimension] === value ? null : value;
    } else {
      const pair = `${dimension}:${value}`;
      filters.facet = filters.facet.includes(pair) ? filters.facet.filter((f) => f !== pair) : filters.facet.concat(pair);
    }
  }

  // ---------------------------------------------------------------- typeahead

  let suggestTimer = null;
  function suggestSoon() {
    clearTimeout(suggestTimer);
    suggestTimer = setTimeout(() => quietly(suggest()), SUGGEST_DELAY_MS);
  }

  async function suggest() {
    const prefix = input.value.trim();
    if (!prefix) { closeSuggestions(); return; }
    const found = await getJson('suggest', 'suggest', { prefix, limit: 8 });
    list.replaceChildren(...found.map((s, i) => el('li', {
      role: 'option', id: `suggestion-${i}`, 'data-id': s.id, class: 'suggestion',
      onmousedown: (event) => { event.preventDefault(); pick(s); },
    }, s.name, ' ', badge(s.type))));
    list.hidden = !found.length;
    input.setAttribute('aria-expanded', String(!list.hidden));
    list.items = found;
  }

  function closeSuggestions() {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  }

  function pick(suggestion) {
    closeSuggestions();
    input.value = suggestion.name;
    openEntity(suggestion.id);
  }

  input.addEventListener('input', suggestSoon);
  input.addEventListener('keydown', (event) => {
    const options = Array.from(list.children);
    const active = options.findIndex((o) => o.getAttribute('aria-selected') === 'true');
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (list.hidden || !options.length) return;
      event.preventDefault();
      const at = (active + (event.key === 'ArrowDown' ? 1 : options.length - 1 + (active < 0 ? 1 : 0))) % options.length;
      options.forEach((o, i) => o.setAttribute('aria-selected', String(i === at)));
      input.setAttribute('aria-activedescendant', options[at].id);
    } else if (event.key === 'Enter' && !list.hidden && active >= 0) {
      event.preventDefault();
      pick(list.items[active]);
    } else if (event.key === 'Escape') {
      closeSuggestions();
    }
  });
  input.addEventListener('blur', () => setTimeout(closeSuggestions, 100));

  $('search-form').addEventListener('submit', (event) => {
    event.preventDefault();
    closeSuggestions();
    filters = { type: null, relationship: null, facet: [] };
    history.replaceState(null, '', `?q=${encodeURIComponent(input.value.trim())}`);
    search();
  });
  $('more').addEventListener('click', () => search(next));

  // ---------------------------------------------------------------- entity page

  async function openEntity(id) {
    currentEntity = id;
    history.replaceState(null, '', `?entity=${encodeURIComponent(id)}`);
    $('entity').hidden = false;
    setError($('graph-error'), '');
    $('paths').replaceChildren();
    try {
      const graph = await getJson('graph', `graph/${encodeURIComponent(id)}`, {});
      renderEntity(graph);
      drawNetwork(graph);
      $('entity-heading').focus();
    } catch (e) {
      if (e.name !== 'AbortError') setError($('graph-error'), e.message);
    }
  }

  function renderEntity(graph) {
    const center = graph.center;
    $('entity-heading').textContent = center.name;
    $('entity-meta').replaceChildren(badge(center.type), ` ${center.connections} ties`,
      center.aliases.length ? ` · also known as ${center.aliases.join(', ')}` : '');
    $('attributes').replaceChildren(...Object.entries(center.attributes || {})
      .flatMap(([key, value]) => [el('dt', {}, typeLabel(key)), el('dd', {}, value)]));
    const names = Object.fromEntries(graph.nodes.map((n) => [n.id, n]));
    const groups = {};
    graph.edges.forEach((edge) => (groups[edge.type] = groups[edge.type] || []).push(edge));
    $('relationships').replaceChildren(...Object.entries(groups).map(([type, edges]) => el('section', { class: 'tie-group' },
      el('h3', {}, (RELATIONSHIPS[type] || { title: type }).title),
      el('ul', {}, edges.map((edge) => tieItem(edge, center.id, names))))));
    $('graph-empty').hidden = graph.edges.length > 0;
    const filter = $('network-filter');
    filter.replaceChildren(el('option', { value: '' }, 'of every type'),
      ...Object.keys(groups).map((type) => el('option', { value: type }, (RELATIONSHIPS[type] || { title: type }).title)));
  }

  function tieItem(edge, centerId, names) {
    const outgoing = edge.source === centerId;
    const other = names[outgoing ? edge.target : edge.source] || { name: '?' };
    const words = RELATIONSHIPS[edge.type] || { out: edge.type, in: edge.type };
    const details = [edge.role, [edge.start, edge.end].filter(Boolean).join('–'),
      edge.amount != null ? `${Number(edge.amount).toLocaleString('en')} ${edge.currency || ''}`.trim() : null]
      .filter(Boolean).join(' · ');
    return el('li', { class: 'tie' },
      `${outgoing ? words.out : words.in} `,
      el('button', { type: 'button', class: 'tie-other', onclick: () => openEntity(other.id) }, other.name),
      ' ', badge(other.type), details ? el('span', { class: 'hit-meta' }, ` (${details})`) : null,
      el('ul', {}, edge.evidence.map((ev) => el('li', { class: 'evidence' },
        el('q', {}, ev.sentence || ''), ' ', sourceLink(ev)))));
  }

  // ---------------------------------------------------------------- network drawing

  function elements(graph) {
    return [
      ...graph.nodes.map((n) => ({ group: 'nodes', data: { id: n.id, label: n.name, type: n.type || 'OTHER' } })),
      ...graph.edges.map((e) => ({ group: 'edges', data: { id: e.id, source: e.source, target: e.target, type: e.type } })),
    ];
  }

  function drawNetwork(graph) {
    if (typeof window.cytoscape !== 'function') return;
    if (network) network.destroy();
    network = window.cytoscape({
      container: $('network'),
      elements: elements(graph),
      style: [
        { selector: 'node', style: { label: 'data(label)', 'font-size': 9, 'text-wrap': 'ellipsis', 'text-max-width': 110,
          'background-color': (n) => COLORS[n.data('type')] || '#888', width: 18, height: 18 } },
        { selector: `node[id = "${graph.center.id}"]`, style: { width: 28, height: 28, 'border-width': 3, 'border-color': '#111' } },
        { selector: 'edge', style: { width: 1.5, 'curve-style': 'bezier', 'target-arrow-shape': 'triangle',
          label: 'data(type)', 'font-size': 7, 'line-color': '#99a', 'target-arrow-color': '#99a' } },
      ],
      layout: { name: 'cose', animate: false, randomize: false },
      wheelSensitivity: 0.3,
    });
    network.on('tap', 'node', (event) => { if (event.target.id() !== currentEntity) openEntity(event.target.id()); });
    network.on('dbltap', 'node', (event) => quietly(expand(event.target.id())));
    window.powermapNetwork = network; // for people poking at the page, and the browser test
  }

  /** Adds the ties of a node (and the entities at their other ends) to the drawing. */
  async function expand(id) {
    const graph = await getJson('expand', `graph/${encodeURIComponent(id)}`, {});
    const fresh = elements(graph).filter((item) => network.getElementById(item.data.id).empty());
    network.add(fresh);
    applyFilter();
    network.layout({ name: 'cose', animate: false, randomize: false }).run();
  }

  function applyFilter() {
    const type = $('network-filter').value;
    network.edges().forEach((edge) => edge.style('display', !type || edge.data('type') === type ? 'element' : 'none'));
    network.nodes().forEach((node) => {
      const shown = node.id() === currentEntity || node.connectedEdges().some((e) => e.style('display') !== 'none');
      node.style('display', shown ? 'element' : 'none');
    });
  }
  $('network-filter').addEventListener('change', () => network && applyFilter());

  // ---------------------------------------------------------------- paths

  const pathInput = $('path-to');
  let pathChoices = [];
  pathInput.addEventListener('input', () => quietly((async () => {
    const prefix = pathInput.value.trim();
    pathChoices = prefix ? await getJson('path-suggest', 'suggest', { prefix, limit: 8 }) : [];
    $('path-options').replaceChildren(...pathChoices.map((s) => el('option', { value: s.name })));
  })()));

  $('path-form').addEventListener('submit', (event) => {
    event.preventDefault();
    quietly(findPaths());
  });

  async function findPaths() {
    const box = $('paths');
    const name = pathInput.value.trim().toLowerCase();
    let choices = pathChoices;
    if (!choices.length && name) choices = await getJson('path-suggest', 'suggest', { prefix: name, limit: 8 });
    const target = choices.find((s) => s.name.toLowerCase() === name) || choices[0];
    if (!target) { box.replaceChildren(el('p', { class: 'empty' }, 'No entity by that name.')); return; }
    try {
      const answer = await getJson('paths', 'paths', { from: currentEntity, to: target.id, k: 5 });
      if (!answer.paths.length) {
        box.replaceChildren(el('p', { class: 'empty' }, `No chain of ties to ${target.name} within ${answer.maxHops} steps.`));
        return;
      }
      box.replaceChildren(el('h3', {}, `Chains to ${target.name}`), el('ol', {}, answer.paths.map(pathItem)));
    } catch (e) {
      if (e.name !== 'AbortError') box.replaceChildren(el('p', { class: 'error' }, e.message));
    }
  }

  function pathItem(path) {
    const parts = [];
    path.nodes.forEach((node, i) => {
      parts.push(el('button', { type: 'button', class: 'path-node', onclick: () => openEntity(node.id) }, node.name));
      const step = path.edges[i];
      if (step) {
        const tie = step.tie || {};
        parts.push(` — ${typeLabel(tie.type)} — `);
      }
    });
    const sources = path.edges.map((step) => step.evidence).filter(Boolean).map((ev) => el('li', { class: 'evidence' },
      el('q', {}, ev.sentence || ''), ' ', sourceLink({ documentTitle: ev.title, documentUri: ev.uri, documentId: ev.documentId })));
    return el('li', { class: 'path' }, parts, el('ul', {}, sources));
  }

  // ---------------------------------------------------------------- start

  const start = new URLSearchParams(location.search);
  if (start.get('entity')) openEntity(start.get('entity'));
  else if (start.has('q')) { input.value = start.get('q'); search(); }
})();
