/* The cooperative's page: catalogue upload with every error by line and column, versions, cycles. */
'use strict';

(async () => {
  const { api, el, $, say, clear, number, date, dateTime } = G;
  const me = await G.start('SUPPLIER');
  if (!me) return;
  G.tabs($('#sections'));
  const supplier = me.supplier;
  const who = await api(`api/suppliers/${encodeURIComponent(supplier)}`);
  if (who.ok) $('#title').textContent = `Coopérative — ${who.data.name}`;

  async function loadVersions() {
    const reply = await api(`api/suppliers/${encodeURIComponent(supplier)}/catalogues`);
    if (!reply.ok) { say('#page-message', 'error', G.statusText(reply.problem)); return; }
    $('#versions tbody').replaceChildren(...(reply.data.length ? reply.data.map(c => el('tr', {},
      el('td', { class: 'num' }, String(c.version)),
      el('td', { class: 'num' }, number(c.productCount, 0)),
      el('td', {}, dateTime(c.importedAt)),
      el('td', {}, c.importedBy || '—'),
      el('td', { class: 'code' }, `n° ${c.id}`))) : [el('tr', {}, el('td', { colspan: 5, class: 'muted' }, 'Aucun catalogue importé.'))]));
  }

  $('#upload').addEventListener('submit', async event => {
    event.preventDefault();
    clear('#upload-message');
    G.clearErrors($('#upload'));
    $('#upload-errors-wrap').hidden = true;
    const file = $('#csv').files[0];
    if (!file) {
      G.showProblem({ status: 400, errors: [{ field: 'csv', message: 'Choisissez un fichier CSV.' }] }, { form: $('#upload'), box: '#upload-message' });
      return;
    }
    $('#upload-button').disabled = true;
    const reply = await api(`api/suppliers/${encodeURIComponent(supplier)}/catalogues`, { method: 'POST', body: file, contentType: 'text/csv' });
    $('#upload-button').disabled = false;
    if (reply.ok) {
      say('#upload-message', 'ok', `Catalogue importé : version ${reply.data.version}, ${number(reply.data.productCount, 0)} produits.`);
      $('#upload').reset();
      await loadVersions();
      return;
    }
    const errors = reply.problem.errors || [];
    if (errors.length && errors.some(e => e.line)) {
      say('#upload-message', 'error', `${errors.length} erreur${errors.length > 1 ? 's' : ''} dans le fichier « ${file.name} » : rien n’a été importé. Corrigez-les puis réessayez.`);
      $('#upload-errors tbody').replaceChildren(...errors.map(e => el('tr', {},
        el('td', { class: 'num' }, e.line == null ? '—' : String(e.line)),
        el('td', {}, e.column || '—'),
        el('td', {}, G.fr(e.message)))));
      $('#upload-errors-wrap').hidden = false;
      $('#upload-message').tabIndex = -1;
      $('#upload-message').focus();
    } else {
      G.showProblem(reply.problem, { form: $('#upload'), box: '#upload-message' });
    }
  });

  await loadVersions();
  const STATUS = { DRAFT: 'Brouillon', OPEN: 'Ouvert aux commandes', CLOSED: 'Clôturé', ORDERED: 'Commandé : à livrer', RECEIVED: 'Réceptionné',
    INVOICED: 'Facturé', CANCELLED: 'Annulé' };
  const UNITS = { KGM: 'kg', GRM: 'g', LTR: 'l', H87: 'pc', C62: 'u' };
  const qty = (value, unit) => `${number(value)} ${UNITS[unit] || unit}`;

  async function loadCycles() {
    const reply = await api('api/cycles');
    if (!reply.ok) { say('#cycles-message', 'error', G.statusText(reply.problem)); return; }
    const cycles = reply.data.filter(c => c.status !== 'DRAFT').sort((a, b) => b.id - a.id);
    if (cycles.length === 0) { say('#cycles-message', 'info', 'Aucun cycle pour le moment.'); return; }
    clear('#cycles-message');
    $('#cycles-wrap').hidden = false;
    $('#cycle-list tbody').replaceChildren(...cycles.map(c => {
      const ordered = ['ORDERED', 'RECEIVED', 'INVOICED'].includes(c.status);
      return el('tr', {},
        el('th', { scope: 'row' }, c.title, el('div', { class: 'hint' }, `n° ${c.id}`)),
        el('td', {}, STATUS[c.status] || c.status),
        el('td', {}, date(c.deliveryDate)),
        el('td', {}, ordered ? el('div', { class: 'actions', style: 'margin:0' },
          G.downloadButton('PDF', `Bon de commande du cycle ${c.title} en PDF`, `api/cycles/${c.id}/purchase-order`, 'application/pdf', `bon-de-commande-${c.id}.pdf`, '#cycles-message'),
          G.downloadButton('CSV', `Bon de commande du cycle ${c.title} en CSV`, `api/cycles/${c.id}/purchase-order`, 'text/csv', `bon-de-commande-${c.id}.csv`, '#cycles-message'))
          : el('span', { class: 'muted' }, 'après l’envoi')),
        el('td', {}, el('div', { class: 'actions', style: 'margin:0' },
          el('button', { type: 'button', class: 'secondary', 'aria-label': `Commande consolidée du cycle ${c.title}`, onclick: () => showCycle(c, false) }, 'Commande consolidée'),
          c.status === 'ORDERED' ? el('button', { type: 'button', 'aria-label': `Enregistrer la réception du cycle ${c.title}`, dataset: { reception: c.id },
            onclick: () => showCycle(c, true) }, 'Réception') : null)));
    }));
  }

  async function showCycle(cycle, reception) {
    const box = $('#cycle-detail');
    const reply = await api(`api/cycles/${cycle.id}/consolidation`);
    if (!reply.ok) { box.replaceChildren(el('div', { class: 'message error', role: 'alert' }, G.statusText(reply.problem))); return; }
    const c = reply.data;
    const heading = el('h3', { tabindex: '-1' }, `${reception ? 'Réception' : 'Commande consolidée'} — ${cycle.title}`);
    const products = c.products.filter(p => Number(p.caseQuantity) > 0 || Number(p.allocated) > 0);
    const table = el('div', { class: 'table-wrap' }, el('table', { id: 'consolidated' },
      el('caption', {}, 'Par produit'),
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Produit'), el('th', { scope: 'col', class: 'num' }, 'Colis'),
        el('th', { scope: 'col', class: 'num' }, 'Quantité à livrer'),
        reception ? [el('th', { scope: 'col', class: 'num' }, 'Livré ou pesé'), el('th', { scope: 'col' }, 'Lot'),
          el('th', { scope: 'col' }, 'Type de date'), el('th', { scope: 'col' }, 'Date')] : null)),
      el('tbody', {}, products.map((p, i) => el('tr', { dataset: { product: p.product } },
        el('th', { scope: 'row' }, p.name, ' ', el('span', { class: 'code' }, p.product), p.chilled ? [' ', el('span', { class: 'tag froid' }, 'Frais')] : null),
        el('td', { class: 'num' }, `${p.cases} × ${qty(p.caseSize, p.unit)}`),
        el('td', { class: 'num' }, qty(p.caseQuantity, p.unit)),
        reception ? [
          el('td', { class: 'num' }, el('div', { class: 'field' }, el('input', { type: 'text', inputmode: 'decimal', name: `lines[${i}].quantity`, id: `r-qty-${p.product}`,
            value: String(p.caseQuantity).replace('.', ','), 'aria-label': `Quantité livrée de ${p.name} (${UNITS[p.unit] || p.unit})` }))),
          el('td', {}, el('div', { class: 'field' }, el('input', { type: 'text', name: `lines[${i}].lot`, id: `r-lot-${p.product}`, 'aria-label': `Lot de ${p.name}` }))),
          el('td', {}, el('select', { id: `r-kind-${p.product}`, 'aria-label': `Type de date de ${p.name}` },
            el('option', { value: 'bestBefore' }, 'À consommer de préférence (DDM)'), el('option', { value: 'useBy' }, 'À consommer jusqu’au (DLC)'))),
          el('td', {}, el('div', { class: 'field' }, el('input', { type: 'date', name: `lines[${i}].date`, id: `r-date-${p.product}`, 'aria-label': `Date de ${p.name}` }))),
        ] : null)))));
    const points = el('div', { class: 'table-wrap', style: 'margin-top:1rem' }, el('table', { id: 'delivery-points' },
      el('caption', {}, 'Par point de livraison'),
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Point de livraison'), el('th', { scope: 'col' }, 'À préparer'), el('th', { scope: 'col', class: 'num' }, 'Valeur HTVA'))),
      el('tbody', {}, c.deliveryPoints.map(d => el('tr', {}, el('th', { scope: 'row' }, d.deliveryPoint),
        el('td', {}, d.products.map(p => `${p.name} : ${qty(p.allocated, p.unit)}`).join(' · ')), el('td', { class: 'num' }, G.money(d.value)))))));
    const parts = [heading, el('p', { class: 'muted' }, `Valeur de la commande : ${G.money(c.supplierOrderValue)} HTVA.`)];
    if (reception) {
      const form = el('form', { id: 'reception-form', novalidate: true }, table,
        el('div', { class: 'actions' }, el('button', { type: 'submit' }, 'Enregistrer la réception')));
      form.addEventListener('submit', event => { event.preventDefault(); receive(cycle, form, products); });
      parts.push(form, el('div', { id: 'reception-message', class: 'message', 'aria-live': 'polite' }));
    } else {
      parts.push(table, points);
    }
    box.replaceChildren(...parts);
    heading.focus();
  }

  async function receive(cycle, form, products) {
    G.clearErrors(form);
    const lines = products.map((p, i) => {
      const line = { product: p.product, quantity: Number(($(`#r-qty-${CSS.escape(p.product)}`).value || '').replace(',', '.')) };
      const lot = $(`#r-lot-${CSS.escape(p.product)}`).value.trim();
      const day = $(`#r-date-${CSS.escape(p.product)}`).value;
      if (lot) line.lot = lot;
      if (day) line[$(`#r-kind-${CSS.escape(p.product)}`).value] = day;
      return line;
    });
    const reply = await api(`api/cycles/${cycle.id}/reception`, { method: 'POST', json: { lines } });
    if (!reply.ok) {
      for (const error of reply.problem.errors || []) {
        if (error.field) error.field = error.field.replace(/\.(useBy|bestBefore)$/, '.date');
      }
      G.showProblem(reply.problem, { form, box: '#reception-message' });
      return;
    }
    say('#reception-message', 'ok', `Réception enregistrée : ${reply.data.lines} ligne${reply.data.lines > 1 ? 's' : ''}, cycle réceptionné.`,
      (reply.data.notices || []).map(n => `${n.product}${n.lot ? ` (lot ${n.lot})` : ''} : ${G.fr(n.message)}`));
    await loadCycles();
  }

  await loadCycles();
})();
