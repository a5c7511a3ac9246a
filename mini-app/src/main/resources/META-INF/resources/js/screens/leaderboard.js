import { get } from '../api.js';
import { h, replaceContent } from '../dom.js';
import { number, t } from '../i18n.js';

/** The weekly and the all-time board, with the learner's own rank even outside the top. */
export default async function leaderboard(screen) {
  screen.setTitle(t('tabLeaderboard'));
  const period = screen.params.period === 'all' ? 'all' : 'week';
  const board = await get(`/leaderboard?period=${period}&limit=20`);
  if (!screen.alive()) return;
  const me = board.me || {};
  const switcher = h('div', { class: 'segmented', role: 'group', 'aria-label': t('tabLeaderboard') },
    [['week', t('week')], ['all', t('allTime')]].map(([value, label]) => h('button', {
      type: 'button', id: `period-${value}`, 'aria-pressed': String(value === period),
      onClick: () => { if (value !== period) { screen.remember({ period: value }); screen.rerender(); } },
    }, label)));
  const entries = board.entries || [];
  replaceContent(screen.view,
    switcher,
    h('p', { class: 'badge', id: 'my-rank' }, me.rank ? t('yourRank', { rank: me.rank }) : t('noRank')),
    entries.length ? h('ol', { class: 'board', id: 'board' }, entries.map((entry) => {
      const mine = entry.userId === me.userId;
      return h('li', { class: mine ? 'me' : '', dataset: { userId: entry.userId, rank: entry.rank }, 'aria-current': mine ? 'true' : undefined },
        h('span', { class: 'rank' }, `#${entry.rank}`),
        h('span', { class: 'who' }, mine ? `${t('learner', { id: entry.userId })} (${t('you')})` : t('learner', { id: entry.userId })),
        h('span', { class: 'score' }, `${number(entry.xp)} XP · ${t('level', { n: entry.level })}`));
    })) : h('p', { class: 'empty' }, t('boardEmpty')));
}
