// The mobile app's service worker: keeps the app shell so that /mobile/ opens without a network.
// The page is network-first (fresh data whenever online); the static files are cache-first.
// API calls are never cached: records wait in the page's storage until /api/v1/sync takes them.
const CACHE = 'onestop-mobile-v1';
const PAGE = '/mobile/';
const SHELL = [PAGE, '/css/site.css', '/mobile/mobile.css', '/mobile/app.js', '/mobile/manifest.webmanifest', '/mobile/icon.svg'];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(SHELL)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin || url.pathname.startsWith('/api/')) {
    return;
  }

  if (url.pathname === PAGE) {
    event.respondWith(fetch(event.request)
      .then((response) => {
        // A redirect to the sign-in page is not the app: keep the last good copy.
        if (response.ok && !response.redirected) {
          const copy = response.clone();
          caches.open(CACHE).then((cache) => cache.put(PAGE, copy));
        }
        return response;
      })
      .catch(() => caches.match(PAGE, { ignoreSearch: true })));
    return;
  }

  if (SHELL.includes(url.pathname)) {
    event.respondWith(caches.match(url.pathname).then((hit) => hit || fetch(event.request)));
  }
});
