// The academy's API through the same origin (the Ingress routes by path). The JWT lives in
// memory only; on 401 the app signs in again with the launch's init data and repeats the call
// once. Commands carry an Idempotency-Key chosen once per action and reused on every retry,
// so a retry after a lost answer never applies twice.

import { t } from './i18n.js';

/** An API failure as one sentence for the learner; status 0 = no answer at all. */
export class ApiError extends Error {
  constructor(status, sentence, problem) {
    super(sentence);
    this.status = status;
    this.problem = problem || null;
  }
}

let initData = '';
let token = null;
let signingIn = null;
let clockOffsetMillis = 0;
let offsetKnown = false;
let onRetry = () => {};

export function configure(launchInitData, retryListener) {
  initData = launchInitData;
  if (retryListener) onRetry = retryListener;
}

/** Server time minus this device's time, from the Date header of the API's answers. */
export function serverNow() {
  return Date.now() + clockOffsetMillis;
}

export function knowsServerTime() {
  return offsetKnown;
}

export function adoptServerTime(serverMillis, sentAt, receivedAt) {
  // A server timestamp is somewhere between send and receipt: take the middle.
  const offset = serverMillis - (sentAt + receivedAt) / 2;
  if (!offsetKnown || Math.abs(offset - clockOffsetMillis) > 1500) {
    clockOffsetMillis = offset;
    offsetKnown = true;
  }
}

export function forgetToken() {
  token = null;
}

export async function signIn() {
  if (!signingIn) {
    signingIn = send('POST', '/auth/telegram', { body: { initData }, auth: false, retries: 2 })
      .then((session) => {
        token = session.token;
        return session;
      })
      .finally(() => { signingIn = null; });
  }
  return signingIn;
}

export function newKey() {
  if (window.crypto && typeof window.crypto.randomUUID === 'function') return window.crypto.randomUUID();
  const bytes = window.crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export const get = (path) => send('GET', path, { retries: 2 });
export const post = (path, body, key) => send('POST', path, { body, key, retries: key ? 3 : 0 });
export const put = (path, body, key) => send('PUT', path, { body, key, retries: 3 });

const RETRIABLE = new Set([502, 503, 504]);

async function send(method, path, { body, key, auth = true, retries = 0 }) {
  let attempt = 0;
  let signedInAgain = false;
  for (;;) {
    if (auth && !token) await signIn();
    const headers = { Accept: 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (auth && token) headers.Authorization = `Bearer ${token}`;
    if (key) headers['Idempotency-Key'] = key;
    const sentAt = Date.now();
    let response;
    try {
      response = await fetch(path, {
        method, headers, body: body === undefined ? undefined : JSON.stringify(body), cache: 'no-store',
      });
    } catch (networkFailure) {
      if (attempt < retries) {
        attempt += 1;
        onRetry(true);
        await pause(400 * 2 ** attempt);
        continue;
      }
      onRetry(false);
      throw new ApiError(0, t('offline'));
    }
    const date = response.headers.get('Date');
    if (date) adoptServerTime(Date.parse(date), sentAt, Date.now());
    if (response.status === 401 && auth && !signedInAgain) {
      // The token expired (or was never valid): sign in again with the init data, once.
      signedInAgain = true;
      token = null;
      continue;
    }
    if (RETRIABLE.has(response.status) && attempt < retries && (method === 'GET' || key)) {
      attempt += 1;
      onRetry(true);
      await pause(400 * 2 ** attempt);
      continue;
    }
    onRetry(false);
    return read(response);
  }
}

async function read(response) {
  const type = response.headers.get('Content-Type') || '';
  const text = await response.text();
  let json = null;
  if (text && type.includes('json')) {
    try { json = JSON.parse(text); } catch (ignored) { json = null; }
  }
  if (response.ok) return json === null ? {} : json;
  const detail = json && typeof json.detail === 'string' && json.detail.trim() ? json.detail.trim() : null;
  throw new ApiError(response.status, detail ? sentence(detail) : t('unexpected', { status: response.status }), json);
}

function sentence(detail) {
  const capital = detail.charAt(0).toUpperCase() + detail.slice(1);
  return /[.!?…]$/.test(capital) ? capital : `${capital}.`;
}

function pause(millis) {
  return new Promise((resolve) => setTimeout(resolve, millis));
}
