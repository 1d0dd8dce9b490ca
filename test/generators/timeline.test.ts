/**
 * What the timeline preview shows of each event (generators/timeline.ts): the same texts as the
 * Markdown calendar and the xlsx, in the reader's language — the bar the preview is held to.
 */
import { strict as assert } from 'node:assert';
import { calendarEvents } from '../../language/generators/common.js';
import { namesOf } from '../../language/generators/names.js';
import { eventDisplay, typeLabels } from '../../language/generators/timeline.js';
import { loadModel } from './helpers.js';

describe('timeline preview texts (server side)', () => {
    it('titles instead of ids, the one type label, end times, reminders, reviewer, copy, condition and response, notes (zh-CN)', async () => {
        const model = await loadModel('launch.playbook');
        const names = namesOf(model);
        const byId = (id: string) => eventDisplay(calendarEvents(model).find(e => e.id === id)!, names, 'zh-CN');
        assert.deepEqual(typeLabels('zh-CN'), { step: 'SOP 动作', milestone: '里程碑', 'asset-due': '物料截止', checkpoint: '风险检查点', blackout: '避让日', holiday: '法定节假日', workday: '调休上班' });
        assert.deepEqual(byId('tea_launch.invite_push.2026-03-02'), {
            type: 'SOP 动作', time: '09:30–10:00', phase: '预热期',
            details: [
                { label: '渠道', text: '茶友福利群、员工朋友圈' },
                { label: '负责人', text: '文案策划' },
                { label: '物料', text: '入群邀请语、春茶主视觉' },
                { label: '提醒', text: '提前 1 小时、提前 10 分钟' },
                { label: '审核人', text: '法务合规' },
                { label: '文案', text: '入群邀请语：\n欢迎加入茶友福利群！\n3 月 23 日 20:00 直播开抢, 群内专享 "买一送一"。\n规则 | 说明见置顶\n\n春茶主视觉：\n明前龙井，一口春天 🍵' },
            ],
        });
        assert.deepEqual(byId('tea_launch.checkpoint.low_join'), {
            type: '风险检查点', time: '全天', phase: '预热期',
            details: [
                { label: '负责人', text: '李青（私域负责人）' },
                { label: '检查', text: '进群人数 < 目标的 40%（2,000）' },
                { label: '应对', text: '追加朋友圈投放, 启动老带新' },
            ],
        });
        assert.equal(byId('tea_launch.asset-due.invite').time, '当天截止');
        assert.equal(byId('tea_launch.night_watch.2026-03-23').time, '22:30–2026-03-24 01:30');
        assert.deepEqual(byId('tea_launch.flash.2026-03-11').details.at(-1), { label: '备注', text: '链接见 C:\\promo\\flash; 不要外传' });
        assert.deepEqual(byId('tea_launch.checkin.2026-03-16').details.find(d => d.label === '目标人群'), { label: '目标人群', text: '60 天未复购茶友' });
    });
});
