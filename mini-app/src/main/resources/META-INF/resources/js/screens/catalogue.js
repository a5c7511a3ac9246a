import { get } from '../api.js';
import { h, replaceContent } from '../dom.js';
import { t } from '../i18n.js';

export default async function catalogue(screen) {
  screen.setTitle(t('tabCatalogue'));
  const { courses = [] } = await get('/courses');
  if (!screen.alive()) return;
  if (!courses.length) {
    replaceContent(screen.view, h('p', { class: 'empty' }, t('catalogueEmpty')));
    return;
  }
  replaceContent(screen.view, h('ul', { class: 'cards', 'aria-label': t('tabCatalogue') },
    courses.map((course) => h('li', {},
      h('button', {
        type: 'button', class: 'card course-card', dataset: { courseId: course.courseId },
        onClick: () => screen.go('course', { courseId: course.courseId }),
      },
      h('span', { class: 'card-title' }, course.title),
      course.description ? h('span', { class: 'card-text' }, course.description) : null,
      h('span', { class: 'card-meta' }, t('modulesLessons', { modules: course.moduleCount, lessons: course.lessonCount })))))));
}
