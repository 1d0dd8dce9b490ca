/** A monthly member day with three runs (D-days 2026-03-18, 04-18, 05-18), for the calendar tests of repeating playbooks. */
export const REPEATING = `playbook tea "会员日" {
  repeat monthly on 18 from 2026-03 until 2026-05
  anchor burst
  holidays none
  owner ops
  role ops "运营"
  channel g "群" kind wechat_group
  phase warm "预热" kind warmup days 3 { step a "悬念" day D-3 at 10:00 on g }
  phase burst "会员日" kind burst days 1 { step b "秒杀" day D at 10:00 on g }
}
`;
