/*
 * Switchboard page-view tracking. Put it on every page of your site:
 *
 *   <script src="/js/track.js" data-switchboard="https://hub.example.com" defer></script>
 *
 * - gives the browser a first-party cookie sb_visitor (a random id, one year) on your own domain;
 * - posts each page view to <hub>/track with navigator.sendBeacon (text/plain, so no CORS preflight);
 * - fills <input type="hidden" name="visitorId"> in every form on the page, so that a submitted form
 *   links the visitor's earlier page views to the contact (hub:visits/attach).
 *
 * Ask for consent first where the law of your visitors requires it; the hub stores url, title,
 * referrer and time per visit, nothing else.
 */
(function () {
  var script = document.currentScript;
  var hub = (script && script.getAttribute('data-switchboard')) || '';

  function randomId() {
    var bytes = new Uint8Array(16);
    (window.crypto || window.msCrypto).getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
  }

  function visitorId() {
    var match = document.cookie.match(/(?:^|;\s*)sb_visitor=([A-Za-z0-9_-]{8,100})/);
    if (match) {
      return match[1];
    }
    var id = randomId();
    document.cookie = 'sb_visitor=' + id + '; Max-Age=31536000; Path=/; SameSite=Lax'
        + (location.protocol === 'https:' ? '; Secure' : '');
    return id;
  }

  function send(view) {
    var body = JSON.stringify(view);
    if (navigator.sendBeacon && navigator.sendBeacon(hub + '/track', new Blob([body], {type: 'text/plain'}))) {
      return;
    }
    fetch(hub + '/track', {method: 'POST', body: body, keepalive: true, headers: {'Content-Type': 'text/plain'}})
        .catch(function () { /* tracking never disturbs the page */ });
  }

  function fillForms(id) {
    Array.prototype.forEach.call(document.forms, function (form) {
      var input = form.querySelector('input[name="visitorId"]');
      if (!input) {
        input = document.createElement('input');
        input.type = 'hidden';
        input.name = 'visitorId';
        form.appendChild(input);
      }
      input.value = id;
    });
  }

  var id = visitorId();
  send({
    visitorId: id,
    url: location.href,
    title: document.title,
    referrer: document.referrer || null,
    occurredAt: new Date().toISOString()
  });
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', function () { fillForms(id); });
  } else {
    fillForms(id);
  }
})();
