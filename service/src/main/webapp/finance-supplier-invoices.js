/* The finance page, cooperative's invoices: upload the cooperative's UBL invoice for a received cycle, see each line
   checked against the purchase order and the reception (three-way match), approve or dispute it with a note. */
'use strict';

(async () => {
  const { api, el, $, say, clear, money, date } = G;
  const me = await api('api/me');
  if (!me.ok || me.data.role !== 'FINANCE') return;

  const FINDINGS = {
    UNKNOWN_PRODUCT: 'Produit inconnu du catalogue du cycle',
    NOT_ORDERED: 'Produit non commandé dans ce cycle',
    PRICE_DIFFERS: 'Prix différent du catalogue du cycle',
    UNIT_DIFFERS: 'Unité différente',
    QUANTITY_ABOVE_RECEIVED: 'Quantité supérieure à la quantité reçue',
    QUANTITY_ABOVE_ORDERED: 'Quantité supérieure à la quantité commandée',
    VAT_DIFFERS: 'Taux de TVA différent',
    LINE_NET_DIFFERS: 'Montant de ligne ≠ quantité × prix'
  };
  const TOTALS = { LINE_NETS: 'Somme des lignes', ALLOWANCES: 'Remises', CHARGES: 'Frais', TAX_EXCLUSIVE: 'Total HTVA',
    VAT_TOTAL: 'Total TVA', TAX_INCLUSIVE: 'Total TVAC', PAYABLE: 'À payer' };
  const VERDICTS = { APPROVED: 'Approuvée', DISPUTED: 'Contestée' };
  const soft = ok => (ok ? 'var(--ok-soft)' : 'var(--warn-soft)');
  const totalName = name => TOTALS[name] || name.replace(/^VAT_BASE (.*)$/, 'Base TVA $1 %').replace(/^VAT (.*)$/, 'TVA $1 %');
  const signed = value => (Number(value) > 0 ? `+${value}` : String(value));
  let shown = null;

  async function loadCycles() {
    const reply = await G.cycles();
    if (!reply.ok) { say('#si-message', 'error', G.statusText(reply.problem)); return; }
    const received = reply.data.filter(c => c.status === 'RECEIVED' || c.status === 'INVOICED');
    $('#si-cycle').replaceChildren(...received.map(c => el('option', { value: c.id }, `n° ${c.id} — ${c.title}`)));
    if (received.length === 0) say('#si-message', 'info', 'Aucun cycle réceptionné : une facture de la coopérative se contrôle après la réception.');
    else await loadList();
  }

  async function loadList() {
    const cycle = $('#si-cycle').value;
    if (!cycle) return;
    const reply = await api(`api/cycles/${cycle}/supplier-invoices`);
    if (!reply.ok) { say('#si-message', 'error', G.statusText(reply.problem)); return; }
    $('#si-list-wrap').hidden = reply.data.length === 0;
    $('#si-list tbody').replaceChildren(...reply.data.map(i => el('tr', { dataset: { supplierInvoice: i.id } },
      el('th', { scope: 'row' }, i.number),
      el('td', {}, date(i.issueDate)),
      el('td', { class: 'num' }, money(i.gross)),
      el('td', {}, i.matches ? 'Conforme' : `${i.linesWithFindings} ligne(s) à vérifier`),
      el('td', {}, i.decision ? VERDICTS[i.decision.verdict] : 'À décider'),
      el('td', {}, el('button', { type: 'button', class: 'secondary', 'aria-label': `Voir le contrôle de la facture ${i.number}`,
        onclick: () => show(i.id) }, 'Voir')))));
  }

  function lineRow(l) {
    const row = el('tr', { dataset: { line: l.position, state: l.state } },
      el('td', {}, String(l.position)),
      el('td', { class: 'code' }, l.product || l.sellerItemId || l.gtin || '—'),
      el('td', {}, l.description),
      el('td', { class: 'num' }, `${G.number(l.quantity, 3)} ${G.unit(l.unit)}`),
      el('td', { class: 'num' }, l.received === null || l.received === undefined ? '—' : G.number(l.received, 3)),
      el('td', { class: 'num' }, money(l.unitPrice)),
      el('td', { class: 'num' }, `${l.vatRate} %`),
      el('td', { class: 'num' }, money(l.net)),
      el('td', {}, l.state === 'MATCHED' ? 'Conforme'
        : el('ul', { class: 'findings' }, l.findings.map(f => el('li', {}, `${FINDINGS[f.kind] || f.kind}`,
          f.expected !== null && f.expected !== undefined ? ` : attendu ${f.expected}, facturé ${f.actual}` : '',
          f.amount !== null && f.amount !== undefined ? ` (${signed(f.amount)} € HTVA)` : '')))));
    row.style.background = soft(l.state === 'MATCHED');
    return row;
  }

  async function show(id) {
    const reply = await api(`api/supplier-invoices/${id}`);
    if (!reply.ok) { say('#si-message', 'error', G.statusText(reply.problem)); return; }
    render(reply.data);
  }

  function render(view) {
    shown = view;
    const i = view.invoice;
    const c = view.comparison;
    const panel = $('#si-detail');
    panel.hidden = false;
    const totals = view.totals.map(t => {
      const row = el('tr', {}, el('th', { scope: 'row' }, totalName(t.name)), el('td', { class: 'num' }, money(t.declared)),
        el('td', { class: 'num' }, money(t.computed)), el('td', { class: 'num' }, t.matches ? '—' : signed(t.difference)));
      row.style.background = soft(t.matches);
      return row;
    });
    const missing = view.notInvoiced.length === 0 ? [] : [el('h4', {}, 'Commandé ou reçu, mais pas facturé'),
      el('ul', {}, view.notInvoiced.map(n => el('li', {}, `${n.product} ${n.name} : commandé ${G.number(n.ordered, 3)}, reçu ${G.number(n.received, 3)}`
        + (Number(n.received) > 0 ? ` (${money(n.receivedValue)} HTVA)` : ''))))];
    const decision = i.decision
      ? el('p', { id: 'si-decision' }, `${VERDICTS[i.decision.verdict]} par ${i.decision.by} le ${G.dateTime(i.decision.at)}`,
        i.decision.note ? ` : « ${i.decision.note} »` : '')
      : el('p', { id: 'si-decision' }, 'Pas encore de décision.');
    panel.replaceChildren(
      el('h3', { id: 'si-detail-title', tabindex: '-1' }, `Facture ${i.number} de ${i.seller} (${date(i.issueDate)}) — `
        + (i.matches ? 'conforme à la commande et à la réception' : `${i.linesWithFindings} ligne(s) à vérifier`)),
      el('div', { class: 'table-wrap' }, el('table', { id: 'si-lines' },
        el('caption', {}, 'Lignes de la facture comparées au bon de commande et à la réception'),
        el('thead', {}, el('tr', {}, ...['Ligne', 'Produit', 'Description', 'Facturé', 'Reçu', 'Prix', 'TVA', 'Montant', 'Contrôle']
          .map((h, n) => el('th', { scope: 'col', class: n >= 3 && n <= 7 ? 'num' : null }, h)))),
        el('tbody', {}, view.lines.map(lineRow)))),
      ...missing,
      el('div', { class: 'table-wrap' }, el('table', { id: 'si-totals' },
        el('caption', {}, 'Totaux déclarés et recalculés (TVA par taux sur la base additionnée)'),
        el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Total'), el('th', { scope: 'col', class: 'num' }, 'Déclaré'),
          el('th', { scope: 'col', class: 'num' }, 'Recalculé'), el('th', { scope: 'col', class: 'num' }, 'Écart'))),
        el('tbody', {}, totals))),
      el('p', {}, `La réception vaut ${money(c.receptionGross)} TVAC aux prix du catalogue ; la facture demande ${money(c.invoicedGross)}, `
        + `soit ${signed(c.difference)} €.`),
      decision,
      el('form', { id: 'si-decision-form', novalidate: true },
        el('div', { class: 'field wide' }, el('label', { for: 'si-note' }, 'Note (obligatoire pour contester, ou pour approuver une facture non conforme)'),
          el('textarea', { id: 'si-note', name: 'note', rows: '2' })),
        el('div', { class: 'actions' },
          el('button', { type: 'button', id: 'si-approve', onclick: () => decide('APPROVED') }, 'Approuver'),
          el('button', { type: 'button', id: 'si-dispute', class: 'secondary', onclick: () => decide('DISPUTED') }, 'Contester'),
          G.downloadButton('UBL', `Télécharger la facture ${i.number} telle que reçue`, `api/supplier-invoices/${i.id}/ubl`, 'application/xml',
            `${i.number}.xml`, '#si-decision-message'))),
      el('div', { id: 'si-decision-message', class: 'message', 'aria-live': 'polite' }));
    $('#si-detail-title').focus();
  }

  async function decide(verdict) {
    if (!shown) return;
    const form = $('#si-decision-form');
    G.clearErrors(form);
    const note = $('#si-note').value.trim();
    const reply = await api(`api/supplier-invoices/${shown.invoice.id}/decision`, { method: 'PUT', json: note ? { verdict, note } : { verdict } });
    if (!reply.ok) { G.showProblem(reply.problem, { form, box: '#si-decision-message' }); return; }
    render(reply.data);
    say('#si-decision-message', 'ok', `Décision enregistrée : ${VERDICTS[verdict]}.`);
    await loadList();
  }

  $('#si-cycle').addEventListener('change', () => { $('#si-detail').hidden = true; clear('#si-message'); loadList(); });

  $('#si-form').addEventListener('submit', async event => {
    event.preventDefault();
    clear('#si-message');
    const file = $('#si-file').files[0];
    const cycle = $('#si-cycle').value;
    if (!cycle) { say('#si-message', 'error', 'Choisissez un cycle réceptionné.'); return; }
    if (!file) { say('#si-message', 'error', 'Choisissez le fichier XML de la facture.'); $('#si-file').focus(); return; }
    const reply = await api(`api/cycles/${cycle}/supplier-invoices`, { method: 'POST', body: await file.arrayBuffer(), contentType: 'application/xml' });
    if (!reply.ok) {
      const errors = (reply.problem.errors || []).map(e => [e.field, e.line ? `ligne ${e.line}${e.column ? `, colonne ${e.column}` : ''}` : null]
        .filter(Boolean).join(', ') + ` : ${G.fr(e.message)}`);
      say('#si-message', 'error', G.statusText(reply.problem), errors);
      return;
    }
    $('#si-file').value = '';
    say('#si-message', reply.data.invoice.matches ? 'ok' : 'warn', reply.data.invoice.matches
      ? `Facture ${reply.data.invoice.number} enregistrée : conforme à la commande et à la réception.`
      : `Facture ${reply.data.invoice.number} enregistrée : ${reply.data.invoice.linesWithFindings} ligne(s) à vérifier.`);
    await loadList();
    render(reply.data);
  });

  await loadCycles();
})();
