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
  await loadCycles();

  async function loadCycles() {
    const reply = await api('api/cycles');
    if (!reply.ok || !Array.isArray(reply.data) || reply.data.length === 0) {
      say('#cycles-message', 'info', 'Aucun cycle pour le moment.');
      return;
    }
    clear('#cycles-message');
  }
})();
