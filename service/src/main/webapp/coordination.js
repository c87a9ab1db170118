/* The coordinator's page: cycles, framework agreements, members, users and the invoicing party. */
'use strict';

(async () => {
  const { api, el, $, say, clear, date, dateTime } = G;
  const KINDS = { CPAS: 'CPAS', ASSOCIATION: 'Association' };
  const ROLES = { BUYER: 'Acheteur', SUPPLIER: 'Coopérative', COORDINATOR: 'Coordination', FINANCE: 'Finances' };

  const me = await G.start('COORDINATOR');
  if (!me) return;
  G.tabs($('#sections'));

  /* ---------- members ---------- */

  async function loadMembers() {
    const reply = await api('api/members');
    if (!reply.ok) { say('#page-message', 'error', G.statusText(reply.problem)); return []; }
    $('#member-list tbody').replaceChildren(...reply.data.map(m => el('tr', {},
      el('td', { class: 'code' }, m.code), el('th', { scope: 'row' }, m.name), el('td', {}, KINDS[m.kind] || m.kind),
      el('td', {}, m.kbo), el('td', {}, m.deliveryPoint), el('td', {}, date(m.joinedOn)))));
    reply.data.forEach(m => members.set(m.code, m.name));
    const select = $('#u-member');
    select.replaceChildren(el('option', { value: '' }, '—'), ...reply.data.map(m => el('option', { value: m.code }, `${m.name} (${m.code})`)));
    return reply.data;
  }

  $('#member-form').addEventListener('submit', async event => {
    event.preventDefault();
    const form = event.target;
    G.clearErrors(form); clear('#member-message');
    const body = G.formJson(form);
    body.address = body.address || {};
    const reply = await api('api/members', { method: 'POST', json: body });
    if (!reply.ok) { G.showProblem(reply.problem, { form, box: '#member-message' }); return; }
    say('#member-message', 'ok', `Membre « ${reply.data.name} » enregistré.`);
    form.reset();
    await loadMembers();
  });

  /* ---------- users ---------- */

  async function loadUsers() {
    const reply = await api('api/users');
    if (!reply.ok) { say('#page-message', 'error', G.statusText(reply.problem)); return; }
    $('#user-list tbody').replaceChildren(...reply.data.map(u => el('tr', {},
      el('th', { scope: 'row' }, u.login), el('td', {}, ROLES[u.role] || u.role), el('td', {}, u.member || u.supplier || '—'),
      el('td', {}, u.enabled ? 'oui' : 'non'), el('td', {}, dateTime(u.createdAt)))));
  }

  async function loadSuppliers() {
    const reply = await api('api/suppliers');
    if (!reply.ok) return [];
    $('#u-supplier').replaceChildren(el('option', { value: '' }, '—'), ...reply.data.map(s => el('option', { value: s.code }, `${s.name} (${s.code})`)));
    for (const id of ['#c-supplier', '#a-supplier']) {
      $(id).replaceChildren(...reply.data.map(s => el('option', { value: s.code }, `${s.name} (${s.code})`)));
    }
    await loadCatalogues(reply.data.length ? reply.data[0].code : null);
    return reply.data;
  }

  $('#user-form').addEventListener('submit', async event => {
    event.preventDefault();
    const form = event.target;
    G.clearErrors(form); clear('#user-message');
    const reply = await api('api/users', { method: 'POST', json: G.formJson(form) });
    if (!reply.ok) { G.showProblem(reply.problem, { form, box: '#user-message' }); return; }
    say('#user-message', 'ok', `Compte « ${reply.data.login} » créé.`);
    form.reset();
    await loadUsers();
  });

  /* ---------- invoicing party ---------- */

  async function loadIssuer() {
    const reply = await api('api/settings/issuer');
    if (reply.ok) G.fillForm($('#issuer-form'), reply.data);
    else if (reply.status === 404) say('#issuer-message', 'info', 'La partie qui facture n’est pas encore définie.');
  }

  $('#issuer-form').addEventListener('submit', async event => {
    event.preventDefault();
    const form = event.target;
    G.clearErrors(form); clear('#issuer-message');
    const body = G.formJson(form);
    body.address = body.address || {};
    const reply = await api('api/settings/issuer', { method: 'PUT', json: body });
    if (!reply.ok) { G.showProblem(reply.problem, { form, box: '#issuer-message' }); return; }
    G.fillForm(form, reply.data);
    say('#issuer-message', 'ok', 'Partie qui facture enregistrée.');
  });

  /* ---------- cycles ---------- */

  const STATUS = { DRAFT: 'Brouillon', OPEN: 'Ouvert', CLOSED: 'Clôturé', ORDERED: 'Envoyé à la coopérative', RECEIVED: 'Réceptionné',
    INVOICED: 'Facturé', CANCELLED: 'Annulé' };
  const ROUNDING = { ROUND_DOWN: 'colis complets', ROUND_UP: 'arrondi supérieur', TOLERANCE: 'tolérance' };
  const ALLOCATION = { PROPORTIONAL: 'au prorata', FIRST_COME: 'par ordre d’arrivée' };
  const ACTIONS = {
    open: ['Ouvrir', 'ouvert'], close: ['Clôturer', 'clôturé'], send: ['Envoyer à la coopérative', 'envoyé à la coopérative'],
    cancel: ['Annuler', 'annulé'],
  };
  const NEXT = { DRAFT: ['open', 'cancel'], OPEN: ['close', 'cancel'], CLOSED: ['send', 'cancel'] };
  const REASONS = { FULL: 'Servi en entier', SHORTFALL_SHARED: 'Manque partagé', TOLERANCE_FILLED: 'Complété dans la tolérance',
    BELOW_MINIMUM_CASES: 'Sous le minimum de colis' };
  const UNITS = { KGM: 'kg', GRM: 'g', LTR: 'l', H87: 'pc', C62: 'u' };
  const members = new Map();

  async function loadCycles() {
    const reply = await G.cycles();
    if (!reply.ok) { say('#cycles-message', 'error', G.statusText(reply.problem)); return; }
    if (reply.data.length === 0) { say('#cycles-message', 'info', 'Aucun cycle pour le moment : créez-en un ci-dessous.'); return; }
    clear('#cycles-message');
    $('#cycles-wrap').hidden = false;
    const cycles = [...reply.data].sort((a, b) => b.id - a.id);
    $('#t-cycle').replaceChildren(...cycles.filter(c => c.status !== 'CANCELLED')
      .map(c => el('option', { value: c.id }, `n° ${c.id} · ${c.title} (clôture ${dateTime(c.closesAt)})`)));
    $('#cycle-list tbody').replaceChildren(...cycles.map(c => el('tr', { dataset: { cycle: c.id } },
      el('th', { scope: 'row' }, c.title, el('div', { class: 'hint' }, `n° ${c.id} · ${c.supplier}${c.frameworkAgreement ? ` · accord ${c.frameworkAgreement} lot ${c.lot}` : ''}`)),
      el('td', {}, STATUS[c.status] || c.status, draftHint(c)),
      el('td', {}, dateTime(c.closesAt)),
      el('td', {}, date(c.deliveryDate)),
      el('td', {}, `${ROUNDING[c.caseRounding] || c.caseRounding}, ${ALLOCATION[c.allocation] || c.allocation}`),
      el('td', { class: 'num' }, c.figures ? String(c.figures.orderCount) : '—'),
      el('td', { class: 'num' }, c.figures ? G.money(c.figures.orderValue) : '—'),
      el('td', {}, el('div', { class: 'actions', style: 'margin:0' },
        ...(NEXT[c.status] || []).map(action => el('button', { type: 'button', class: action === 'cancel' ? 'secondary' : '',
          'aria-label': `${ACTIONS[action][0]} le cycle ${c.title}`, dataset: { action, cycle: c.id },
          onclick: () => transition(c, action) }, ACTIONS[action][0])),
        c.status !== 'CANCELLED' ? el('button', { type: 'button', class: 'secondary', 'aria-label': `Consolidation du cycle ${c.title}`,
          dataset: { action: 'consolidation', cycle: c.id }, onclick: () => showConsolidation(c) }, 'Consolidation') : null)))));
  }

  /* A draft scheduled ahead opens by itself (core's OpeningSchedule); one whose window passed never opens. */
  function draftHint(c) {
    if (c.status !== 'DRAFT') return null;
    const now = Date.now();
    if (new Date(c.closesAt).getTime() <= now) {
      return el('div', { class: 'hint', dataset: { schedule: 'window-passed' } }, 'Fenêtre de commande passée : ce brouillon ne s’ouvrira plus, annulez-le.');
    }
    const created = c.transitions && c.transitions.DRAFT ? new Date(c.transitions.DRAFT).getTime() : NaN;
    if (new Date(c.opensAt).getTime() > created) {
      return el('div', { class: 'hint', dataset: { schedule: 'opens-by-itself' } }, `S’ouvrira seul le ${dateTime(c.opensAt)}`);
    }
    return null;
  }

  async function transition(cycle, action) {
    if (action === 'cancel' && !window.confirm(`Annuler le cycle « ${cycle.title} » ? Les commandes ne seront pas passées.`)) return;
    const reply = await api(`api/cycles/${cycle.id}/${action}`, { method: 'POST' });
    if (!reply.ok) {
      const p = reply.problem;
      let text = G.statusText(p);
      if (p.type && p.type.endsWith('/below-supplier-minimum')) {
        text = `La commande (${G.money(p.orderValue)}) n’atteint pas le minimum de la coopérative (${G.money(p.minimum)}) : il manque ${G.money(p.missing)}.`;
      } else if (p.type && p.type.endsWith('/cycle-state')) {
        text = `Action impossible dans l’état actuel du cycle (${STATUS[cycle.status] || cycle.status}).`;
      }
      say('#cycles-message', 'error', text);
      $('#cycles-message').tabIndex = -1; $('#cycles-message').focus();
      return;
    }
    await loadCycles();
    say('#cycles-message', 'ok', `Cycle « ${cycle.title} » ${ACTIONS[action][1]}.`);
    if (action === 'close' || action === 'send') await showConsolidation(reply.data);
  }

  function qty(value, unit) {
    return value === null || value === undefined ? '—' : `${G.number(value)} ${UNITS[unit] || unit || ''}`.trim();
  }

  async function showConsolidation(cycle) {
    const reply = await api(`api/cycles/${cycle.id}/consolidation`);
    const box = $('#cycle-detail');
    if (!reply.ok) { box.replaceChildren(el('div', { class: 'message error', role: 'alert' }, G.statusText(reply.problem))); return; }
    const c = reply.data;
    const heading = el('h3', { id: 'consolidation-title', tabindex: '-1' }, `Consolidation — ${cycle.title}`);
    const intro = el('p', { class: 'muted' }, c.preview
      ? 'Aperçu : le cycle n’est pas clôturé, les commandes peuvent encore changer.'
      : `Commande à la coopérative : ${G.money(c.supplierOrderValue)} HTVA (minimum ${G.money(c.supplierMinimum)}).`);
    const products = el('div', { class: 'table-wrap' }, el('table', { id: 'consolidation-products' },
      el('caption', {}, 'Par produit'),
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Produit'), el('th', { scope: 'col', class: 'num' }, 'Commandé'),
        el('th', { scope: 'col', class: 'num' }, 'Colis'), el('th', { scope: 'col', class: 'num' }, 'Attribué'),
        el('th', { scope: 'col', class: 'num' }, 'Surplus'), el('th', { scope: 'col', class: 'num' }, 'Manque'))),
      el('tbody', {}, c.products.map(p => el('tr', {},
        el('th', { scope: 'row' }, p.name, ' ', el('span', { class: 'code' }, p.product)),
        el('td', { class: 'num' }, qty(p.ordered, p.unit)),
        el('td', { class: 'num' }, `${p.cases} × ${qty(p.caseSize, p.unit)}`),
        el('td', { class: 'num' }, qty(p.allocated, p.unit)),
        el('td', { class: 'num' }, Number(p.surplus) ? qty(p.surplus, p.unit) : '—'),
        el('td', { class: 'num' }, Number(p.shortfall) ? qty(p.shortfall, p.unit) : '—'))))));
    const shares = c.products.flatMap(p => p.members.map(m => ({ p, m })));
    const perMember = el('div', { class: 'table-wrap', style: 'margin-top:1rem' }, el('table', { id: 'consolidation-members' },
      el('caption', {}, 'Effet de l’arrondi sur chaque membre'),
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Membre'), el('th', { scope: 'col' }, 'Produit'),
        el('th', { scope: 'col', class: 'num' }, 'Commandé'), el('th', { scope: 'col', class: 'num' }, 'Attribué'),
        el('th', { scope: 'col' }, 'Pourquoi'))),
      el('tbody', {}, shares.length ? shares.map(({ p, m }) => el('tr', {},
        el('th', { scope: 'row' }, members.get(m.member) || m.member),
        el('td', {}, p.name),
        el('td', { class: 'num' }, qty(m.ordered, p.unit)),
        el('td', { class: 'num' }, qty(m.allocated, p.unit)),
        el('td', {}, el('strong', {}, REASONS[m.reason] || m.reason || ''), m.explanation ? el('div', { class: 'hint' }, G.fr(m.explanation)) : null)))
        : [el('tr', {}, el('td', { colspan: 5, class: 'muted' }, 'Aucune commande.'))])));
    const points = el('div', { class: 'table-wrap', style: 'margin-top:1rem' }, el('table', { id: 'consolidation-points' },
      el('caption', {}, 'Par point de livraison'),
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Point de livraison'), el('th', { scope: 'col' }, 'Membres'),
        el('th', { scope: 'col' }, 'À préparer'), el('th', { scope: 'col', class: 'num' }, 'Valeur HTVA'))),
      el('tbody', {}, c.deliveryPoints.map(d => el('tr', {},
        el('th', { scope: 'row' }, d.deliveryPoint),
        el('td', {}, d.members.map(code => members.get(code) || code).join(', ')),
        el('td', {}, d.products.map(p => `${p.name} : ${qty(p.allocated, p.unit)}`).join(' · ')),
        el('td', { class: 'num' }, G.money(d.value)))))));
    box.replaceChildren(heading, intro, products, perMember, points);
    heading.focus();
  }

  async function loadCatalogues(supplier) {
    const select = $('#c-catalogue');
    if (!supplier) { select.replaceChildren(); return; }
    const reply = await api(`api/suppliers/${encodeURIComponent(supplier)}/catalogues`);
    select.replaceChildren(...(reply.ok ? reply.data : []).map(c =>
      el('option', { value: c.id }, `Version ${c.version} du ${date(c.importedAt && c.importedAt.slice(0, 10))} (${c.productCount} produits)`)));
  }

  $('#c-supplier').addEventListener('change', event => loadCatalogues(event.target.value));

  $('#cycle-form').addEventListener('submit', async event => {
    event.preventDefault();
    const form = event.target;
    G.clearErrors(form); clear('#cycle-message');
    const body = G.formJson(form);
    for (const name of ['opensAt', 'closesAt']) {
      if (body[name]) { const d = new Date(body[name]); body[name] = Number.isNaN(d.getTime()) ? body[name] : d.toISOString(); }
    }
    if (body.sharedCosts && !body.sharedCosts[0].label && body.sharedCosts[0].amount === undefined) delete body.sharedCosts;
    const reply = await api('api/cycles', { method: 'POST', json: body });
    if (!reply.ok) { G.showProblem(reply.problem, { form, box: '#cycle-message' }); return; }
    say('#cycle-message', 'ok', new Date(reply.data.opensAt) > new Date(reply.data.transitions.DRAFT)
      ? `Cycle « ${reply.data.title} » créé en brouillon : il s’ouvrira seul le ${dateTime(reply.data.opensAt)}.`
      : `Cycle « ${reply.data.title} » créé en brouillon : ouvrez-le pour que les membres commandent.`);
    form.reset();
    await loadCycles();
  });

  /* ---------- recurring cycles ---------- */

  const CADENCE = { WEEKLY: 'Chaque semaine', FORTNIGHTLY: 'Toutes les deux semaines' };

  async function loadTemplates() {
    const reply = await api('api/cycle-templates');
    if (!reply.ok) { say('#template-message', 'error', G.statusText(reply.problem)); return; }
    $('#templates-wrap').hidden = reply.data.length === 0;
    $('#template-list tbody').replaceChildren(...reply.data.map(t => el('tr', { dataset: { template: t.id } },
      el('th', { scope: 'row' }, t.title, el('div', { class: 'hint' }, `cycle n° ${t.cycle} · modèle n° ${t.id}`)),
      el('td', {}, CADENCE[t.cadence] || t.cadence),
      el('td', {}, t.cycles.length ? t.cycles.map(c => `n° ${c.cycle}`).join(', ') : '—'),
      el('td', {}, t.active ? 'En cours' : `Arrêté le ${dateTime(t.stoppedAt)}`),
      el('td', {}, t.active ? el('button', { type: 'button', class: 'secondary', 'aria-label': `Arrêter la répétition de ${t.title}`,
        dataset: { action: 'stop-template', template: t.id }, onclick: () => stopTemplate(t) }, 'Arrêter') : null))));
  }

  async function stopTemplate(template) {
    if (!window.confirm(`Arrêter la répétition de « ${template.title} » ? Les cycles déjà créés restent.`)) return;
    const reply = await api(`api/cycle-templates/${template.id}`, { method: 'DELETE' });
    if (!reply.ok) { say('#template-message', 'error', G.statusText(reply.problem)); return; }
    say('#template-message', 'ok', `Répétition de « ${template.title} » arrêtée : aucun nouveau cycle ne sera créé.`);
    await loadTemplates();
  }

  $('#template-form').addEventListener('submit', async event => {
    event.preventDefault();
    const form = event.target;
    G.clearErrors(form); clear('#template-message');
    const reply = await api('api/cycle-templates', { method: 'POST', json: G.formJson(form) });
    if (!reply.ok) { G.showProblem(reply.problem, { form, box: '#template-message' }); return; }
    say('#template-message', 'ok', `« ${reply.data.title} » sera répété (${(CADENCE[reply.data.cadence] || '').toLowerCase()}) : `
      + `${reply.data.cycles.length} cycle(s) créé(s) d’avance en brouillon.`);
    await Promise.all([loadCycles(), loadTemplates()]);
  });

  /* ---------- framework agreements ---------- */

  async function loadAgreements() {
    const reply = await api('api/framework-agreements');
    if (!reply.ok) { say('#accords-message', 'error', G.statusText(reply.problem)); return; }
    $('#c-agreement').replaceChildren(el('option', { value: '' }, 'Aucun'), ...reply.data.map(a => el('option', { value: a.number }, `${a.number} (${a.supplier})`)));
    if (reply.data.length === 0) { say('#accords-message', 'info', 'Aucun accord-cadre enregistré.'); return; }
    clear('#accords-message');
    $('#accords-wrap').hidden = false;
    $('#agreement-list tbody').replaceChildren(...reply.data.flatMap(a => a.lots.map((lot, i) => {
      const percent = Math.min(100, Number(lot.percent));
      const gauge = el('div', { class: `gauge${lot.nearCeiling ? (percent >= 100 ? ' full' : ' warn') : ''}`, role: 'img',
        'aria-label': `Lot ${lot.code} consommé à ${G.number(lot.percent, 2)} %` }, el('span', { style: `width:${percent}%` }));
      return el('tr', {},
        i === 0 ? el('th', { scope: 'row', rowspan: a.lots.length }, a.number) : null,
        i === 0 ? el('td', { rowspan: a.lots.length }, a.supplier) : null,
        i === 0 ? el('td', { rowspan: a.lots.length }, `${date(a.validFrom)} – ${date(a.validTo)}`) : null,
        el('td', {}, lot.code),
        el('td', { class: 'num' }, G.money(lot.ceiling)),
        el('td', { class: 'num' }, G.money(lot.consumed)),
        el('td', { class: 'num' }, G.money(lot.remaining)),
        el('td', {}, gauge, el('span', { class: 'hint' }, `${G.number(lot.percent, 2)} %`),
          lot.warning ? el('div', { class: 'field-error' }, 'Proche du plafond') : null));
    })));
  }

  $('#agreement-form').addEventListener('submit', async event => {
    event.preventDefault();
    const form = event.target;
    G.clearErrors(form); clear('#agreement-message');
    const reply = await api('api/framework-agreements', { method: 'POST', json: G.formJson(form) });
    if (!reply.ok) { G.showProblem(reply.problem, { form, box: '#agreement-message' }); return; }
    say('#agreement-message', 'ok', `Accord-cadre ${reply.data.number} enregistré.`);
    form.reset();
    await loadAgreements();
  });

  await Promise.all([loadMembers(), loadUsers(), loadSuppliers(), loadIssuer(), loadAgreements()]);
  await loadCycles();
  await loadTemplates();
})();
