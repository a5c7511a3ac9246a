import { get } from '../api.js';
import { xpChart } from '../chart.js';
import { h, replaceContent } from '../dom.js';
import { number, t } from '../i18n.js';

/** Streak with freezes, XP and level, the next lesson, and XP per day over the last 30 days. */
export default async function dashboard(screen) {
  screen.setTitle(t('tabDashboard'));
  const after = screen.params.after ? `?after=${screen.params.after}` : '';
  const [board, daily] = await Promise.all([get(`/dashboard${after}`), get(`/progress/daily?days=30${after ? `&after=${screen.params.after}` : ''}`)]);
  if (!screen.alive()) return;
  const { streak = {}, xp = {} } = board;
  const freezes = Number(streak.freezesAvailable || 0);
  const summary = t('chartSummary', { xp: number(daily.totalXp || 0), lessons: daily.lessonsCompleted || 0 });
  const next = board.nextLesson;
  replaceContent(screen.view,
    h('section', { class: 'stats' },
      h('div', { class: 'stat', id: 'streak' },
        h('span', { class: 'stat-label' }, t('streak')),
        h('span', { class: 'stat-value', id: 'streak-current' }, String(streak.current || 0)),
        h('span', { class: 'hint' }, t(streak.current === 1 ? 'day' : 'days', { n: streak.current || 0 })),
        h('span', { class: 'hint' }, t('longest', { n: streak.longest || 0 })),
        h('span', { class: 'hint', id: 'freezes', 'aria-label': t('freezes', { n: freezes }) },
          freezes > 0 ? `${'❄'.repeat(Math.min(freezes, 5))} ${t('freezes', { n: freezes })}` : t('freezes', { n: 0 }))),
      h('div', { class: 'stat', id: 'xp' },
        h('span', { class: 'stat-label' }, t('xp')),
        h('span', { class: 'stat-value', id: 'xp-total' }, number(xp.total || 0)),
        h('span', { class: 'hint', id: 'level' }, t('level', { n: xp.level || 1 })),
        h('span', { class: 'hint' }, t('nextLevelAt', { xp: number(xp.nextLevelAt || 100) })),
        h('span', { class: 'hint' }, t('thisWeek', { xp: number(xp.thisWeek || 0) })))),
    h('section', { class: 'panel' },
      h('h2', {}, t('chartTitle')),
      xpChart(daily.days || [], t('chartTitle'), summary),
      h('p', { class: 'hint', id: 'chart-summary' }, summary)),
    h('section', { class: 'panel', id: 'next-lesson' },
      h('h2', {}, t('nextLessonTitle')),
      next ? h('button', {
        type: 'button', class: 'card', onClick: () => screen.go('lesson', { courseId: next.courseId, lessonId: next.lessonId }),
      }, h('span', { class: 'card-title' }, next.title), h('span', { class: 'card-meta' }, next.courseTitle))
        : h('p', { class: 'hint' }, t('noNextLesson'))),
    (board.coursesInProgress || []).length ? h('section', { class: 'panel' },
      h('h2', {}, t('coursesInProgress')),
      h('ul', { class: 'progress-list' }, board.coursesInProgress.map((c) => {
        const percent = Math.floor(Number(c.percentComplete) * 100);
        return h('li', {},
          h('span', {}, c.title),
          h('progress', { max: 100, value: percent, 'aria-label': `${c.title}: ${t('percentDone', { percent })}` }),
          h('span', { class: 'hint' }, t('percentDone', { percent })));
      }))) : null);
  if (next) {
    screen.setMain({ text: t('nextLesson'), onClick: () => screen.go('lesson', { courseId: next.courseId, lessonId: next.lessonId }) });
  }
}
