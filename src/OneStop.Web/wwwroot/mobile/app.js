// OneStop mobile unit: records contacts, anonymous counts and distributions on the device, each with
// its own idempotency key (crypto.randomUUID), and sends them to POST /api/v1/sync when online.
// A record leaves the device only when the server answers created/updated/already_present; a
// conflict or an invalid record stays, shown with the server's answer, until the user discards it.
(function () {
  'use strict';

  const dataElement = document.getElementById('mobile-data');
  const data = JSON.parse(dataElement ? dataElement.textContent : '{}');
  const texts = data.texts || {};
  const t = (key, ...args) => (texts[key] || key).replace(/\{(\d)\}/g, (_, i) => args[Number(i)]);
  const outboxKey = 'onestop.mobile.outbox.' + (data.userId || 'anonymous');
  const syncedKey = 'onestop.mobile.synced.' + (data.userId || 'anonymous');
  const $ = (id) => document.getElementById(id);

  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register('/mobile/sw.js', { scope: '/mobile/' }).catch(() => { /* the app works online without it */ });
  }

  const load = (key) => { try { return JSON.parse(localStorage.getItem(key) || '[]'); } catch { return []; } };
  const save = (key, value) => localStorage.setItem(key, JSON.stringify(value));
  let outbox = load(outboxKey);
  let synced = load(syncedKey);

  function structure() {
    const id = Number($('m-structure') ? $('m-structure').value : 0);
    return (data.structures || []).find((s) => s.id === id);
  }

  function option(select, value, label) {
    const o = document.createElement('option');
    o.value = value;
    o.textContent = label;
    select.appendChild(o);
  }

  function renderConnection() {
    const el = $('m-connection');
    if (!el) { return; }
    el.textContent = navigator.onLine ? t('Online') : t('Offline');
    el.classList.toggle('offline', !navigator.onLine);
  }

  function renderPeople() {
    const s = structure();
    const person = $('m-person');
    const list = $('m-list');
    if (!s || !person) { return; }
    person.replaceChildren();
    option(person, '', t('ChoosePerson'));
    const seen = new Set();
    s.lists.flatMap((l) => l.households).forEach((h) => {
      if (!seen.has(h.beneficiaryId)) { seen.add(h.beneficiaryId); option(person, h.beneficiaryId, h.name); }
    });
    list.replaceChildren();
    s.lists.forEach((l) => option(list, l.id, l.name));
    renderHouseholds();
  }

  function currentList() {
    const s = structure();
    return s ? s.lists.find((l) => l.id === Number($('m-list').value)) : undefined;
  }

  function renderHouseholds() {
    const select = $('m-household');
    const l = currentList();
    select.replaceChildren();
    option(select, '', t('ChooseHousehold'));
    (l ? l.households : []).forEach((h) => option(select, h.beneficiaryId, h.name + ' (' + h.householdSize + ')'));
    renderEligibility();
  }

  // Eligibility as of the last online load, plus what this device recorded since.
  function renderEligibility() {
    const el = $('m-eligibility');
    const l = currentList();
    const id = Number($('m-household').value);
    const h = l && l.households.find((x) => x.beneficiaryId === id);
    el.className = 'm-eligibility';
    if (!h) { el.textContent = ''; return; }
    const local = outbox.filter((r) => r.type === 'distribution' && r.data.listId === l.id && r.data.beneficiaryId === id).length;
    const received = h.receivedInPeriod + local;
    const ok = h.inDates && received < l.maxPerPeriod;
    el.textContent = (ok ? t('Eligible') : t('NotEligible')) + ' · ' + t('ReceivedInPeriod', received, l.maxPerPeriod);
    el.classList.add(ok ? 'ok' : 'no');
  }

  function renderOutbox() {
    const ul = $('m-outbox');
    if (!ul) { return; }
    ul.replaceChildren();
    $('m-outbox-count').textContent = String(outbox.length);
    if (outbox.length === 0) {
      const li = document.createElement('li');
      li.textContent = t('WaitingNone');
      ul.appendChild(li);
    }
    outbox.forEach((r) => {
      const li = document.createElement('li');
      li.className = r.status;
      li.dataset.clientId = r.clientId;
      const status = r.status === 'conflict' ? t('StatusConflict') : r.status === 'invalid' ? t('StatusInvalid') : t('StatusPending');
      li.append(r.label + ' — ' + status);
      if (r.message) {
        const p = document.createElement('p');
        p.textContent = r.message;
        li.appendChild(p);
      }
      if (r.status !== 'pending') {
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'secondary';
        button.textContent = t('Discard');
        button.setAttribute('aria-label', t('Discard') + ': ' + r.label);
        button.addEventListener('click', () => { outbox = outbox.filter((x) => x.clientId !== r.clientId); save(outboxKey, outbox); renderAll(); });
        li.appendChild(button);
      }
      ul.appendChild(li);
    });
    const done = $('m-synced');
    done.replaceChildren();
    synced.slice(0, 20).forEach((r) => {
      const li = document.createElement('li');
      li.textContent = t('SyncedLabel', r.label, r.id);
      done.appendChild(li);
    });
  }

  function renderAll() {
    renderConnection();
    if ($('m-structure')) { renderOutbox(); renderEligibility(); }
  }

  function add(type, dataValue, label) {
    outbox.push({ clientId: crypto.randomUUID(), type, data: dataValue, label, status: 'pending', at: new Date().toISOString() });
    save(outboxKey, outbox);
  }

  function onContact(event) {
    event.preventDefault();
    const s = structure();
    const error = $('m-contact-error');
    const anonymous = $('m-anonymous').checked;
    const reason = $('m-reason').value.trim();
    const personId = Number($('m-person').value);
    error.textContent = '';
    if (!reason) { error.textContent = $('m-reason').labels[0].textContent + ': ' + t('Required'); $('m-reason').focus(); return; }
    if (!anonymous && !personId) { error.textContent = t('ChoosePerson'); $('m-person').focus(); return; }
    const occurredAt = new Date().toISOString();
    const base = { structureId: s.id, channel: 'mobile_unit', reason, axis: $('m-axis').value, outcome: $('m-outcome').value, occurredAt };
    if (anonymous) {
      const count = Math.max(1, Math.min(200, Number($('m-count').value) || 1));
      const gender = $('m-gender').value || null;
      const ageBand = $('m-ageband').value || null;
      for (let i = 0; i < count; i++) {
        add('visit', { ...base, anonymous: true, gender, ageBand }, t('AnonymousLabel', reason));
      }
    } else {
      const name = $('m-person').selectedOptions[0].textContent;
      add('visit', { ...base, beneficiaryId: personId }, t('ContactLabel', name, reason));
    }
    $('m-reason').value = '';
    $('m-count').value = '1';
    status(t('SavedOnDevice'));
    renderAll();
  }

  function onDistribution(event) {
    event.preventDefault();
    const l = currentList();
    const error = $('m-distribution-error');
    const id = Number($('m-household').value);
    const drawn = $('m-sign-drawn').checked;
    error.textContent = '';
    if (!l || !id) { error.textContent = t('ChooseHousehold'); $('m-household').focus(); return; }
    if (drawn && !signature.hasInk) { error.textContent = t('SignatureMissing'); return; }
    const name = $('m-household').selectedOptions[0].textContent;
    add('distribution', {
      listId: l.id, beneficiaryId: id, occurredAt: new Date().toISOString(), parcels: Number($('m-parcels').value) || 0,
      items: $('m-items').value.trim() || null, signature: drawn ? 'drawn' : 'paper', signaturePng: drawn ? $('m-canvas').toDataURL('image/png') : null,
    }, t('DistributionLabel', name));
    signature.clear();
    status(t('SavedOnDevice'));
    renderAll();
  }

  function status(text) { const el = $('m-sync-status'); if (el) { el.textContent = text; } }

  let syncing = false;
  async function sync() {
    const pending = outbox.filter((r) => r.status === 'pending');
    if (syncing || pending.length === 0) { renderAll(); return; }
    syncing = true;
    try {
      const tokenResponse = await fetch('/api/v1/sync/token', { credentials: 'same-origin', headers: { Accept: 'application/json' } });
      if (tokenResponse.status === 401) { status(t('SyncSignIn')); return; }
      const token = await tokenResponse.json();
      for (let i = 0; i < pending.length; i += 500) {
        const batch = pending.slice(i, i + 500);
        const response = await fetch('/api/v1/sync', {
          method: 'POST',
          credentials: 'same-origin',
          headers: { 'Content-Type': 'application/json', Accept: 'application/json', [token.headerName]: token.token },
          body: JSON.stringify({ records: batch.map((r) => ({ clientId: r.clientId, type: r.type, data: r.data })) }),
        });
        if (response.status === 401) { status(t('SyncSignIn')); return; }
        if (!response.ok) { throw new Error(String(response.status)); }
        apply((await response.json()).results);
      }
      status(t('SyncDone'));
    } catch {
      status(t('SyncFailed'));
    } finally {
      syncing = false;
      renderAll();
    }
  }

  function apply(results) {
    results.forEach((result) => {
      const record = outbox.find((r) => r.clientId === result.clientId);
      if (!record) { return; }
      if (['created', 'updated', 'already_present'].includes(result.status)) {
        outbox = outbox.filter((r) => r !== record);
        countDistribution(record);
        synced.unshift({ label: record.label, id: result.id, status: result.status });
        return;
      }
      record.status = result.status;
      record.message = describe(result);
      record.server = result.current || null;
    });
    synced = synced.slice(0, 50);
    save(outboxKey, outbox);
    save(syncedKey, synced);
  }

  // A distribution that reached the server counts against the household until the page is reloaded online.
  function countDistribution(record) {
    if (record.type !== 'distribution') { return; }
    (data.structures || []).flatMap((s) => s.lists).filter((l) => l.id === record.data.listId)
      .flatMap((l) => l.households).filter((h) => h.beneficiaryId === record.data.beneficiaryId)
      .forEach((h) => { h.receivedInPeriod += 1; });
  }

  function describe(result) {
    const problem = result.problem || {};
    const parts = [problem.detail || problem.title || ''];
    Object.values(problem.errors || {}).forEach((messages) => parts.push(...messages));
    const previous = (result.current && result.current.previous) || [];
    if (previous.length) { parts.push(t('PreviousOn', previous.map((p) => p.day).join(', '))); }
    return parts.filter(Boolean).join(' ');
  }

  // A signature drawn with a finger, a pen or the mouse.
  const signature = (function () {
    const canvas = $('m-canvas');
    const state = { hasInk: false, clear() { if (canvas) { canvas.getContext('2d').clearRect(0, 0, canvas.width, canvas.height); } state.hasInk = false; } };
    if (!canvas) { return state; }
    const ctx = canvas.getContext('2d');
    ctx.lineWidth = 2.5;
    ctx.lineCap = 'round';
    let drawing = false;
    const point = (e) => { const r = canvas.getBoundingClientRect(); return [(e.clientX - r.left) * canvas.width / r.width, (e.clientY - r.top) * canvas.height / r.height]; };
    canvas.addEventListener('pointerdown', (e) => { drawing = true; canvas.setPointerCapture(e.pointerId); ctx.beginPath(); ctx.moveTo(...point(e)); });
    canvas.addEventListener('pointermove', (e) => { if (drawing) { ctx.lineTo(...point(e)); ctx.stroke(); state.hasInk = true; } });
    canvas.addEventListener('pointerup', () => { drawing = false; });
    return state;
  })();

  if ($('m-structure')) {
    $('m-structure').addEventListener('change', renderPeople);
    $('m-list').addEventListener('change', renderHouseholds);
    $('m-household').addEventListener('change', renderEligibility);
    $('m-anonymous').addEventListener('change', () => {
      const anonymous = $('m-anonymous').checked;
      $('m-person-field').hidden = anonymous;
      document.querySelector('.m-anonymous-fields').hidden = !anonymous;
    });
    $('m-contact').addEventListener('submit', onContact);
    $('m-distribution').addEventListener('submit', onDistribution);
    $('m-canvas-clear').addEventListener('click', () => signature.clear());
    $('m-sync').addEventListener('click', sync);
    renderPeople();
  }

  window.addEventListener('online', () => { renderConnection(); sync(); });
  window.addEventListener('offline', renderConnection);
  renderAll();
})();
