// How Telegram launches a Mini App: Telegram.WebApp (telegram-web-app.js) when it is loaded,
// else the launch parameters in the URL fragment (#tgWebAppData=...&tgWebAppThemeParams=...),
// which Telegram's clients always pass. Outside Telegram, BackButton and MainButton are drawn
// in the page instead.

const SAVED = 'academy.launch';

function webApp() {
  const app = window.Telegram && window.Telegram.WebApp;
  return app && typeof app.ready === 'function' ? app : null;
}

function fromFragment() {
  const hash = window.location.hash.startsWith('#') ? window.location.hash.slice(1) : '';
  if (!hash.includes('tgWebAppData=')) return null;
  const params = new URLSearchParams(hash);
  let theme = {};
  try {
    theme = JSON.parse(params.get('tgWebAppThemeParams') || '{}');
  } catch (ignored) {
    theme = {};
  }
  return { initData: params.get('tgWebAppData') || '', theme, platform: params.get('tgWebAppPlatform') || 'unknown' };
}

/** The launch: {initData, theme, user}, or null when the page was opened without Telegram. */
export function launch() {
  const app = webApp();
  let found = null;
  if (app && app.initData) {
    found = { initData: app.initData, theme: app.themeParams || {}, platform: app.platform };
  } else {
    found = fromFragment();
  }
  let saved = null;
  try { saved = JSON.parse(sessionStorage.getItem(SAVED) || 'null'); } catch (ignored) { saved = null; }
  let fresh = false;
  if (found && found.initData) {
    // Other init data than last time: Telegram launched the app anew (a reload keeps the same).
    fresh = !saved || saved.initData !== found.initData;
    // A reload inside Telegram keeps the fragment; this copy covers clients that drop it.
    try { sessionStorage.setItem(SAVED, JSON.stringify(found)); } catch (ignored) { /* private mode */ }
  } else {
    found = saved;
  }
  if (!found || !found.initData) return null;
  return { ...found, fresh, user: userOf(found.initData) };
}

function userOf(initData) {
  try {
    return JSON.parse(new URLSearchParams(initData).get('user') || '{}');
  } catch (ignored) {
    return {};
  }
}

/** Waits (briefly) for telegram-web-app.js; resolves either way. */
export function sdkSettled(timeoutMillis) {
  if (webApp()) return Promise.resolve();
  const script = document.getElementById('telegram-sdk');
  return new Promise((resolve) => {
    const done = () => resolve();
    if (script) {
      script.addEventListener('load', done, { once: true });
      script.addEventListener('error', done, { once: true });
    }
    setTimeout(done, timeoutMillis);
  });
}

const COLOURS = {
  bg_color: '--bg', text_color: '--text', hint_color: '--hint', link_color: '--link',
  button_color: '--button', button_text_color: '--button-text', secondary_bg_color: '--secondary-bg',
  section_bg_color: '--section-bg', destructive_text_color: '--destructive', accent_text_color: '--accent',
};

/** Theme colours as CSS variables, and the light or dark scheme they imply. */
export function applyTheme(theme) {
  const root = document.documentElement;
  for (const [key, variable] of Object.entries(COLOURS)) {
    const value = theme && theme[key];
    if (typeof value === 'string' && /^#[0-9a-fA-F]{3,8}$/.test(value)) root.style.setProperty(variable, value);
  }
  const background = theme && theme.bg_color;
  if (typeof background === 'string' && /^#[0-9a-fA-F]{6}$/.test(background)) {
    root.dataset.scheme = luminance(background) < 0.5 ? 'dark' : 'light';
  } else {
    const app = webApp();
    root.dataset.scheme = app && app.colorScheme ? app.colorScheme
      : (window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
  }
}

function luminance(hex) {
  const channel = (i) => parseInt(hex.slice(i, i + 2), 16) / 255;
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** Telegram is told the app is ready, expanded, and follows theme changes. */
export function attach(onThemeChanged) {
  const app = webApp();
  if (!app) return false;
  app.ready();
  if (typeof app.expand === 'function') app.expand();
  if (typeof app.onEvent === 'function') {
    app.onEvent('themeChanged', () => onThemeChanged(app.themeParams || {}));
  }
  return true;
}

// ---- BackButton and MainButton: Telegram's own when present, else the page's.

let backHandler = null;
let mainHandler = null;

export function setBack(handler, label) {
  const app = webApp();
  const fallback = document.getElementById('back');
  if (app && app.BackButton) {
    if (backHandler) app.BackButton.offClick(backHandler);
    backHandler = handler;
    if (handler) {
      app.BackButton.onClick(handler);
      app.BackButton.show();
    } else {
      app.BackButton.hide();
    }
    fallback.hidden = true;
    return;
  }
  backHandler = handler;
  fallback.textContent = `‹ ${label}`;
  fallback.setAttribute('aria-label', label);
  fallback.hidden = !handler;
  fallback.onclick = handler ? () => handler() : null;
}

/** The screen's primary action; null hides it. {text, onClick, busy, disabled}. */
export function setMain(action) {
  const app = webApp();
  const bar = document.getElementById('main-button-bar');
  const button = document.getElementById('main-button');
  if (app && app.MainButton) {
    if (mainHandler) app.MainButton.offClick(mainHandler);
    mainHandler = null;
    bar.hidden = true;
    if (!action) {
      app.MainButton.hide();
      return;
    }
    mainHandler = () => action.onClick();
    app.MainButton.setText(action.text);
    app.MainButton.onClick(mainHandler);
    if (action.busy) app.MainButton.showProgress(false); else app.MainButton.hideProgress();
    if (action.disabled || action.busy) app.MainButton.disable(); else app.MainButton.enable();
    app.MainButton.show();
    return;
  }
  if (!action) {
    bar.hidden = true;
    button.onclick = null;
    return;
  }
  button.textContent = action.text;
  button.disabled = Boolean(action.disabled || action.busy);
  button.setAttribute('aria-busy', action.busy ? 'true' : 'false');
  button.onclick = () => action.onClick();
  bar.hidden = false;
}

export function haptic(kind) {
  const app = webApp();
  if (app && app.HapticFeedback) {
    if (kind === 'success' || kind === 'error' || kind === 'warning') app.HapticFeedback.notificationOccurred(kind);
    else app.HapticFeedback.impactOccurred('light');
  } else if (navigator.vibrate && kind === 'success') {
    try { navigator.vibrate(30); } catch (ignored) { /* not allowed */ }
  }
}

export function insideTelegram() {
  return Boolean(webApp() && webApp().initData);
}
