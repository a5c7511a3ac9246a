import { get, newKey, post } from '../api.js';
import { h, replaceContent, svg } from '../dom.js';
import { t } from '../i18n.js';
import { haptic } from '../telegram.js';

const STATE_LABEL = { locked: 'stateLocked', unlocked: 'stateUnlocked', completed: 'stateCompleted' };
const STATE_MARK = { unlocked: '○', completed: '✓' };

/** A padlock drawn in SVG: emoji fonts are not everywhere. */
function lockIcon() {
  return svg('svg', { viewBox: '0 0 16 16', width: 16, height: 16, 'aria-hidden': 'true', focusable: 'false' },
    svg('path', { fill: 'currentColor', d: 'M4 7V5a4 4 0 0 1 8 0v2h1v8H3V7h1zm2 0h4V5a2 2 0 0 0-4 0v2z' }));
}

/** Modules and lessons with the learner's locked / open / done state; enrolment as the main action. */
export default async function course(screen) {
  const { courseId, after } = screen.params;
  const detail = await get(`/courses/${encodeURIComponent(courseId)}${after ? `?after=${after}` : ''}`);
  if (!screen.alive()) return;
  screen.setTitle(detail.title);
  const hint = h('p', { class: 'hint', id: 'course-hint', role: 'status', 'aria-live': 'polite' });
  const modules = (detail.modules || []).map((module) => moduleSection(screen, detail, module, hint));
  replaceContent(screen.view,
    h('section', { class: 'course-head' },
      detail.description ? h('p', { class: 'card-text' }, detail.description) : null,
      h('p', { class: 'card-meta' }, t('modulesLessons', { modules: detail.moduleCount, lessons: detail.lessonCount })),
      detail.completed ? h('p', { class: 'badge done' }, t('courseCompleted'))
        : detail.enrolled ? h('p', { class: 'badge' }, t('enrolled')) : null),
    hint,
    modules);
  if (detail.enrolled === false) {
    const key = newKey();
    const enrol = async () => {
      screen.setMain({ text: t('enrol'), busy: true, onClick: () => {} });
      try {
        const answer = await post(`/courses/${encodeURIComponent(courseId)}/enrollment`, undefined, key);
        haptic('success');
        screen.replace('course', { courseId, after: answer.position });
      } catch (error) {
        screen.setMain({ text: t('enrol'), onClick: enrol });
        screen.showError(error, enrol);
      }
    };
    screen.setMain({ text: t('enrol'), onClick: enrol });
  } else {
    const next = firstOpenLesson(detail);
    if (next) {
      screen.setMain({ text: t('nextLesson'), onClick: () => screen.go('lesson', { courseId, lessonId: next.lessonId }) });
    }
  }
}

function moduleSection(screen, detail, module, hint) {
  const { courseId } = screen.params;
  const lessons = (module.lessons || []).map((lesson) => {
    const state = lesson.state || 'locked';
    const open = () => {
      if (state === 'locked') {
        hint.textContent = detail.enrolled ? t('lockedHint') : t('enrolFirst');
        haptic('warning');
        return;
      }
      screen.go('lesson', { courseId, lessonId: lesson.lessonId });
    };
    return h('li', {},
      h('button', {
        type: 'button', class: `lesson-row state-${state}`, dataset: { lessonId: lesson.lessonId, state },
        'aria-disabled': state === 'locked' ? 'true' : 'false', onClick: open,
      },
      h('span', { class: 'mark', 'aria-hidden': 'true' }, state === 'locked' ? lockIcon() : STATE_MARK[state] || '○'),
      h('span', { class: 'lesson-title' }, lesson.title),
      h('span', { class: 'state-label' }, t(STATE_LABEL[state] || 'stateLocked')),
      h('span', { class: 'xp' }, t('lessonXp', { xp: lesson.xp }))));
  });
  const quiz = module.assessmentId ? h('button', {
    type: 'button', class: `quiz-row state-${module.state || 'locked'}`,
    dataset: { assessmentId: module.assessmentId, moduleId: module.moduleId },
    'aria-disabled': module.state === 'locked' || !module.state ? 'true' : 'false',
    onClick: () => {
      if (!module.state || module.state === 'locked') {
        hint.textContent = detail.enrolled ? t('quizLocked') : t('enrolFirst');
        return;
      }
      screen.go('quiz', { courseId, moduleId: module.moduleId, assessmentId: module.assessmentId });
    },
  }, h('span', { class: 'mark', 'aria-hidden': 'true' }, module.state === 'completed' ? '✓'
    : !module.state || module.state === 'locked' ? lockIcon() : '★'),
  h('span', { class: 'lesson-title' }, t('quiz'))) : null;
  return h('section', { class: 'module', dataset: { moduleId: module.moduleId, state: module.state || 'locked' } },
    h('h2', {}, h('span', { class: 'module-number' }, t('moduleN', { n: module.position })), ' ', module.title),
    h('ul', { class: 'lessons' }, lessons),
    quiz);
}

function firstOpenLesson(detail) {
  for (const module of detail.modules || []) {
    for (const lesson of module.lessons || []) {
      if (lesson.state === 'unlocked') return lesson;
    }
  }
  return null;
}
