/* The sign-in page: POST /auth/login, then the role's page. */
'use strict';

(() => {
  const { $, say, clear, CSRF_HEADER } = G;
  const form = $('#signin');
  if (G.param('expiree') !== null) say('#signin-message', 'info', 'Votre session a expiré : reconnectez-vous.');
  if (G.param('deconnecte') !== null) say('#signin-message', 'ok', 'Vous êtes déconnecté.');

  // Already signed in (e.g. back on this page): say so and offer the way to one's page.
  G.api('api/me', { redirectOn401: false }).then(me => {
    if (me.ok && G.PAGES[me.data.role]) {
      say('#signin-message', 'info', `Vous êtes connecté en tant que ${me.data.login}. `);
      $('#signin-message p').append(G.el('a', { href: G.PAGES[me.data.role] }, 'Aller à votre page'));
    }
  });

  form.addEventListener('submit', async event => {
    event.preventDefault();
    clear('#signin-message');
    const login = $('#login').value.trim();
    const password = $('#password').value;
    if (!login || !password) {
      say('#signin-message', 'error', 'Indiquez votre identifiant et votre mot de passe.');
      (login ? $('#password') : $('#login')).focus();
      return;
    }
    const button = $('#signin-button');
    button.disabled = true;
    try {
      const response = await fetch('auth/login', {
        method: 'POST', credentials: 'same-origin',
        headers: { [CSRF_HEADER]: '1', 'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8' },
        body: new URLSearchParams({ login, password }),
      });
      const data = await response.json().catch(() => ({}));
      if (response.ok) {
        location.href = data.page;
        return;
      }
      say('#signin-message', 'error', data.detail || 'La connexion a échoué.');
      $('#password').value = '';
      $('#password').focus();
    } catch (e) {
      say('#signin-message', 'error', 'Le serveur ne répond pas. Vérifiez la connexion et réessayez.');
    } finally {
      button.disabled = false;
    }
  });
})();
