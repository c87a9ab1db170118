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

  /* ---------- cycles and framework agreements (as the API offers them) ---------- */

  async function loadCycles() {
    const reply = await api('api/cycles');
    if (!reply.ok || !Array.isArray(reply.data) || reply.data.length === 0) {
      say('#cycles-message', 'info', 'Aucun cycle pour le moment.');
      return;
    }
    clear('#cycles-message');
  }

  async function loadAgreements() {
    const reply = await api('api/framework-agreements');
    if (!reply.ok || !Array.isArray(reply.data) || reply.data.length === 0) say('#accords-message', 'info', 'Aucun accord-cadre enregistré.');
  }

  await Promise.all([loadMembers(), loadUsers(), loadSuppliers(), loadIssuer(), loadCycles(), loadAgreements()]);
})();
