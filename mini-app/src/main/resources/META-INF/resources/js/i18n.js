// Russian or English, chosen once from the Telegram user's language_code.

const en = {
  appTitle: 'Telegram Academy',
  back: 'Back',
  tabCatalogue: 'Courses',
  tabDashboard: 'Progress',
  tabLeaderboard: 'Leaderboard',
  loading: 'Loading…',
  retry: 'Try again',
  noLaunchData: 'Open the academy from Telegram: this page was opened without Telegram launch data.',
  offline: 'The academy cannot be reached. Check your connection, then try again.',
  retrying: 'No answer yet, trying again…',
  unexpected: 'Something went wrong ({status}). Try again in a moment.',
  catalogueEmpty: 'No courses are published yet.',
  modulesLessons: '{modules} modules · {lessons} lessons',
  enrol: 'Enrol',
  enrolled: 'You are enrolled.',
  courseCompleted: 'Course completed!',
  moduleN: 'Module {n}',
  stateLocked: 'locked',
  stateUnlocked: 'open',
  stateCompleted: 'done',
  lockedHint: 'This lesson opens once you complete the one before it.',
  enrolFirst: 'Enrol in the course to open its first lesson.',
  lessonXp: '{xp} XP',
  completeLesson: 'Complete lesson',
  completing: 'Saving…',
  lessonDone: 'Lesson complete: +{xp} XP',
  lessonAlreadyDone: 'Lesson completed again: +{xp} XP',
  nextLesson: 'Next lesson',
  backToCourse: 'Back to the course',
  timeSpent: 'Time on this lesson: {time}',
  quiz: 'Module quiz',
  startQuiz: 'Start the quiz',
  quizLocked: 'The quiz opens with its module.',
  timeLeft: 'Time left',
  submitQuiz: 'Submit answers',
  submitting: 'Submitting…',
  answerSaved: 'Saved',
  answerSaving: 'Saving…',
  numberLabel: 'Your answer (a number)',
  textLabel: 'Your answer',
  points: '{points} / {max} points',
  resultPassed: 'Passed: {percent}%',
  resultFailed: 'Not passed: {percent}%',
  resultAutomatic: 'Time was up: your answers were submitted automatically.',
  correct: 'correct',
  incorrect: 'not correct',
  attemptsLeft: 'Attempts allowed: {n}',
  timeLimit: 'Time limit: {time}',
  passMark: 'Pass mark: {percent}%',
  streak: 'Streak',
  day: '{n} day in a row',
  days: '{n} days in a row',
  longest: 'longest {n}',
  freezes: 'Streak freezes: {n}',
  xp: 'XP',
  level: 'Level {n}',
  nextLevelAt: 'next level at {xp} XP',
  thisWeek: '{xp} XP this week',
  nextLessonTitle: 'Next lesson',
  noNextLesson: 'Enrol in a course to get a next lesson.',
  chartTitle: 'XP per day, last 30 days',
  chartSummary: '{xp} XP and {lessons} lessons in the last 30 days',
  coursesInProgress: 'In progress',
  percentDone: '{percent}% done',
  week: 'This week',
  allTime: 'All time',
  yourRank: 'Your rank: {rank}',
  noRank: 'You are not on this board yet: complete a lesson to join it.',
  learner: 'Learner {id}',
  you: 'you',
  boardEmpty: 'Nobody has earned XP here yet.',
};

const ru = {
  appTitle: 'Telegram Академия',
  back: 'Назад',
  tabCatalogue: 'Курсы',
  tabDashboard: 'Прогресс',
  tabLeaderboard: 'Рейтинг',
  loading: 'Загрузка…',
  retry: 'Повторить',
  noLaunchData: 'Откройте академию из Telegram: страница открыта без данных запуска Telegram.',
  offline: 'Академия недоступна. Проверьте подключение и попробуйте ещё раз.',
  retrying: 'Ответа пока нет, пробуем ещё раз…',
  unexpected: 'Что-то пошло не так ({status}). Попробуйте чуть позже.',
  catalogueEmpty: 'Курсов пока нет.',
  modulesLessons: 'модулей: {modules} · уроков: {lessons}',
  enrol: 'Записаться',
  enrolled: 'Вы записаны на курс.',
  courseCompleted: 'Курс пройден!',
  moduleN: 'Модуль {n}',
  stateLocked: 'закрыт',
  stateUnlocked: 'открыт',
  stateCompleted: 'пройден',
  lockedHint: 'Урок откроется, когда вы пройдёте предыдущий.',
  enrolFirst: 'Запишитесь на курс, чтобы открыть первый урок.',
  lessonXp: '{xp} XP',
  completeLesson: 'Завершить урок',
  completing: 'Сохраняем…',
  lessonDone: 'Урок пройден: +{xp} XP',
  lessonAlreadyDone: 'Урок пройден снова: +{xp} XP',
  nextLesson: 'Следующий урок',
  backToCourse: 'К курсу',
  timeSpent: 'Время на уроке: {time}',
  quiz: 'Тест модуля',
  startQuiz: 'Начать тест',
  quizLocked: 'Тест откроется вместе с модулем.',
  timeLeft: 'Осталось',
  submitQuiz: 'Отправить ответы',
  submitting: 'Отправляем…',
  answerSaved: 'Сохранено',
  answerSaving: 'Сохраняем…',
  numberLabel: 'Ваш ответ (число)',
  textLabel: 'Ваш ответ',
  points: '{points} из {max} баллов',
  resultPassed: 'Сдано: {percent}%',
  resultFailed: 'Не сдано: {percent}%',
  resultAutomatic: 'Время вышло: ответы отправлены автоматически.',
  correct: 'верно',
  incorrect: 'неверно',
  attemptsLeft: 'Попыток: {n}',
  timeLimit: 'Время: {time}',
  passMark: 'Проходной балл: {percent}%',
  streak: 'Серия',
  day: 'дней подряд: {n}',
  days: 'дней подряд: {n}',
  longest: 'рекорд {n}',
  freezes: 'Заморозки серии: {n}',
  xp: 'XP',
  level: 'Уровень {n}',
  nextLevelAt: 'следующий уровень с {xp} XP',
  thisWeek: '{xp} XP за неделю',
  nextLessonTitle: 'Следующий урок',
  noNextLesson: 'Запишитесь на курс, чтобы получить следующий урок.',
  chartTitle: 'XP по дням за 30 дней',
  chartSummary: '{xp} XP и уроков: {lessons} за 30 дней',
  coursesInProgress: 'В процессе',
  percentDone: 'пройдено {percent}%',
  week: 'Неделя',
  allTime: 'Всё время',
  yourRank: 'Ваше место: {rank}',
  noRank: 'Вас пока нет в рейтинге: пройдите урок, чтобы попасть в него.',
  learner: 'Ученик {id}',
  you: 'вы',
  boardEmpty: 'Здесь пока никто не заработал XP.',
};

let strings = en;
let language = 'en';

export function chooseLanguage(languageCode) {
  language = typeof languageCode === 'string' && languageCode.toLowerCase().startsWith('ru') ? 'ru' : 'en';
  strings = language === 'ru' ? ru : en;
  document.documentElement.lang = language;
}

export function currentLanguage() {
  return language;
}

export function t(key, params = {}) {
  const template = strings[key] ?? en[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_, name) => (name in params ? String(params[name]) : `{${name}}`));
}

export function duration(seconds) {
  const s = Math.max(0, Math.floor(seconds));
  const minutes = Math.floor(s / 60);
  const rest = String(s % 60).padStart(2, '0');
  return `${minutes}:${rest}`;
}

export function number(value) {
  return new Intl.NumberFormat(language).format(value);
}
