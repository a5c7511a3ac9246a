// The shell: launch, sign-in, a stack of screens (BackButton pops it), the tabs and the one
// place where errors become sentences on screen. The stack is kept in sessionStorage, so a
// reload returns to the same screen (a quiz resumes where it was).

import * as api from './api.js';
import { ApiError } from './api.js';
import { chooseLanguage, t } from './i18n.js';
import * as telegram from './telegram.js';
import { h, replaceContent } from './dom.js';
import catalogue from './screens/catalogue.js';

const SCREENS = {
  catalogue: () => Promise.resolve({ default: catalogue }),
  course: () => import('./screens/course.js'),
  lesson: () => import('./screens/lesson.js'),
  quiz: () => import('./screens/quiz.js'),
  dashboard: () => import('./screens/dashboard.js'),
  leaderboard: () => import('./screens/leaderboard.js'),
};
const TABS = ['catalogue', 'dashboard', 'leaderboard'];
const STACK = 'academy.stack';

const view = document.getElementById('view');
let stack = [];
let generation = 0;
let firstContent = false;

function saveStack() {
  try { sessionStorage.setItem(STACK, JSON.stringify(stack)); } catch (ignored) { /* private mode */ }
}

function restoreStack() {
  try {
    const saved = JSON.parse(sessionStorage.getItem(STACK) || '[]');
    if (Array.isArray(saved) && saved.length && saved.every((e) => e && SCREENS[e.name])) return saved;
  } catch (ignored) { /* start over */ }
  return [{ name: 'catalogue', params: {} }];
}

export function go(name, params = {}) {
  stack.push({ name, params });
  render();
}

export function replace(name, params = {}) {
  stack[stack.length - 1] = { name, params };
  render();
}

/** Back to the previous screen, telling it something changed (for example {after: position}). */
export function backWith(params) {
  if (stack.length > 1) {
    stack.pop();
    const top = stack[stack.length - 1];
    top.params = { ...top.params, ...params };
    render();
  }
}

export function back() {
  if (stack.length > 1) {
    stack.pop();
    render();
  }
}

function openTab(name) {
  stack = [{ name, params: {} }];
  render();
}

function showNotice(text, retry) {
  const notice = document.getElementById('notice');
  document.getElementById('notice-text').textContent = text;
  const button = document.getElementById('notice-retry');
  button.hidden = !retry;
  button.onclick = retry ? () => { hideNotice(); retry(); } : null;
  notice.hidden = false;
}

function hideNotice() {
  document.getElementById('notice').hidden = true;
}

/** Every failure ends here as a sentence, with a way to try again. */
export function showError(error, retry) {
  const text = error instanceof ApiError ? error.message : t('offline');
  if (!(error instanceof ApiError)) console.error(error);
  telegram.haptic('error');
  showNotice(text, retry || (() => render()));
}

function markContent() {
  if (!firstContent) {
    firstContent = true;
    performance.mark('academy:first-content');
    document.body.dataset.ready = 'true';
  }
}

async function render() {
  const current = stack[stack.length - 1];
  const mine = ++generation;
  saveStack();
  hideNotice();
  telegram.setMain(null);
  telegram.setBack(stack.length > 1 ? back : null, t('back'));
  document.getElementById('tabs').hidden = false;
  for (const button of document.querySelectorAll('#tabs [data-tab]')) {
    const active = stack[0].name === button.dataset.tab;
    button.setAttribute('aria-current', active ? 'page' : 'false');
  }
  document.body.dataset.screen = current.name;
  replaceContent(view, h('p', { class: 'loading', role: 'status' }, t('loading')));
  const context = {
    view,
    params: current.params,
    alive: () => mine === generation,
    go, back, replace, backWith,
    setTitle: (title) => { if (mine === generation) document.getElementById('title').textContent = title; },
    setMain: (action) => { if (mine === generation) telegram.setMain(action); },
    showError: (error, retry) => { if (mine === generation) showError(error, retry); },
    notice: (text) => { if (mine === generation) showNotice(text, null); },
    hideNotice,
    /** Replaces this screen's parameters without pushing a new entry (saved for reloads). */
    remember: (params) => { if (mine === generation) { Object.assign(current.params, params); saveStack(); } },
    rendered: () => { if (mine === generation) markContent(); },
    rerender: () => render(),
  };
  context.setTitle(t('appTitle'));
  try {
    const screen = (await SCREENS[current.name]()).default;
    await screen(context);
    if (mine === generation) {
      markContent();
      view.focus({ preventScroll: true });
    }
  } catch (error) {
    if (mine !== generation) return;
    replaceContent(view, h('p', { class: 'empty' }, error instanceof ApiError ? error.message : t('offline')));
    markContent();
    showError(error, () => render());
  }
}

async function boot() {
  let launch = telegram.launch();
  if (!launch) {
    await telegram.sdkSettled(2500);
    launch = telegram.launch();
  }
  chooseLanguage(launch && launch.user ? launch.user.language_code : navigator.language);
  telegram.applyTheme(launch ? launch.theme : {});
  for (const button of document.querySelectorAll('#tabs [data-tab]')) {
    const name = button.dataset.tab;
    button.textContent = t(`tab${name.charAt(0).toUpperCase()}${name.slice(1)}`);
    button.onclick = () => openTab(name);
  }
  document.getElementById('title').textContent = t('appTitle');
  document.getElementById('notice-retry').textContent = t('retry');
  if (!launch) {
    replaceContent(view, h('p', { class: 'empty' }, t('noLaunchData')));
    markContent();
    return;
  }
  // Telegram's SDK may arrive after the first screen: it then takes over Back and Main buttons.
  telegram.sdkSettled(10000).then(() => {
    if (telegram.attach((theme) => telegram.applyTheme(theme))) render();
  });
  api.configure(launch.initData, (retrying) => {
    if (retrying) showNotice(t('retrying'), null);
    else if (document.getElementById('notice-text').textContent === t('retrying')) hideNotice();
  });
  if (launch.fresh) {
    try { sessionStorage.removeItem(STACK); } catch (ignored) { /* private mode */ }
  }
  stack = restoreStack();
  if (!TABS.includes(stack[0].name)) stack.unshift({ name: 'catalogue', params: {} });
  render();
}

boot();
