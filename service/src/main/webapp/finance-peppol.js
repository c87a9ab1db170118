/* The finance page's Peppol section: where the delivery of each issued invoice and credit note stands, failed ones with a resend button. */
'use strict';

(async () => {
  const { api, el, $, say, clear, dateTime } = G;
  const STATES = {
    QUEUED: 'En attente d’envoi',
    SENT: 'Envoyé, sans accusé de réception',
    DELIVERED: 'Délivré (accusé de réception AS4)',
    FAILED: 'Échec',
    TO_SEND_BY_HAND: 'À envoyer à la main (PDF)'
  };
  const KINDS = { INVOICE: 'Facture', CREDIT_NOTE: 'Note de crédit' };
  const section = $('#peppol');
  if (!section) return;

  async function loadStatus() {
    const reply = await api('api/deliveries/status');
    if (!reply.ok) { section.hidden = true; return false; }
    section.hidden = false;
    $('#peppol-status').textContent = reply.data.configured
      ? `Point d’accès Peppol : ${reply.data.accessPoint}.`
      : 'Aucun point d’accès Peppol n’est configuré : les documents restent en attente d’envoi.';
    return true;
  }

  function describe(d) {
    const parts = [];
    if (d.reason) parts.push(d.reason);
    if (d.state === 'FAILED' && d.nextAttemptAt) parts.push(`nouvel essai le ${dateTime(d.nextAttemptAt)}`);
    if (d.state === 'FAILED' && !d.nextAttemptAt) parts.push('plus d’essai automatique : à renvoyer');
    if (d.state === 'DELIVERED' && d.receiptId) parts.push(`accusé ${d.receiptId}`);
    return parts.join(' — ');
  }

  async function loadDeliveries() {
    const state = $('#peppol-state').value;
    const reply = await api(`api/deliveries${state ? `?state=${encodeURIComponent(state)}` : ''}`);
    if (!reply.ok) { G.showProblem(reply.problem, { form: $('#peppol-filters'), box: '#peppol-message' }); return; }
    if (reply.data.length === 0) {
      say('#peppol-message', 'info', state ? 'Aucun envoi dans cet état.' : 'Aucun document à envoyer pour le moment.');
      $('#peppol-wrap').hidden = true;
      return;
    }
    clear('#peppol-message');
    $('#peppol-wrap').hidden = false;
    $('#peppol-deliveries tbody').replaceChildren(...reply.data.map(d => el('tr', { dataset: { delivery: d.number, state: d.state } },
      el('th', { scope: 'row' }, d.number, el('div', { class: 'hint' }, KINDS[d.kind] || d.kind)),
      el('td', {}, d.member, el('div', { class: 'hint' }, d.recipient || 'pas d’identifiant Peppol')),
      el('td', {}, STATES[d.state] || d.state),
      el('td', { class: 'num' }, String(d.attempts)),
      el('td', {}, dateTime(d.updatedAt)),
      el('td', {}, describe(d)),
      el('td', {}, d.resendable
        ? el('button', { type: 'button', 'aria-label': `Renvoyer ${KINDS[d.kind] ? KINDS[d.kind].toLowerCase() : ''} ${d.number} par Peppol`,
          dataset: { resend: d.number }, onclick: event => resend(d, event.currentTarget) }, 'Renvoyer')
        : ''))));
  }

  async function resend(delivery, button) {
    button.disabled = true;
    const reply = await api(`api/deliveries/${encodeURIComponent(delivery.number)}/resend`, { method: 'POST' });
    button.disabled = false;
    if (!reply.ok) { say('#peppol-message', 'error', G.statusText(reply.problem)); return; }
    await loadDeliveries();
    say('#peppol-message', 'ok', `${delivery.number} sera renvoyé par Peppol dans quelques instants.`);
  }

  $('#peppol-filters').addEventListener('submit', event => { event.preventDefault(); loadDeliveries(); });

  if (await loadStatus()) {
    await loadDeliveries();
    // the timer sends in the background: the table follows without a reload
    setInterval(() => { if (!document.hidden) loadDeliveries(); }, 20000);
  }
})();
