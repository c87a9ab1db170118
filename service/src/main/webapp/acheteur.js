/*
 * The buyer's page: the member's cycles, the catalogue with filters, quantities with a live estimate
 * (computed exactly as the invoice will: per VAT rate, half-up to the cent), the order, what was
 * allocated and the invoices. The member shown is the one in ?membre= or the buyer's own; the API
 * answers 404 for any other member, and the page then says "introuvable".
 */
'use strict';

(async () => {
  const { api, el, $, $$, say, clear, money, number, date } = G;
  const UNITS = { KGM: 'kg', GRM: 'g', LTR: 'l', H87: 'pièce', C62: 'unité', kg: 'kg', g: 'g', l: 'l' };
  const LABELS = { organic: ['Bio', 'bio'], reasoned: ['Raisonné', 'raisonne'] };
  const REASONS = { FULL: 'Servi en entier.', SHORTFALL_SHARED: 'Moins que commandé : manque partagé.',
    TOLERANCE_FILLED: 'Plus que commandé, dans votre maximum.', BELOW_MINIMUM_CASES: 'Rien : minimum de colis non atteint.' };
  const STATUS = { DRAFT: 'En préparation', OPEN: 'Ouvert', CLOSED: 'Clôturé', ORDERED: 'Commandé', RECEIVED: 'Réceptionné', INVOICED: 'Facturé', CANCELLED: 'Annulé' };

  const me = await G.start('BUYER');
  if (!me) return;
  const memberCode = G.param('membre') || me.member;
  const member = await api(`api/members/${encodeURIComponent(memberCode)}`);
  if (!member.ok) {
    $('#title').textContent = member.status === 404 ? 'Membre introuvable' : 'Mes commandes';
    say('#page-message', 'error', member.status === 404
      ? `Membre introuvable : « ${memberCode} » n’existe pas ou ne vous est pas accessible.` : G.statusText(member.problem));
    return;
  }
  $('#title').textContent = `Commandes — ${member.data.name}`;
  $('#member-line').textContent = `Point de livraison : ${member.data.deliveryPoint}`;
  $('#member-content').hidden = false;

  /** What the buyer has typed, by product code, kept across filter changes: {product, quantity, max}. */
  const lines = new Map();
  let products = [];
  let productRequests = 0;
  let selections = 0;
  let cycle = null;
  /** Quantity ordered per product by all members together (saved orders), for the case gauges. */
  const pooled = new Map();
  /** This member's quantities as last saved, counted in `pooled`. */
  const savedMine = new Map();
  let catalogueId = Number(G.param('catalogue')) || 1;

  const unitOf = p => UNITS[p.unit] || p.unit;
  const unitWord = p => (unitOf(p) === 'pièce' ? 'pièces' : unitOf(p) === 'unité' ? 'unités' : unitOf(p));
  const editable = () => !cycle || cycle.status === 'OPEN';

  /* ---------- cycles ---------- */

  async function loadCycles() {
    const reply = await G.cycles();
    const tbody = $('#cycles tbody');
    if (!reply.ok || !Array.isArray(reply.data) || reply.data.length === 0) {
      say('#cycles-message', 'info', reply.ok || reply.status === 404
        ? 'Aucun cycle de commande n’est ouvert pour le moment. Vous pouvez déjà parcourir le catalogue.'
        : G.statusText(reply.problem));
      return;
    }
    clear('#cycles-message');
    $('#cycles-wrap').hidden = false;
    tbody.replaceChildren(...reply.data.map(c => el('tr', {},
      el('th', { scope: 'row' }, c.title),
      el('td', {}, STATUS[c.status] || c.status),
      el('td', {}, G.dateTime(c.closesAt)),
      el('td', {}, date(c.deliveryDate)),
      el('td', { class: 'num' }, c.myOrder && c.myOrder.lineCount ? money(c.myOrder.estimatedTotal.gross) : '—'),
      el('td', {}, el('button', { type: 'button', class: 'secondary', onclick: () => selectCycle(c.id),
        'aria-label': `${c.status === 'OPEN' ? 'Commander' : 'Voir'} — ${c.title}` }, c.status === 'OPEN' ? 'Commander' : 'Voir')))));
    // The buyer picks the cycle (?cycle= in a link); until then the catalogue of the newest open cycle is shown to browse.
    const wanted = Number(G.param('cycle'));
    if (wanted) { await selectCycle(wanted); return; }
    const open = reply.data.filter(c => c.status === 'OPEN').sort((a, b) => b.id - a.id)[0];
    if (open) {
      catalogueId = open.catalogue;
      $('#catalogue-context').textContent = 'Choisissez un cycle ouvert ci-dessus pour commander ; vous pouvez déjà parcourir le catalogue.';
    }
  }

  async function selectCycle(id) {
    const token = ++selections; // the buyer may pick another cycle before this one has loaded
    const reply = await api(`api/cycles/${id}`);
    if (token !== selections) return;
    if (!reply.ok) { say('#cycles-message', 'error', G.statusText(reply.problem)); return; }
    cycle = reply.data;
    catalogueId = cycle.catalogue;
    $('#catalogue-title').textContent = `Catalogue — ${cycle.title}`;
    $('#catalogue-context').textContent = `Commandes jusqu’au ${G.dateTime(cycle.closesAt)}, livraison le ${date(cycle.deliveryDate)}.`
      + (cycle.status === 'OPEN' ? '' : ' Ce cycle est clôturé : la commande ne peut plus être modifiée.');
    cycle.tolerance = cycle.caseRounding === 'TOLERANCE';
    $$('.tolerance-col').forEach(n => { n.hidden = !cycle.tolerance; });
    lines.clear();
    $('#allocation-section').hidden = true;
    const [order, fill] = await Promise.all([api(`api/cycles/${id}/orders/${encodeURIComponent(memberCode)}`), api(`api/cycles/${id}/case-fill`)]);
    if (token !== selections) return;
    pooled.clear();
    savedMine.clear();
    if (fill.ok) fill.data.forEach(f => pooled.set(f.product, Number(f.ordered)));
    if (order.ok && order.data) (order.data.lines || []).forEach(l => savedMine.set(l.product, Number(l.quantity)));
    if (order.ok && order.data) {
      for (const line of order.data.lines || []) {
        lines.set(line.product, { product: line.product, quantity: String(line.quantity).replace('.', ','),
          max: line.max == null ? '' : String(line.max).replace('.', ','), saved: line });
      }
      $('#purchaseOrderRef').value = order.data.purchaseOrderRef || '';
      cycle.orderVersion = order.data.version;
      cycle.estimate = order.data.estimatedTotal;
      showAllocation(order.data);
    }
    $('#order-form').hidden = !editable();
    await loadProducts(true);
  }

  function showAllocation(order) {
    const allocated = (order.lines || []).filter(l => l.allocated !== null && l.allocated !== undefined);
    $('#allocation-section').hidden = allocated.length === 0;
    $('#allocation tbody').replaceChildren(...allocated.map(l => el('tr', {},
      el('th', { scope: 'row' }, l.name || l.product),
      el('td', { class: 'num' }, `${number(l.quantity)} ${UNITS[l.unit] || l.unit}`),
      el('td', { class: 'num' }, `${number(l.allocated)} ${UNITS[l.unit] || l.unit}`),
      el('td', {}, el('strong', {}, REASONS[l.allocationReason] || ''), l.explanation ? el('div', { class: 'hint' }, G.fr(l.explanation)) : null,
        l.deliveryNote ? el('div', { class: 'hint' }, `Livré : ${number(l.delivered)} ${UNITS[l.unit] || l.unit}`) : null))));
  }

  /* ---------- catalogue ---------- */

  function filterQuery() {
    const query = new URLSearchParams();
    for (const name of ['q', 'category', 'label', 'producer']) {
      const value = $(`#f-${name}`).value.trim();
      if (value) query.set(name, value);
    }
    return query.toString();
  }

  async function loadProducts(fillFilters) {
    if (fillFilters) {
      const all = await api(`api/catalogues/${catalogueId}/products`);
      if (!all.ok) { say('#page-message', 'error', G.statusText(all.problem)); return; }
      fillSelect('#f-category', all.data.map(p => p.category));
      fillSelect('#f-producer', all.data.map(p => p.producer));
      for (const p of all.data) { const line = lines.get(p.code); if (line) line.product = p; }
    }
    const query = filterQuery();
    const request = ++productRequests;
    const reply = await api(`api/catalogues/${catalogueId}/products${query ? `?${query}` : ''}`);
    if (request !== productRequests) return; // a later filter change is already on its way
    if (!reply.ok) { say('#page-message', 'error', G.statusText(reply.problem)); return; }
    products = reply.data;
    renderProducts();
    renderEstimate();
  }

  function fillSelect(selector, values) {
    const select = $(selector);
    const current = select.value;
    const distinct = [...new Set(values.filter(Boolean))].sort((a, b) => a.localeCompare(b, 'fr'));
    select.replaceChildren(el('option', { value: '' }, select.options[0].textContent), ...distinct.map(v => el('option', { value: v }, v)));
    select.value = distinct.includes(current) ? current : '';
  }

  function renderProducts() {
    // Once ordering is closed, only what the member ordered is worth showing.
    if (!editable()) products = products.filter(p => lines.has(p.code));
    $('#product-count').textContent = products.length === 0 ? 'Aucun produit ne correspond à ces filtres.'
      : `${products.length} produit${products.length > 1 ? 's' : ''}`;
    $('#products tbody').replaceChildren(...products.map(productRow));
  }

  function productRow(p) {
    const line = lines.get(p.code) || { quantity: '', max: '' };
    const label = LABELS[p.label];
    const qtyId = `qty-${p.code}`;
    const quantity = el('input', { type: 'text', inputmode: 'decimal', id: qtyId, name: qtyId, value: line.quantity, autocomplete: 'off',
      'aria-label': `Quantité de ${p.name} (en ${unitWord(p)})`, disabled: !editable(), dataset: { code: p.code, kind: 'quantity' } });
    const cells = [
      el('th', { scope: 'row' }, el('div', {}, p.name), el('span', { class: 'code' }, p.code), ' ',
        p.chilled ? el('span', { class: 'tag froid', title: 'Produit réfrigéré' }, 'Frais') : null,
        p.variableWeight ? el('span', { class: 'hint' }, ' poids variable') : null),
      el('td', {}, el('div', {}, p.producer || '—'), el('span', { class: 'hint' }, [p.origin, p.distanceKm != null ? `${number(p.distanceKm, 0)} km` : null].filter(v => v != null && v !== '').join(' · '))),
      el('td', {}, label ? el('span', { class: `tag ${label[1]}` }, label[0]) : el('span', { class: 'muted' }, '—')),
      el('td', { class: 'num' }, `${money(p.price)} / ${unitOf(p)}`, el('div', { class: 'hint' }, `TVA ${number(p.vatRate, 2)} %`)),
      el('td', { class: 'num' }, `${number(p.caseSize)} ${Number(p.caseSize) > 1 ? unitWord(p) : unitOf(p)}`),
      el('td', { class: 'num' }, el('div', { class: 'field' }, quantity, cycle ? caseGauge(p) : null)),
    ];
    if (cycle && cycle.tolerance) {
      cells.push(el('td', { class: 'num' }, el('div', { class: 'field' }, el('input', { type: 'text', inputmode: 'decimal', name: `max-${p.code}`,
        value: line.max, 'aria-label': `Quantité maximale acceptée de ${p.name}`, disabled: !editable(), dataset: { code: p.code, kind: 'max' } }))));
    }
    cells.push(el('td', { class: 'num', id: `net-${p.code}` }, lineNet(p, line.quantity)));
    return el('tr', {}, cells);
  }

  /**
   * How full the cases are with every member's orders so far (the cycle's pooled totals, published as totals
   * only), counting this buyer's quantity as typed rather than as last saved.
   */
  function caseGauge(p) {
    const line = lines.get(p.code);
    const mine = line ? Number(String(line.quantity).replace(',', '.')) || 0 : 0;
    const saved = savedMine.get(p.code) || 0;
    const others = Math.max(0, (pooled.get(p.code) || 0) - saved);
    const total = others + mine;
    const size = Number(p.caseSize);
    if (!total || !size) return el('span', { class: 'hint', id: `fill-${p.code}` }, 'Aucun colis entamé');
    const full = Math.floor(total / size + 1e-9);
    const open = Math.round((total - full * size) * 1000) / 1000;
    const percent = open === 0 ? 100 : Math.round(open / size * 100);
    const unit = size > 1 ? unitWord(p) : unitOf(p);
    const text = `${number(full, 0)} colis complet${full > 1 ? 's' : ''}` + (open > 0 ? ` + ${number(open, 3)} / ${number(size)} ${unit}` : '');
    return el('div', { id: `fill-${p.code}` },
      el('div', { class: 'gauge', role: 'img', 'aria-label': `Tous membres : ${text}` }, el('span', { style: `width:${percent}%` })),
      el('span', { class: 'hint' }, `Tous membres : ${text}`));
  }

  function lineNet(p, quantity) {
    if (!quantity) return '';
    const e = G.estimate([{ quantity, price: p.price, vatRate: p.vatRate }]);
    return money(e.net / 100);
  }

  $('#products').addEventListener('input', event => {
    const input = event.target;
    const code = input.dataset.code;
    if (!code) return;
    const product = products.find(p => p.code === code);
    const line = lines.get(code) || { product: code, quantity: '', max: '' };
    line.productView = product;
    line[input.dataset.kind] = input.value.trim();
    const valid = input.value.trim() === '' || (G.scaled(input.value, 3) !== null && G.scaled(input.value, 3) >= 0n);
    const wrapper = input.closest('.field');
    wrapper.querySelectorAll('.field-error').forEach(n => n.remove());
    if (valid) input.removeAttribute('aria-invalid');
    else {
      input.setAttribute('aria-invalid', 'true');
      wrapper.append(el('p', { class: 'field-error' }, 'Nombre positif attendu, par exemple 2,5.'));
    }
    if (line.quantity === '' && line.max === '') lines.delete(code); else lines.set(code, line);
    if (input.dataset.kind === 'quantity') {
      $(`#net-${CSS.escape(code)}`).textContent = valid ? lineNet(product, line.quantity) : '';
      const fill = $(`#fill-${CSS.escape(code)}`);
      if (fill && cycle) fill.replaceWith(caseGauge(product));
    }
    renderEstimate();
  });

  function renderEstimate() {
    const priced = [...lines.values()].map(l => {
      const p = l.productView || products.find(x => x.code === (l.product.code || l.product)) || (typeof l.product === 'object' ? l.product : null);
      return p ? { quantity: l.quantity, price: p.price, vatRate: p.vatRate } : null;
    }).filter(Boolean);
    const e = G.estimate(priced);
    $('#estimate-lines').textContent = String(priced.filter(l => G.scaled(l.quantity, 3) > 0n).length);
    const basis = { ALLOCATED: 'sur les quantités attribuées', DELIVERED: 'sur les quantités livrées' };
    if (!editable() && cycle.estimate && basis[cycle.estimate.basis]) {
      // once closed, the service prices what is allocated or delivered, not what was ordered
      $('#estimate-title').textContent = `Estimation ${basis[cycle.estimate.basis]}`;
      $('#estimate-net').textContent = money(cycle.estimate.net);
      $('#estimate-vat').textContent = money(cycle.estimate.vat);
      $('#estimate-gross').textContent = money(cycle.estimate.gross);
      return;
    }
    $('#estimate-title').textContent = 'Estimation';
    $('#estimate-net').textContent = money(e.net / 100);
    $('#estimate-vat').textContent = money(e.vat / 100);
    $('#estimate-gross').textContent = money(e.gross / 100);
  }

  let typing = null;
  const filterChanged = event => {
    clearTimeout(typing);
    typing = setTimeout(() => loadProducts(false), event.target.type === 'search' ? 250 : 0);
  };
  $('#filters').addEventListener('input', filterChanged);
  $('#filters').addEventListener('change', filterChanged);
  $('#filters').addEventListener('submit', event => { event.preventDefault(); loadProducts(false); });

  /* ---------- saving the order ---------- */

  $('#order-form').addEventListener('submit', async event => {
    event.preventDefault();
    if (!cycle) return;
    const body = {
      purchaseOrderRef: $('#purchaseOrderRef').value.trim() || null,
      version: cycle.orderVersion == null ? null : cycle.orderVersion,
      lines: [...lines.entries()].filter(([, l]) => l.quantity !== '').map(([code, l]) => ({
        product: code, quantity: Number(l.quantity.replace(',', '.')), max: l.max ? Number(l.max.replace(',', '.')) : null })),
    };
    const reply = await api(`api/cycles/${cycle.id}/orders/${encodeURIComponent(memberCode)}`, { method: 'PUT', json: body });
    if (!reply.ok) {
      const problem = reply.problem;
      for (const error of problem.errors || []) {
        const m = /^lines\[(\d+)\]\.(\w+)/.exec(error.field || '');
        if (m && body.lines[Number(m[1])]) error.field = `${m[2] === 'max' ? 'max' : 'qty'}-${body.lines[Number(m[1])].product}`;
      }
      if (problem.type && problem.type.endsWith('/ceiling-exceeded')) {
        say('#order-message', 'error', `Le plafond de l’accord-cadre serait dépassé : il reste ${money(problem.remaining)} HTVA, votre commande en demande ${money(problem.requested)}.`);
      } else if (problem.type && problem.type.endsWith('/ordering-closed')) {
        say('#order-message', 'error', 'Les commandes de ce cycle sont clôturées : votre commande n’a pas été modifiée.');
      } else if (problem.status === 409) {
        say('#order-message', 'error', 'Votre commande a été modifiée entre-temps (par exemple dans un autre onglet) : rechargez la page.');
      } else {
        G.showProblem(problem, { form: $('#main'), box: '#order-message' });
      }
      return;
    }
    cycle.orderVersion = reply.data.version;
    savedMine.clear();
    reply.data.lines.forEach(l => savedMine.set(l.product, Number(l.quantity)));
    const fill = await api(`api/cycles/${cycle.id}/case-fill`);
    if (fill.ok) {
      pooled.clear();
      fill.data.forEach(f => pooled.set(f.product, Number(f.ordered)));
      products.forEach(p => { const gauge = $(`#fill-${CSS.escape(p.code)}`); if (gauge) gauge.replaceWith(caseGauge(p)); });
    }
    const count = reply.data.lines.length;
    say('#order-message', 'ok', `Commande enregistrée : ${count} produit${count > 1 ? 's' : ''}, ${money(reply.data.estimatedTotal.gross)} TVAC estimés. `
      + 'Vous pouvez la modifier jusqu’à la clôture.', (reply.data.warnings || []).map(G.fr));
  });

  const PAYMENT = { ISSUED: ['À payer', 'issued'], PARTLY_PAID: ['Partiellement payée', 'partly'], PAID: ['Payée', 'paid'],
    OVERDUE: ['En retard', 'overdue'], CANCELLED: ['Annulée', 'cancelled'] };

  async function loadInvoices() {
    const [reply, states] = await Promise.all([api(`api/invoices?member=${encodeURIComponent(memberCode)}`),
      api(`api/payments/receivables?member=${encodeURIComponent(memberCode)}`)]);
    if (!reply.ok || reply.data.length === 0) return;
    const byNumber = new Map((states.ok ? states.data : []).map(r => [r.invoice, r]));
    $('#invoices-section').hidden = false;
    $('#invoices tbody').replaceChildren(...reply.data.map(i => el('tr', { dataset: { invoice: i.number } },
      el('th', { scope: 'row' }, i.number),
      el('td', {}, date(i.issueDate)),
      el('td', { class: 'num' }, money(i.gross)),
      el('td', {}, byNumber.has(i.number) ? [el('span', { class: `tag ${PAYMENT[byNumber.get(i.number).state][1]}` },
        PAYMENT[byNumber.get(i.number).state][0]), Number(byNumber.get(i.number).open) > 0
        ? el('div', { class: 'hint' }, `reste ${money(byNumber.get(i.number).open)}, échéance ${date(byNumber.get(i.number).dueDate)}`) : null] : '—'),
      el('td', {}, G.downloadButton('PDF', `Télécharger la facture ${i.number} en PDF`, `api/invoices/${encodeURIComponent(i.number)}`,
        'application/pdf', `${i.number}.pdf`, '#invoices-message')))));
  }

  await loadCycles();
  if (!cycle) await loadProducts(true);
  await loadInvoices();
})();
