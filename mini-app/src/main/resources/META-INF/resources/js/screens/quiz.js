import * as api from '../api.js';
import { h, replaceContent } from '../dom.js';
import { duration, t } from '../i18n.js';
import { haptic } from '../telegram.js';

/**
 * The module quiz: an attempt's questions of the four types, each answer saved as given, a
 * countdown to the server's deadline (corrected for this device's clock offset), submitted by
 * itself at the deadline. The attempt id is kept with the screen, so a reload resumes it.
 */
export default async function quiz(screen) {
  const { assessmentId, attemptId } = screen.params;
  if (attemptId) {
    const attempt = await api.get(`/attempts/${encodeURIComponent(attemptId)}`);
    if (!screen.alive()) return;
    if (attempt.status === 'open') return showAttempt(screen, attempt);
    return showResult(screen, attempt.result, attempt.questions);
  }
  const definition = await api.get(`/assessments/${encodeURIComponent(assessmentId)}`);
  if (!screen.alive()) return;
  screen.setTitle(definition.title || t('quiz'));
  replaceContent(screen.view, h('section', { class: 'quiz-intro' },
    h('h2', {}, definition.title || t('quiz')),
    h('p', {}, t('timeLimit', { time: duration(definition.timeLimitSeconds) })),
    h('p', {}, t('passMark', { percent: Math.round(Number(definition.passMark) * 100) })),
    h('p', {}, t('attemptsLeft', { n: definition.maxAttempts ?? 1 }))));
  const key = api.newKey();
  const start = async () => {
    screen.setMain({ text: t('startQuiz'), busy: true, onClick: () => {} });
    const sentAt = Date.now();
    try {
      const attempt = await api.post(`/assessments/${encodeURIComponent(assessmentId)}/attempts`, undefined, key);
      if (!api.knowsServerTime()) api.adoptServerTime(Date.parse(attempt.startedAt), sentAt, Date.now());
      if (!screen.alive()) return;
      screen.remember({ attemptId: attempt.attemptId });
      showAttempt(screen, attempt);
    } catch (error) {
      screen.setMain({ text: t('startQuiz'), onClick: start });
      screen.showError(error, start);
    }
  };
  screen.setMain({ text: t('startQuiz'), onClick: start });
}

function showAttempt(screen, attempt) {
  screen.setTitle(t('quiz'));
  const deadline = Date.parse(attempt.deadline);
  const timer = h('p', { class: 'countdown', id: 'countdown', role: 'timer', 'aria-label': t('timeLeft') });
  const saves = new Map();
  let finished = false;

  const save = (question, answer) => {
    const path = `/attempts/${encodeURIComponent(attempt.attemptId)}/answers/${encodeURIComponent(question.questionId)}`;
    const status = document.getElementById(`saved-${question.questionId}`);
    if (status) status.textContent = t('answerSaving');
    const saving = api.put(path, answer, api.newKey()).then(() => {
      if (status && saves.get(question.questionId) === saving) status.textContent = t('answerSaved');
    }).catch((error) => {
      if (status) status.textContent = '';
      if (!finished && error.status !== 409) screen.showError(error, () => save(question, answer));
    });
    saves.set(question.questionId, saving);
  };

  const submit = async (automatic) => {
    if (finished) return;
    finished = true;
    clearInterval(tick);
    screen.setMain({ text: t('submitting'), busy: true, onClick: () => {} });
    await Promise.allSettled(saves.values());
    try {
      const result = await api.post(`/attempts/${encodeURIComponent(attempt.attemptId)}/submit`, undefined,
        `submit-${attempt.attemptId}`);
      if (!screen.alive()) return;
      showResult(screen, result, attempt.questions);
    } catch (error) {
      finished = false;
      screen.setMain({ text: t('submitQuiz'), onClick: () => submit(automatic) });
      screen.showError(error, () => submit(automatic));
    }
  };

  const update = () => {
    const left = Math.max(0, (deadline - api.serverNow()) / 1000);
    timer.textContent = `${t('timeLeft')}: ${duration(Math.ceil(left))}`;
    timer.classList.toggle('urgent', left < 30);
    // Half a second past the deadline: the server then certainly sees time as up and records
    // the submission as automatic; the answers it holds are the ones saved before.
    if (deadline - api.serverNow() <= -500 && screen.alive()) submit(true);
  };
  const tick = setInterval(() => {
    if (!screen.alive()) { clearInterval(tick); return; }
    update();
  }, 250);

  const given = attempt.answers || {};
  replaceContent(screen.view,
    timer,
    h('form', { class: 'questions', onSubmit: (event) => event.preventDefault() },
      (attempt.questions || []).map((question, index) => questionField(question, index, given[question.questionId], save))));
  update();
  screen.setMain({ text: t('submitQuiz'), onClick: () => submit(false) });
  screen.rendered();
}

function questionField(question, index, given, save) {
  const id = question.questionId;
  const legend = h('legend', {}, h('span', { class: 'question-number' }, `${index + 1}. `), question.prompt,
    h('span', { class: 'points' }, ` (${question.points})`));
  const status = h('span', { class: 'saved', id: `saved-${id}`, role: 'status' }, given ? t('answerSaved') : '');
  let control;
  if (question.type === 'single_choice' || question.type === 'multiple_choice') {
    const multiple = question.type === 'multiple_choice';
    const chosen = new Set(given && given.choiceIds ? given.choiceIds : []);
    control = h('div', { class: 'choices' }, (question.choices || []).map((choice) => {
      const input = h('input', {
        type: multiple ? 'checkbox' : 'radio', name: `q-${id}`, value: choice.choiceId,
        id: `c-${id}-${choice.choiceId}`, checked: chosen.has(choice.choiceId),
      });
      input.addEventListener('change', () => {
        const picked = Array.from(document.querySelectorAll(`input[name="q-${id}"]:checked`), (i) => i.value);
        save(question, { choiceIds: picked });
      });
      return h('label', { class: 'choice', for: `c-${id}-${choice.choiceId}` }, input, h('span', {}, choice.text));
    }));
  } else {
    const numeric = question.type === 'numeric';
    const input = h('input', {
      type: numeric ? 'number' : 'text', step: numeric ? 'any' : undefined, inputmode: numeric ? 'decimal' : undefined,
      id: `a-${id}`, name: `q-${id}`, autocomplete: 'off',
      value: given ? (numeric ? given.number : given.text) : undefined,
    });
    let timer = null;
    const send = () => {
      clearTimeout(timer);
      if (numeric) {
        if (input.value.trim() === '' || !Number.isFinite(Number(input.value))) return;
        save(question, { number: Number(input.value) });
      } else {
        save(question, { text: input.value });
      }
    };
    input.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(send, 700); });
    input.addEventListener('change', send);
    control = h('label', { class: 'answer', for: `a-${id}` }, h('span', {}, t(numeric ? 'numberLabel' : 'textLabel')), input);
  }
  return h('fieldset', { class: 'question', dataset: { questionId: id, type: question.type } }, legend, control, status);
}

function showResult(screen, result, questions) {
  screen.setTitle(t('quiz'));
  const prompts = new Map((questions || []).map((q) => [q.questionId, q.prompt]));
  const percent = Math.floor(Number(result.percent) * 100);
  if (result.passed) haptic('success'); else haptic('warning');
  replaceContent(screen.view, h('section', { class: 'result', id: 'quiz-result', dataset: { passed: String(result.passed) } },
    h('h2', { class: result.passed ? 'badge done' : 'badge fail' }, t(result.passed ? 'resultPassed' : 'resultFailed', { percent })),
    h('p', {}, t('points', { points: result.score, max: result.maxScore })),
    result.automatic ? h('p', { class: 'hint', id: 'automatic' }, t('resultAutomatic')) : null,
    h('ol', { class: 'per-question' }, (result.results || []).map((r) => h('li', {
      class: r.correct ? 'correct' : 'incorrect', dataset: { questionId: r.questionId },
    }, h('span', {}, prompts.get(r.questionId) || ''), ' ',
    h('strong', {}, t('points', { points: r.points, max: r.maxPoints })), ' ',
    h('span', { class: 'hint' }, t(r.correct ? 'correct' : 'incorrect')))))));
  screen.setMain({ text: t('backToCourse'), onClick: () => screen.backWith({ after: result.position }) });
  screen.rendered();
}
