/*
 * Groupage web pages: the shared helpers. Plain ES2019+, no framework, no CDN.
 * Every datum comes from the REST API under /api with the session cookie; every state-changing call
 * carries the X-Groupage-Csrf header, which the server requires of session-authenticated requests.
 * Text is always inserted as text (never innerHTML), so data cannot inject markup.
 */
'use strict';

const G = (() => {
  const CSRF_HEADER = 'X-Groupage-Csrf';
  const PAGES = { BUYER: 'acheteur.html', SUPPLIER: 'cooperative.html', COORDINATOR: 'coordination.html', FINANCE: 'finance.html' };
  const ROLE_NAMES = { BUYER: 'Acheteur', SUPPLIER: 'Coopérative', COORDINATOR: 'Coordination', FINANCE: 'Finances' };
  const UNIT_NAMES = { KGM: 'kg', GRM: 'g', LTR: 'l', H87: 'pièce(s)', C62: 'unité(s)' };
  const moneyFormat = new Intl.NumberFormat('fr-BE', { style: 'currency', currency: 'EUR' });
  const dateFormat = new Intl.DateTimeFormat('fr-BE', { day: '2-digit', month: '2-digit', year: 'numeric' });
  const dateTimeFormat = new Intl.DateTimeFormat('fr-BE', { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' });

  /* ---------- formatting (Belgian conventions) ---------- */

  function money(amount) {
    if (amount === null || amount === undefined || amount === '') return '';
    return moneyFormat.format(Number(amount));
  }

  /** A UN/ECE unit code as people write it (KGM → kg, H87 → pièce(s)); an unknown code as it is. */
  function unit(code) {
    return UNIT_NAMES[code] || code || '';
  }

  function number(value, maxDecimals = 3) {
    if (value === null || value === undefined || value === '') return '';
    return new Intl.NumberFormat('fr-BE', { maximumFractionDigits: maxDecimals }).format(Number(value));
  }

  /** 2026-11-26 or an ISO instant → 26/11/2026 (a plain date is read as a calendar day, not UTC midnight). */
  function date(iso) {
    if (!iso) return '';
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
    return m ? `${m[3]}/${m[2]}/${m[1]}` : dateFormat.format(new Date(iso));
  }

  function dateTime(iso) {
    return iso ? dateTimeFormat.format(new Date(iso)) : '';
  }

  /* ---------- exact decimal arithmetic for estimates (BigInt, half-up like the invoices) ---------- */

  /** A decimal string or number as a BigInt scaled by 10^scale (rounded half-up beyond it). */
  function scaled(value, scale) {
    let text = String(value).trim().replace(',', '.');
    if (!/^-?\d*(\.\d*)?$/.test(text) || text === '' || text === '.' || text === '-') return null;
    const negative = text.startsWith('-');
    if (negative) text = text.slice(1);
    const [whole, fraction = ''] = text.split('.');
    const padded = (fraction + '0'.repeat(scale + 1)).slice(0, scale + 1);
    let result = BigInt((whole || '0') + padded.slice(0, scale));
    if (Number(padded[scale]) >= 5) result += 1n;
    return negative ? -result : result;
  }

  /** Divides a non-negative scaled BigInt by 10^digits, half-up. */
  function roundDown(value, digits) {
    const divisor = 10n ** BigInt(digits);
    return (value + divisor / 2n) / divisor;
  }

  /**
   * The estimate of an order as the invoice will compute it: line net = round2(qty × price), base per
   * VAT rate = sum of line nets, VAT = round2(base × rate). Lines are {quantity, price, vatRate}.
   * Returns cents as Numbers: {net, vat, gross, perRate: [{rate, base, vat}]}.
   */
  function estimate(lines) {
    const bases = new Map();
    for (const line of lines) {
      const qty = scaled(line.quantity, 3);
      const price = scaled(line.price, 6);
      if (qty === null || price === null || qty <= 0n) continue;
      const cents = roundDown(qty * price, 3 + 6 - 2);
      const rate = String(Number(line.vatRate));
      bases.set(rate, (bases.get(rate) || 0n) + cents);
    }
    let net = 0n; let vat = 0n;
    const perRate = [];
    for (const [rate, base] of [...bases.entries()].sort((a, b) => Number(a[0]) - Number(b[0]))) {
      const rateScaled = scaled(rate, 2); // percent with 2 decimals: 6 → 600, i.e. 0.06 at scale 4
      const tax = roundDown(base * rateScaled, 4);
      net += base; vat += tax;
      perRate.push({ rate: Number(rate), base: Number(base), vat: Number(tax) });
    }
    return { net: Number(net), vat: Number(vat), gross: Number(net + vat), perRate };
  }

  /* ---------- DOM ---------- */

  /** el('td', {class: 'num'}, 'text', child…): builds an element; strings become text nodes. */
  function el(tag, attributes, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (name.startsWith('on') && typeof value === 'function') node.addEventListener(name.slice(2), value);
      else if (name === 'dataset') Object.assign(node.dataset, value);
      else node.setAttribute(name, value === true ? '' : String(value));
    }
    for (const child of children.flat()) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  const $ = (selector, root = document) => root.querySelector(selector);
  const $$ = (selector, root = document) => [...root.querySelectorAll(selector)];

  function say(box, kind, text, items) {
    const target = typeof box === 'string' ? $(box) : box;
    if (!target) return;
    target.className = `message ${kind}`;
    target.setAttribute('role', kind === 'error' ? 'alert' : 'status');
    target.replaceChildren(el('p', { style: 'margin:0' }, text));
    if (items && items.length) target.append(el('ul', {}, items.map(i => el('li', {}, i))));
  }

  function clear(box) {
    const target = typeof box === 'string' ? $(box) : box;
    if (target) { target.replaceChildren(); target.className = 'message'; target.removeAttribute('role'); }
  }

  /* ---------- API errors in plain French ---------- */

  const TRANSLATIONS = [
    [/^is required$/, 'Ce champ est obligatoire.'],
    [/^is longer than (\d+) characters$/, 'Pas plus de $1 caractères.'],
    [/^must be 2 to 40 capital letters.*$/, 'De 2 à 40 majuscules, chiffres ou traits d’union, par exemple CPAS-NAMUR.'],
    [/^must be 3 to 80 lower-case.*$/, 'De 3 à 80 minuscules, chiffres, points, traits d’union ou soulignés.'],
    [/^is not a valid enterprise \(KBO\/BCE\) number.*$/, 'Numéro d’entreprise (BCE) invalide : 10 chiffres, les deux derniers valant 97 moins les huit premiers modulo 97.'],
    [/^must be a Belgian VAT number.*$/, 'Numéro de TVA belge attendu : BE suivi des 10 chiffres du numéro d’entreprise.'],
    [/^is not a valid IBAN$/, 'Ce numéro de compte IBAN n’est pas valide.'],
    [/^is not a valid BIC.*$/, 'Code BIC invalide (8 ou 11 caractères).'],
    [/^is not an e-mail address$/, 'Ce n’est pas une adresse e-mail valide.'],
    [/^must be a two-letter ISO country code.*$/, 'Code pays à deux lettres attendu, par exemple BE.'],
    [/^must not be negative$/, 'Ne peut pas être négatif.'],
    [/^must be positive$/, 'Doit être supérieur à zéro.'],
    [/^has more than (\d+) decimals$/, 'Pas plus de $1 décimales.'],
    [/^must be up to 6 capital letters.*$/, 'Jusqu’à 6 majuscules (vide pour aucun préfixe).'],
    [/^must be between (\d+) and (\d+)$/, 'Doit être compris entre $1 et $2.'],
    [/^must be between (\d+) and (\d+) with at most 2 decimals.*$/, 'Entre $1 et $2, avec au plus 2 décimales.'],
    [/^must be CPAS or ASSOCIATION$/, 'Choisissez CPAS ou association.'],
    [/^must have at least (\d+) characters$/, 'Au moins $1 caractères.'],
    [/^must be COORDINATOR, BUYER, SUPPLIER or FINANCE$/, 'Choisissez un rôle.'],
    [/^no member (.+)$/, 'Aucun membre ne porte le code $1.'],
    [/^only a BUYER is bound to a member$/, 'Seul un compte acheteur est lié à un membre.'],
    [/^no supplier (.+)$/, 'Aucune coopérative ne porte le code $1.'],
    [/^only a SUPPLIER is bound to a supplier$/, 'Seul un compte coopérative est lié à une coopérative.'],
    [/^A member with code (.+) already exists\.?$/, 'Un membre avec le code $1 existe déjà.'],
    [/^The login (.+) is taken\.?$/, 'L’identifiant $1 est déjà pris.'],
    [/^Ordered (.+), allocated in full\.$/, 'Commandé $1, attribué en entier.'],
    [/^Ordered (.+), allocated (.+) \(within the stated maximum of (.+)\) to fill (\d+) cases? of (.+) for a pooled demand of (.+); the extra is shared (in proportion to each member's margin|first come, first served)\.$/,
      (m, o, a, max, n, size, total, how) => `Commandé ${o}, attribué ${a} (dans le maximum indiqué de ${max}) pour remplir ${n} colis de ${size} pour une demande groupée de ${total} ; le supplément est réparti ${how.startsWith('in') ? 'selon la marge de chaque membre' : 'par ordre d’arrivée'}.`],
    [/^Ordered (.+), allocated nothing: the pooled demand of (.+) does not reach the minimum of (\d+) cases? of (.+?)(, even within the members' maxima)?\.$/,
      (m, o, total, n, size, tol) => `Commandé ${o}, rien attribué : la demande groupée de ${total} n’atteint pas le minimum de ${n} colis de ${size}${tol ? ', même dans les maximums des membres' : ''}.`],
    [/^Ordered (.+), allocated (.+): the pooled demand of (.+) was rounded down to (\d+) cases? of (.+) and the shortfall shared (in proportion to each order|first come, first served)\.$/,
      (m, o, a, total, n, size, how) => `Commandé ${o}, attribué ${a} : la demande groupée de ${total} a été arrondie à ${n} colis complet${n === '1' ? '' : 's'} de ${size} et le manque réparti ${how.startsWith('in') ? 'au prorata des commandes' : 'par ordre d’arrivée'}.`],
    [/^Product (\S+): (.+) allocated, (.+) distributable; the shortfall of (.+) is shared (in proportion to the allocations|first come, first served)$/,
      (m, p, a, d, s, how) => `${a} attribués, ${d} livrés ; le manque de ${s} est réparti ${how.startsWith('in') ? 'au prorata des attributions' : 'par ordre d’arrivée'}.`],
    [/^is not an ISO-8601 date and time.*$/, 'Date et heure attendues.'],
    [/^is not an ISO-8601 date.*$/, 'Date attendue (jj/mm/aaaa).'],
    [/^is required; one of .*$/, 'Ce champ est obligatoire.'],
    [/^must be one of .*$/, 'Choisissez une valeur de la liste.'],
    [/^has more than 2 decimals.*$/, 'Pas plus de 2 décimales.'],
    [/^must be a JSON number.*$/, 'Un nombre est attendu.'],
    [/^must be a whole number from .*$/, 'Un nombre entier est attendu.'],
    [/^must be a JSON string.*$/, 'Du texte est attendu.'],
    [/^must be true or false.*$/, 'Oui ou non est attendu.'],
    [/^must be a JSON (object|array).*$/, 'Valeur de forme inattendue.'],
    [/^must not be null$/, 'Ce champ est obligatoire.'],
    [/^is too large: at most (\d+) digits.*$/, 'Nombre trop grand : pas plus de $1 chiffres avant la virgule.'],
    [/^is not a field of this request.*$/, 'Champ inconnu de cette demande.'],
    [/^is required: a JSON object$/, 'La demande est vide.'],
    [/^is not (valid JSON|one JSON value).*$/, 'La demande n’est pas du JSON valide.'],
    [/^must be after opensAt$/, 'La clôture doit suivre l’ouverture.'],
    [/^is already past$/, 'Cette date est déjà passée.'],
    [/^is before the closing date$/, 'La livraison doit suivre la clôture.'],
    [/^is not a known supplier: (.+)$/, 'Coopérative inconnue : $1.'],
    [/^is required: supplier (.+) has no catalogue yet$/, 'La coopérative $1 n’a pas encore de catalogue.'],
    [/^is not a catalogue of supplier (.+): (.+)$/, 'Le catalogue $2 n’est pas celui de la coopérative $1.'],
    [/^is required with (frameworkAgreement|lot)$/, (m, other) => (other === 'lot' ? 'Indiquez aussi le lot.' : 'Indiquez aussi l’accord-cadre.')],
    [/^is not a known framework agreement: (.+)$/, 'Accord-cadre inconnu : $1.'],
    [/^is an agreement with (.+), not (.+)$/, 'Cet accord-cadre est conclu avec $1, pas avec $2.'],
    [/^is not a lot of framework agreement (.+): (.+)$/, 'Le lot $2 ne fait pas partie de l’accord-cadre $1.'],
    [/^appears twice: (.+)$/, 'En double : $1.'],
    [/^is empty$/, 'Ligne vide.'],
    [/^is not in catalogue version .*$/, 'Ce produit n’est pas dans le catalogue du cycle.'],
    [/^needs at least one line$/, 'Indiquez au moins une ligne.'],
    [/^was not ordered from the supplier in cycle .*$/, 'Ce produit n’a pas été commandé dans ce cycle.'],
    [/^was allocated no (.+) in cycle (\d+): (.+)$/, 'Le membre $3 n’a reçu aucune attribution de $1 dans ce cycle.'],
    [/^give (.+) either per member or as a whole, not both$/, 'Indiquez $1 soit par membre, soit globalement, pas les deux.'],
    [/^a lot has a use-by date or a best-before date, not both$/, 'Un lot a une date limite de consommation ou une date de durabilité minimale, pas les deux.'],
    [/^has passed \((.+)\): goods past their use-by date may not be distributed$/, 'Date limite de consommation dépassée : ces produits ne peuvent pas être distribués.'],
    [/^add up to more than 100%$/, 'Le total dépasse 100 %.'],
    [/^A supplier with code (.+) already exists\.?$/, 'Une coopérative avec le code $1 existe déjà.'],
  ];

  /** An API message in French: catalogue errors come as "français / English", others are translated when known. */
  function fr(message) {
    if (!message) return '';
    const slash = message.indexOf(' / ');
    if (slash > 0) return message.slice(0, slash);
    for (const [pattern, french] of TRANSLATIONS) {
      if (pattern.test(message)) {
        return message.replace(pattern, french).replace(/\b(KGM|GRM|LTR|H87|C62)\b/g, code => UNIT_NAMES[code]).replace(/(\d)\.(\d)/g, '$1,$2');
      }
    }
    return message;
  }

  function statusText(problem) {
    switch (problem.status) {
      case 0: return 'Le serveur ne répond pas. Vérifiez la connexion et réessayez.';
      case 401: return 'Votre session a expiré : reconnectez-vous.';
      case 403: return 'Votre rôle ne permet pas cette action.';
      case 404: return 'Introuvable : cette page n’existe pas ou ne vous est pas accessible.';
      case 409: return fr(problem.detail) || 'Conflit : les données ont changé entre-temps. Rechargez la page.';
      case 413: return 'Le fichier ou la demande est trop volumineux.';
      case 400: return problem.errors && problem.errors.length ? 'Corrigez les champs signalés : rien n’a été enregistré.' : (fr(problem.detail) || 'La demande est invalide.');
      default: return problem.status >= 500 ? 'Une erreur s’est produite de notre côté ; elle a été consignée. Réessayez plus tard.' : (fr(problem.detail) || `Erreur ${problem.status}.`);
    }
  }

  function clearErrors(form) {
    if (!form) return;
    $$('.field-error', form).forEach(n => n.remove());
    $$('[aria-invalid]', form).forEach(n => { n.removeAttribute('aria-invalid'); restoreDescribedBy(n); });
  }

  function restoreDescribedBy(input) {
    const kept = (input.getAttribute('aria-describedby') || '').split(' ').filter(id => id && !id.endsWith('-error'));
    if (kept.length) input.setAttribute('aria-describedby', kept.join(' ')); else input.removeAttribute('aria-describedby');
  }

  /**
   * Shows an API problem: each error with a field goes next to its input (aria-invalid, described by the
   * message), the rest and a summary into the message box; the first wrong input gets the focus.
   */
  function showProblem(problem, { form, box } = {}) {
    clearErrors(form);
    const loose = [];
    let first = null;
    for (const error of problem.errors || []) {
      const input = form && error.field ? form.querySelector(`[name="${CSS.escape(error.field)}"]`) : null;
      if (input) {
        const id = `${input.id || input.name.replace(/\W/g, '-')}-error`;
        const note = el('p', { class: 'field-error', id }, fr(error.message));
        (input.closest('.field') || input.parentElement).append(note);
        input.setAttribute('aria-invalid', 'true');
        input.setAttribute('aria-describedby', `${input.getAttribute('aria-describedby') || ''} ${id}`.trim());
        first = first || input;
      } else {
        const where = error.line ? `Ligne ${error.line}${error.column ? `, colonne ${error.column}` : ''} : ` : (error.field ? `${error.field} : ` : '');
        loose.push(where + fr(error.message));
      }
    }
    say(box, 'error', statusText(problem), loose);
    if (first) first.focus();
    else { const target = typeof box === 'string' ? $(box) : box; if (target) { target.tabIndex = -1; target.focus(); } }
  }

  /* ---------- the API ---------- */

  /**
   * Calls the API with the session cookie. Resolves to {ok, status, data, problem, response}; never
   * rejects (a network failure is status 0). A 401 sends the person back to the sign-in page.
   */
  async function api(path, { method = 'GET', json, body, contentType, redirectOn401 = true } = {}) {
    // X-Requested-With: the API then answers 401 without a Basic challenge (no browser password dialog).
    const headers = { Accept: 'application/json, application/problem+json', 'X-Requested-With': 'XMLHttpRequest' };
    if (method !== 'GET' && method !== 'HEAD') headers[CSRF_HEADER] = '1';
    let payload = body;
    if (json !== undefined) { payload = JSON.stringify(json); headers['Content-Type'] = 'application/json'; }
    else if (contentType) headers['Content-Type'] = contentType;
    let response;
    try {
      response = await fetch(path, { method, headers, body: payload, credentials: 'same-origin', cache: 'no-store' });
    } catch (e) {
      return { ok: false, status: 0, problem: { status: 0, detail: String(e) } };
    }
    const type = response.headers.get('Content-Type') || '';
    let data = null;
    if (type.includes('json')) { try { data = await response.json(); } catch (e) { data = null; } }
    if (response.ok) return { ok: true, status: response.status, data, response };
    if (response.status === 401 && redirectOn401) { location.href = 'index.html?expiree'; }
    const problem = Object.assign({ status: response.status }, data || {});
    return { ok: false, status: response.status, problem, response };
  }

  /**
   * Turns a form into JSON: names with dots and indexes nest (address.city, lots[0].code), empty inputs
   * are left out (and so are list entries left wholly empty), numbers (data-type="number") are numbers.
   */
  function formJson(form) {
    const result = {};
    for (const input of $$('input[name], select[name], textarea[name]', form)) {
      if (input.type === 'file' || input.disabled) continue;
      let value = input.type === 'checkbox' ? input.checked : input.value.trim();
      if (value === '') continue;
      if (input.type === 'number' || input.dataset.type === 'number') {
        const number = Number(String(value).replace(',', '.'));
        value = Number.isFinite(number) ? number : value;
      }
      const path = input.name.match(/[^.[\]]+/g);
      let target = result;
      path.slice(0, -1).forEach((part, i) => {
        target[part] = target[part] || (/^\d+$/.test(path[i + 1]) ? [] : {});
        target = target[part];
      });
      target[path[path.length - 1]] = value;
    }
    return compact(result);
  }

  function compact(value) {
    if (Array.isArray(value)) return value.filter(v => v !== undefined && v !== null).map(compact);
    if (value && typeof value === 'object') {
      for (const key of Object.keys(value)) value[key] = compact(value[key]);
    }
    return value;
  }

  /** Fills a form from an object (the reverse of formJson). */
  function fillForm(form, data) {
    for (const input of $$('input[name], select[name], textarea[name]', form)) {
      const value = input.name.split('.').reduce((o, k) => (o == null ? undefined : o[k]), data);
      if (value === undefined || value === null) continue;
      if (input.type === 'checkbox') input.checked = Boolean(value); else input.value = value;
    }
  }

  /**
   * Downloads a document of the API (PDF, UBL, CSV, ZIP, chosen by the Accept header) as a file, with the
   * name the server gives. Resolves to {ok, name, size} or {ok: false, problem}.
   */
  async function download(path, accept, fallbackName) {
    let response;
    try {
      response = await fetch(path, { headers: { Accept: accept, 'X-Requested-With': 'XMLHttpRequest' }, credentials: 'same-origin', cache: 'no-store' });
    } catch (e) {
      return { ok: false, problem: { status: 0 } };
    }
    if (!response.ok) {
      if (response.status === 401) location.href = 'index.html?expiree';
      const data = await response.json().catch(() => ({}));
      return { ok: false, problem: Object.assign({ status: response.status }, data) };
    }
    const disposition = response.headers.get('Content-Disposition') || '';
    const match = /filename="?([^";]+)"?/.exec(disposition);
    const name = match ? match[1] : fallbackName;
    const blob = await response.blob();
    const url = URL.createObjectURL(blob);
    const link = el('a', { href: url, download: name, hidden: true });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60000);
    return { ok: true, name, size: blob.size };
  }

  /** A button that downloads a document and says what it did in the given message box. */
  function downloadButton(label, ariaLabel, path, accept, fallbackName, box) {
    return el('button', { type: 'button', class: 'secondary', 'aria-label': ariaLabel, onclick: async () => {
      const result = await download(path, accept, fallbackName);
      if (result.ok) say(box, 'ok', `Téléchargé : ${result.name} (${number(result.size / 1024, 0)} Ko).`);
      else say(box, 'error', statusText(result.problem));
    } }, label);
  }

  /**
   * The cycles the caller may see, newest first, the 20 newest with their details (the list leaves out
   * the figures and the buyer's own order, which only GET /api/cycles/{id} gives).
   */
  async function cycles() {
    const reply = await api('api/cycles');
    if (!reply.ok) return reply;
    const list = [...reply.data].sort((a, b) => b.id - a.id);
    const details = await Promise.all(list.slice(0, 20).map(c => api(`api/cycles/${c.id}`)));
    details.forEach((d, i) => { if (d.ok) list[i] = d.data; });
    return { ok: true, status: 200, data: list };
  }

  /* ---------- the page frame ---------- */

  async function signOut() {
    await api('auth/logout', { method: 'POST', redirectOn401: false });
    location.href = 'index.html?deconnecte';
  }

  /**
   * Starts a role's page: asks /api/me, sends strangers to the sign-in page, shows who is signed in
   * and a sign-out button. Resolves to the account, or null when the page is not this role's.
   */
  async function start(role) {
    const me = await api('api/me');
    if (!me.ok) {
      if (me.status !== 401) say('#page-message', 'error', statusText(me.problem));
      return null;
    }
    const account = me.data;
    const who = $('#who');
    if (who) {
      who.replaceChildren(
        el('span', {}, el('span', { class: 'visually-hidden' }, 'Connecté en tant que '), account.login,
          ` (${ROLE_NAMES[account.role] || account.role})`),
        el('button', { type: 'button', id: 'sign-out', onclick: signOut }, 'Se déconnecter'));
    }
    if (role && account.role !== role) {
      const main = $('main');
      main.replaceChildren(el('h1', {}, 'Page réservée'),
        el('div', { class: 'message error', role: 'alert' },
          el('p', { style: 'margin:0' }, `Cette page est réservée au rôle ${ROLE_NAMES[role]}. `,
            el('a', { href: PAGES[account.role] }, 'Aller à votre page'))));
      return null;
    }
    return account;
  }

  function param(name) {
    return new URLSearchParams(location.search).get(name);
  }

  /** Shows one section of a page and marks its link in the page's local navigation. */
  function tabs(nav) {
    const links = $$('a[href^="#"]', nav);
    function show() {
      const wanted = location.hash || links[0].getAttribute('href');
      for (const link of links) {
        const id = link.getAttribute('href').slice(1);
        const section = document.getElementById(id);
        const active = `#${id}` === wanted;
        if (section) section.hidden = !active;
        if (active) link.setAttribute('aria-current', 'page'); else link.removeAttribute('aria-current');
      }
    }
    window.addEventListener('hashchange', () => { show(); const h = $(`${location.hash} h2`); if (h) { h.tabIndex = -1; h.focus(); } });
    show();
  }

  return { api, start, el, $, $$, say, clear, showProblem, clearErrors, statusText, fr, formJson, fillForm, money, number, unit,
    date, dateTime, estimate, scaled, param, tabs, download, downloadButton, cycles, PAGES, CSRF_HEADER };
})();
