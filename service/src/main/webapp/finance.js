/* The finance page: invoices with filters and downloads, credit notes with a reason, cycle invoicing and ZIP, accounting export. */
'use strict';

(async () => {
  const { api, el, $, say, clear, money, date } = G;
  const STATUS = { RECEIVED: 'Réceptionné : à facturer', INVOICED: 'Facturé' };
  const me = await G.start('FINANCE');
  if (!me) return;
  let crediting = null;

  async function loadInvoices() {
    const query = new URLSearchParams();
    for (const name of ['cycle', 'member', 'from', 'to']) {
      const value = $(`#f-${name}`).value.trim();
      if (value) query.set(name, value);
    }
    const reply = await api(`api/invoices${query.toString() ? `?${query}` : ''}`);
    if (!reply.ok) { G.showProblem(reply.problem, { form: $('#invoice-filters'), box: '#invoices-message' }); return; }
    G.clearErrors($('#invoice-filters'));
    if (reply.data.length === 0) {
      say('#invoices-message', 'info', query.toString() ? 'Aucune facture ne correspond à ces filtres.' : 'Aucune facture émise pour le moment.');
      $('#invoices-wrap').hidden = true;
      return;
    }
    clear('#invoices-message');
    $('#invoices-wrap').hidden = false;
    $('#invoices tbody').replaceChildren(...reply.data.map(i => el('tr', { dataset: { invoice: i.number } },
      el('th', { scope: 'row' }, i.number),
      el('td', {}, date(i.issueDate)),
      el('td', {}, i.member),
      el('td', {}, `n° ${i.cycle}`),
      el('td', { class: 'num' }, money(i.net)),
      el('td', { class: 'num' }, money(i.vat)),
      el('td', { class: 'num' }, money(i.gross)),
      el('td', { class: 'code' }, i.ogm || ''),
      el('td', {}, el('div', { class: 'actions', style: 'margin:0' },
        G.downloadButton('PDF', `Télécharger la facture ${i.number} en PDF`, `api/invoices/${encodeURIComponent(i.number)}`, 'application/pdf', `${i.number}.pdf`, '#invoices-message'),
        G.downloadButton('UBL', `Télécharger la facture ${i.number} en UBL (Peppol)`, `api/invoices/${encodeURIComponent(i.number)}`, 'application/xml', `${i.number}.xml`, '#invoices-message'))),
      el('td', {}, el('button', { type: 'button', class: 'secondary', 'aria-label': `Émettre une note de crédit pour la facture ${i.number}`,
        dataset: { credit: i.number }, onclick: () => openCredit(i) }, 'Note de crédit')))));
  }

  function openCredit(invoice) {
    crediting = invoice;
    $('#credit-panel').hidden = false;
    $('#credit-title').textContent = `Note de crédit pour la facture ${invoice.number} (${money(invoice.gross)} TVAC)`;
    clear('#credit-message');
    G.clearErrors($('#credit-form'));
    $('#c-reason').value = '';
    $('#c-reason').focus();
  }

  $('#credit-cancel').addEventListener('click', () => { $('#credit-panel').hidden = true; crediting = null; });

  $('#credit-form').addEventListener('submit', async event => {
    event.preventDefault();
    if (!crediting) return;
    const form = event.target;
    G.clearErrors(form);
    const reason = $('#c-reason').value.trim();
    if (!reason) {
      G.showProblem({ status: 400, errors: [{ field: 'reason', message: 'is required' }] }, { form, box: '#credit-message' });
      return;
    }
    const reply = await api(`api/invoices/${encodeURIComponent(crediting.number)}/credit-notes`, { method: 'POST', json: { reason } });
    if (!reply.ok) {
      if (reply.status === 409) say('#credit-message', 'error', 'Il ne reste rien à créditer sur cette facture.');
      else G.showProblem(reply.problem, { form, box: '#credit-message' });
      return;
    }
    const note = reply.data;
    say('#credit-message', 'ok', `Note de crédit ${note.number} émise (${money(note.gross)} TVAC).`);
    $('#credit-message').append(el('div', { class: 'actions' },
      G.downloadButton('PDF de la note de crédit', `Télécharger la note de crédit ${note.number} en PDF`, `api/invoices/${encodeURIComponent(note.number)}`,
        'application/pdf', `${note.number}.pdf`, '#credit-message')));
  });

  $('#invoice-filters').addEventListener('submit', event => { event.preventDefault(); loadInvoices(); });

  async function loadCycles() {
    const reply = await api('api/cycles');
    if (!reply.ok) { say('#cycles-message', 'error', G.statusText(reply.problem)); return; }
    const cycles = reply.data.sort((a, b) => b.id - a.id);
    $('#f-cycle').replaceChildren(el('option', { value: '' }, 'Tous'), ...cycles.filter(c => c.status === 'INVOICED')
      .map(c => el('option', { value: c.id }, `${c.title} (n° ${c.id})`)));
    const billable = cycles.filter(c => c.status === 'RECEIVED' || c.status === 'INVOICED');
    if (billable.length === 0) { say('#cycles-message', 'info', 'Aucun cycle réceptionné à facturer.'); return; }
    clear('#cycles-message');
    $('#cycles-wrap').hidden = false;
    $('#cycle-list tbody').replaceChildren(...billable.map(c => el('tr', {},
      el('th', { scope: 'row' }, c.title, el('div', { class: 'hint' }, `n° ${c.id}`)),
      el('td', {}, STATUS[c.status]),
      el('td', {}, date(c.deliveryDate)),
      el('td', {}, c.status === 'RECEIVED'
        ? el('button', { type: 'button', 'aria-label': `Émettre les factures du cycle ${c.title}`, onclick: event => issue(c, event.currentTarget) }, 'Émettre les factures')
        : G.downloadButton('ZIP des factures', `Télécharger les factures du cycle ${c.title} (ZIP)`, `api/cycles/${c.id}/invoices.zip`,
          'application/zip', `factures-cycle-${c.id}.zip`, '#cycles-message')))));
  }

  async function issue(cycle, button) {
    button.disabled = true;
    say('#cycles-message', 'info', `Émission des factures du cycle « ${cycle.title} » en cours…`);
    const reply = await api(`api/cycles/${cycle.id}/invoices`, { method: 'POST' });
    button.disabled = false;
    if (!reply.ok) { say('#cycles-message', 'error', G.statusText(reply.problem)); return; }
    await Promise.all([loadCycles(), loadInvoices()]);
    say('#cycles-message', 'ok', `Factures du cycle « ${cycle.title} » émises.`);
  }

  $('#export-form').addEventListener('submit', async event => {
    event.preventDefault();
    const form = event.target;
    G.clearErrors(form); clear('#export-message');
    const from = $('#e-from').value; const to = $('#e-to').value;
    const missing = [];
    if (!from) missing.push({ field: 'from', message: 'is required' });
    if (!to) missing.push({ field: 'to', message: 'is required' });
    if (missing.length) { G.showProblem({ status: 400, errors: missing }, { form, box: '#export-message' }); return; }
    const result = await G.download(`api/exports/accounting.csv?from=${from}&to=${to}`, 'text/csv', `comptabilite-${from}-${to}.csv`);
    if (result.ok) say('#export-message', 'ok', `Téléchargé : ${result.name} (${G.number(result.size / 1024, 0)} Ko).`);
    else G.showProblem(result.problem, { form, box: '#export-message' });
  });

  await loadCycles();
  await loadInvoices();
})();
