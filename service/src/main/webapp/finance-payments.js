/* The finance page, payments: bank statements imported, credits matched by hand, each invoice's state, the aged balance, reminders, payments CSV. */
'use strict';

(async () => {
  const { api, el, $, say, clear, money, date } = G;
  const STATES = {
    ISSUED: ['Émise', 'issued'], PARTLY_PAID: ['Partiellement payée', 'partly'], PAID: ['Payée', 'paid'],
    OVERDUE: ['En retard', 'overdue'], CANCELLED: ['Annulée', 'cancelled']
  };
  const LEVELS = { FIRST: 'Premier rappel', SECOND: 'Second rappel' };
  // finance.js starts the page (who is signed in, the sign-out button); this script only needs the role
  const me = await api('api/me');
  if (!me.ok || me.data.role !== 'FINANCE') return;
  let matching = null;

  const stateTag = state => el('span', { class: `tag ${STATES[state][1]}` }, STATES[state][0]);
  const allocationsText = allocations => allocations.map(a => `${a.invoice} : ${money(a.amount)}`).join(', ');

  /* ---------- statements ---------- */

  $('#statement-form').addEventListener('submit', async event => {
    event.preventDefault();
    const form = event.target;
    G.clearErrors(form); clear('#statement-message');
    const file = $('#s-file').files[0];
    if (!file) { G.showProblem({ status: 400, errors: [{ field: 'file', message: 'Choisissez le fichier du relevé.' }] }, { form, box: '#statement-message' }); return; }
    $('#statement-submit').disabled = true;
    say('#statement-message', 'info', `Import de ${file.name} en cours…`);
    const xml = /\.xml$/i.test(file.name) || file.type.includes('xml');
    const reply = await api(`api/payments/statements?fileName=${encodeURIComponent(file.name)}`,
      { method: 'POST', body: file, contentType: xml ? 'application/xml' : 'application/octet-stream' });
    $('#statement-submit').disabled = false;
    if (!reply.ok) { G.showProblem(reply.problem, { form, box: '#statement-message' }); return; }
    const lines = reply.data.statements.map(s => s.alreadyImported
      ? `Relevé ${s.number}/${s.sequence} du ${date(s.date)} : déjà importé, rien n’a changé.`
      : `Relevé ${s.number}/${s.sequence} du ${date(s.date)} : ${s.paidAutomatically.length} paiement(s) rapproché(s) automatiquement, `
        + `${s.waiting} à rapprocher, ${s.alreadySeen} déjà connu(s), ${s.debits} débit(s).`);
    say('#statement-message', 'ok', `${file.name} importé (${reply.data.format === 'CODA' ? 'CODA' : 'CAMT.053'}).`, lines);
    form.reset();
    await refresh();
  });

  async function loadStatements() {
    const reply = await api('api/payments/statements');
    if (!reply.ok) return;
    $('#statements-wrap').hidden = reply.data.length === 0;
    $('#statements tbody').replaceChildren(...reply.data.map(s => el('tr', {},
      el('th', { scope: 'row' }, `${s.year} n° ${s.number}/${s.sequence}`, el('div', { class: 'hint' }, s.fileName)),
      el('td', { class: 'code' }, s.account),
      el('td', {}, s.format === 'CODA' ? 'CODA' : 'CAMT.053'),
      el('td', {}, date(s.date)),
      el('td', { class: 'num' }, money(s.closingBalance)),
      el('td', { class: 'num' }, String(s.entries)),
      el('td', {}, s.importedBy, el('div', { class: 'hint' }, G.dateTime(s.importedAt))))));
  }

  /* ---------- credits waiting for a person ---------- */

  async function loadUnmatched() {
    const reply = await api('api/payments/unmatched');
    if (!reply.ok) { say('#unmatched-message', 'error', G.statusText(reply.problem)); return; }
    if (reply.data.length === 0) {
      say('#unmatched-message', 'info', 'Aucun paiement à rapprocher.');
      $('#unmatched-wrap').hidden = true;
      $('#unmatched tbody').replaceChildren();
      return;
    }
    say('#unmatched-message', 'info', `${reply.data.length} paiement(s) à rapprocher : confirmez la suggestion ou rapprochez à la main.`);
    $('#unmatched-wrap').hidden = false;
    $('#unmatched tbody').replaceChildren(...reply.data.map(c => {
      const best = c.suggestions[0];
      return el('tr', { dataset: { credit: c.id } },
        el('td', {}, date(c.bookingDate)),
        el('td', { class: 'num' }, money(c.amount)),
        el('td', {}, c.counterparty || '—', c.counterpartyAccount ? el('div', { class: 'hint code' }, c.counterpartyAccount) : null),
        el('td', { class: 'code' }, c.communication || '—'),
        el('td', {}, best
          ? [el('strong', {}, best.member), ' — ', best.allocations.length ? allocationsText(best.allocations) : 'tout en avoir',
            Number(best.excess) > 0 ? ` (avoir ${money(best.excess)})` : '', el('div', { class: 'hint' }, best.evidence.join(' ; '))]
          : el('span', { class: 'hint' }, 'Aucune suggestion')),
        el('td', {}, el('div', { class: 'actions', style: 'margin:0' },
          best ? el('button', { type: 'button', 'aria-label': `Confirmer la suggestion pour le virement de ${money(c.amount)} du ${date(c.bookingDate)}`,
            onclick: event => confirm(c, best.member, best.allocations, event.currentTarget) }, 'Confirmer') : null,
          el('button', { type: 'button', class: 'secondary', 'aria-label': `Rapprocher à la main le virement de ${money(c.amount)} du ${date(c.bookingDate)}`,
            onclick: () => openMatch(c) }, 'À la main'))));
    }));
  }

  async function confirm(credit, member, allocations, button) {
    if (button) button.disabled = true;
    const reply = await api(`api/payments/unmatched/${credit.id}/confirmation`,
      { method: 'POST', json: { member, allocations: allocations.map(a => ({ invoice: a.invoice, amount: a.amount })) } });
    if (button) button.disabled = false;
    if (!reply.ok) return reply;
    await refresh();
    say('#unmatched-message', 'ok', `Virement de ${money(credit.amount)} rapproché : ${member}${reply.data.allocations.length ? ` — ${allocationsText(reply.data.allocations)}` : ''}`
      + `${Number(reply.data.excess) > 0 ? ` ; avoir ${money(reply.data.excess)}` : ''}.`);
    return reply;
  }

  function openMatch(credit) {
    matching = credit;
    $('#match-panel').hidden = false;
    $('#match-title').textContent = `Rapprochement manuel du virement de ${money(credit.amount)} du ${date(credit.bookingDate)}`;
    clear('#match-message');
    G.clearErrors($('#match-form'));
    $('#match-form').reset();
    $('#m-amount').value = String(credit.amount);
    $('#m-member').focus();
  }

  $('#match-cancel').addEventListener('click', () => { $('#match-panel').hidden = true; matching = null; });

  $('#match-form').addEventListener('submit', async event => {
    event.preventDefault();
    if (!matching) return;
    const form = event.target;
    G.clearErrors(form);
    const member = $('#m-member').value.trim();
    const invoice = $('#m-invoice').value.trim();
    const amount = $('#m-amount').value.trim().replace(',', '.');
    const missing = [];
    if (!member) missing.push({ field: 'member', message: 'is required' });
    if (invoice && !amount) missing.push({ field: 'allocations[0].amount', message: 'is required' });
    if (missing.length) { G.showProblem({ status: 400, errors: missing }, { form, box: '#match-message' }); return; }
    const reply = await confirm(matching, member, invoice ? [{ invoice, amount }] : [], $('#match-submit'));
    if (!reply.ok) { G.showProblem(reply.problem, { form, box: '#match-message' }); return; }
    $('#match-panel').hidden = true;
    matching = null;
  });

  /* ---------- invoice states and aged balance ---------- */

  async function loadReceivables() {
    const query = new URLSearchParams();
    for (const [name, id] of [['asOf', '#r-asof'], ['state', '#r-state'], ['member', '#r-member']]) {
      const value = $(id).value.trim();
      if (value) query.set(name, value);
    }
    const reply = await api(`api/payments/receivables${query.toString() ? `?${query}` : ''}`);
    if (!reply.ok) { G.showProblem(reply.problem, { form: $('#receivable-filters'), box: '#receivables-message' }); return; }
    G.clearErrors($('#receivable-filters'));
    if (reply.data.length === 0) {
      say('#receivables-message', 'info', query.toString() ? 'Aucune facture ne correspond à ces filtres.' : 'Aucune facture émise pour le moment.');
      $('#receivables-wrap').hidden = true;
    } else {
      clear('#receivables-message');
      $('#receivables-wrap').hidden = false;
      $('#receivables tbody').replaceChildren(...reply.data.map(r => el('tr', { dataset: { receivable: r.invoice, state: r.state } },
        el('th', { scope: 'row' }, r.invoice, el('div', { class: 'hint code' }, r.ogm)),
        el('td', {}, r.memberName, el('div', { class: 'hint' }, r.member)),
        el('td', {}, date(r.dueDate), r.daysPastDue > 0 && Number(r.open) > 0 ? el('div', { class: 'hint' }, `${r.daysPastDue} j de retard`) : null),
        el('td', { class: 'num' }, money(r.payable)),
        el('td', { class: 'num' }, money(r.paid)),
        el('td', { class: 'num' }, money(r.credited)),
        el('td', { class: 'num' }, money(r.open)),
        el('td', {}, stateTag(r.state)),
        el('td', {}, r.settlements.length === 0 ? '—' : el('ul', { class: 'plain' }, r.settlements.map(s => el('li', {},
          `${date(s.date)} : ${s.kind === 'PAYMENT' ? 'paiement' : `note de crédit ${s.source}`} ${money(s.amount)}`)))))));
    }
    const aged = await api(`api/payments/aged-balance${$('#r-asof').value ? `?asOf=${$('#r-asof').value}` : ''}`);
    if (!aged.ok) { say('#aged-message', 'error', G.statusText(aged.problem)); return; }
    if (aged.data.length === 0) { say('#aged-message', 'info', 'Aucun montant dû.'); $('#aged-wrap').hidden = true; return; }
    clear('#aged-message');
    $('#aged-wrap').hidden = false;
    $('#aged tbody').replaceChildren(...aged.data.map(b => el('tr', { dataset: { member: b.member } },
      el('th', { scope: 'row' }, b.memberName, el('div', { class: 'hint' }, b.member)),
      ...[b.notDue, b.days0to30, b.days31to60, b.days61to90, b.over90, b.open, b.credit].map(v => el('td', { class: 'num' }, money(v))))));
  }

  $('#receivable-filters').addEventListener('submit', event => { event.preventDefault(); loadReceivables(); });

  /* ---------- reminders ---------- */

  async function previewReminders() {
    const day = $('#rm-date').value;
    const reply = await api(`api/reminders/due${day ? `?asOf=${day}` : ''}`);
    if (!reply.ok) { G.showProblem(reply.problem, { form: $('#reminder-form'), box: '#reminder-message' }); return; }
    if (reply.data.length === 0) { say('#reminder-message', 'info', 'Aucun rappel dû à cette date.'); $('#due-wrap').hidden = true; return; }
    say('#reminder-message', 'info', `${reply.data.length} rappel(s) dû(s) à cette date.`);
    $('#due-wrap').hidden = false;
    $('#due-reminders tbody').replaceChildren(...reply.data.map(r => el('tr', {},
      el('th', { scope: 'row' }, r.invoice), el('td', {}, r.memberName), el('td', {}, date(r.dueDate)),
      el('td', { class: 'num' }, money(r.open)), el('td', { class: 'num' }, String(r.daysPastDue)), el('td', {}, LEVELS[r.level]))));
  }

  $('#reminder-preview').addEventListener('click', previewReminders);

  $('#reminder-form').addEventListener('submit', async event => {
    event.preventDefault();
    const form = event.target;
    G.clearErrors(form);
    const day = $('#rm-date').value;
    $('#reminder-send').disabled = true;
    const reply = await api(`api/reminders${day ? `?date=${day}` : ''}`, { method: 'POST' });
    $('#reminder-send').disabled = false;
    if (!reply.ok) { G.showProblem(reply.problem, { form, box: '#reminder-message' }); return; }
    $('#due-wrap').hidden = true;
    say('#reminder-message', reply.data.length ? 'ok' : 'info', reply.data.length
      ? `${reply.data.length} rappel(s) envoyé(s) : téléchargez-les ci-dessous.` : 'Aucun rappel dû à cette date : rien n’a été envoyé.');
    await loadSent();
  });

  async function loadSent() {
    const reply = await api('api/reminders');
    if (!reply.ok) return;
    $('#sent-wrap').hidden = reply.data.length === 0;
    $('#sent-reminders tbody').replaceChildren(...reply.data.map(r => el('tr', { dataset: { reminder: r.id } },
      el('td', {}, date(r.sentOn)), el('th', { scope: 'row' }, r.invoice), el('td', {}, r.memberName), el('td', {}, LEVELS[r.level]),
      el('td', { class: 'num' }, money(r.open)),
      el('td', {}, G.downloadButton('PDF', `Télécharger le ${LEVELS[r.level].toLowerCase()} de la facture ${r.invoice} en PDF`,
        `api/reminders/${r.id}/pdf`, 'application/pdf', `rappel-${r.invoice}-${r.level === 'FIRST' ? 1 : 2}.pdf`, '#reminder-message')))));
  }

  /* ---------- payments CSV ---------- */

  $('#export-payments').addEventListener('click', async () => {
    const form = $('#export-form');
    G.clearErrors(form); clear('#export-message');
    const from = $('#e-from').value; const to = $('#e-to').value;
    const missing = [];
    if (!from) missing.push({ field: 'from', message: 'is required' });
    if (!to) missing.push({ field: 'to', message: 'is required' });
    if (missing.length) { G.showProblem({ status: 400, errors: missing }, { form, box: '#export-message' }); return; }
    const result = await G.download(`api/payments/export.csv?from=${from}&to=${to}`, 'text/csv', `paiements-${from}-${to}.csv`);
    if (result.ok) say('#export-message', 'ok', `Téléchargé : ${result.name} (${G.number(result.size / 1024, 0)} Ko).`);
    else G.showProblem(result.problem, { form, box: '#export-message' });
  });

  async function refresh() {
    await Promise.all([loadStatements(), loadUnmatched(), loadReceivables()]);
  }

  const policy = await api('api/reminders/policy');
  if (policy.ok) {
    $('#reminders-policy').textContent = `Premier rappel ${policy.data.firstAfterDays} jours après l’échéance, second rappel `
      + `${policy.data.secondAfterDays} jours après le premier.`;
  }
  await refresh();
  await loadSent();
})();
