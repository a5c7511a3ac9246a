import { get, newKey, post } from '../api.js';
import { h, replaceContent } from '../dom.js';
import { duration, t } from '../i18n.js';
import { haptic } from '../telegram.js';

/**
 * A lesson: course-service's HTML (rendered from markdown, raw HTML escaped), the time spent
 * while the page is visible, and "complete" posting {score, timeSpent} under one Idempotency-Key
 * that survives retries and reloads (with the same body, so a retry is recognised, not refused).
 */
export default async function lesson(screen) {
  const { courseId, lessonId } = screen.params;
  const content = await get(`/courses/${encodeURIComponent(courseId)}/lessons/${encodeURIComponent(lessonId)}`);
  if (!screen.alive()) return;
  screen.setTitle(content.title);
  const article = h('article', { class: 'lesson-body', 'aria-label': content.title });
  // Safe by construction: course-service escapes raw HTML and drops unsafe URLs (LessonHtml).
  article.innerHTML = content.html || '';
  for (const link of article.querySelectorAll('a[href]')) {
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
  }
  const clock = h('p', { class: 'hint', id: 'time-spent' });
  const outcome = h('div', { id: 'lesson-outcome', role: 'status', 'aria-live': 'polite' });
  const media = (content.mediaLinks || []).map((url) => h('li', {}, h('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, url)));
  replaceContent(screen.view,
    h('p', { class: 'card-meta' }, t('lessonXp', { xp: content.xp })),
    article,
    media.length ? h('ul', { class: 'media' }, media) : null,
    clock,
    outcome);

  const timer = visibleTime(screen.params.spentMillis || 0);
  const tick = setInterval(() => {
    if (!screen.alive()) { clearInterval(tick); timer.stop(); return; }
    clock.textContent = t('timeSpent', { time: duration(timer.millis() / 1000) });
  }, 1000);
  clock.textContent = t('timeSpent', { time: duration(timer.millis() / 1000) });

  const complete = async () => {
    // One key and one body per completion, kept with the screen: a retry (or a reload) repeats them exactly.
    let pending = screen.params.pending;
    if (!pending) {
      const timeSpent = Math.min(86400, Math.max(0, Math.round(timer.millis() / 1000)));
      pending = { key: newKey(), body: { score: 1, timeSpent } };
      screen.remember({ pending });
    }
    screen.setMain({ text: t('completing'), busy: true, onClick: () => {} });
    try {
      const answer = await post(`/lessons/progress/${encodeURIComponent(lessonId)}`, pending.body, pending.key);
      if (!screen.alive()) return;
      clearInterval(tick);
      timer.stop();
      screen.remember({ pending: null });
      const earned = answer.completion ? answer.completion.xpEarned : 0;
      const first = answer.completion ? answer.completion.firstCompletion : false;
      haptic('success');
      replaceContent(outcome, h('p', { class: 'badge done', id: 'lesson-complete' },
        t(first ? 'lessonDone' : 'lessonAlreadyDone', { xp: earned })));
      screen.setMain({ text: t('backToCourse'), onClick: () => screen.backWith({ after: answer.position }) });
    } catch (error) {
      screen.setMain({ text: t('completeLesson'), onClick: complete });
      screen.showError(error, complete);
    }
  };
  screen.setMain({ text: t('completeLesson'), onClick: complete });
  screen.rendered();
}

/** Milliseconds the page was visible while this lesson was open. */
function visibleTime(already) {
  let total = already;
  let since = document.visibilityState === 'visible' ? performance.now() : null;
  const change = () => {
    if (document.visibilityState === 'visible') {
      since = performance.now();
    } else if (since !== null) {
      total += performance.now() - since;
      since = null;
    }
  };
  document.addEventListener('visibilitychange', change);
  return {
    millis: () => total + (since === null ? 0 : performance.now() - since),
    stop: () => document.removeEventListener('visibilitychange', change),
  };
}
