import type { transportMessagesEn } from './transport-messages-en';

/** 点对点输送的字段与拒绝提示（并入目录的 `v`）。 */
export const transportMessagesZhCN: Record<keyof typeof transportMessagesEn, string> = {
  time: '请按 时:分 填写时间，如 07:30',
  date_time: '请填写日期和时间',
  plate: '车牌为省份简称、字母加 5 或 6 位字母或数字，如 鄂Q12345',
  seats_range: '座位数应在 1 到 99 之间',
  seats_below_booked: '座位数少于已安排人数：请先移除乘车人员',
  seats_below_taken: '有人坐在超出该座位数的座位上：请先调整座位',
  seat_range: '本车没有这个座位号',
  duplicate: '重复填写',
  supply_name_taken: '清单中已有该物资',
  supply_unknown: '该物资不存在（或已删除）',
  trip_closed_passengers: '车次 {{trip}} 已结束：乘车人员及勾选不能再修改（输送人次已记录）。',
  trip_cancelled: '车次 {{trip}} 已取消，不能再修改。',
  trip_schedule_fixed: '车次 {{trip}} 已发车：日期、县市和座位数不能再修改。',
  trip_double_booking:
    '以下人员 {{date}} 已安排在其他车次（{{count}} 人）：{{names}}。每人每天只能乘一趟车，请先从另一车次移除。',
  trip_status: '车次 {{trip}} 不能从当前状态改为所选状态。',
  trip_no_passengers: '车次 {{trip}} 还没有乘车人员。',
  trip_nobody_boarded: '车次 {{trip}}：还没有勾选任何人上车。',
  trip_seating_locked: '车次 {{trip}} 已发车：只能在发车前增加、调整或移除乘车人员。',
  trip_not_eligible:
    '以下人员不能乘车（{{count}} 人）：{{names}}。只有已核实、下一步可以乘车且乘车日期不早于其最近一步的人员才能安排座位。',
  trip_rode_unresolved:
    '以下人员已乘车输送，尚未记录面试结果（{{count}} 人）：{{names}}。确认确需再次乘车后才能安排座位。',
  trip_already_on: '已在本车上：{{names}}',
  trip_over_capacity: '超员：车次 {{trip}} 共 {{seats}} 座，剩余 {{free}} 座，拟增加 {{requested}} 人。',
  trip_boarding_locked: '车次 {{trip}}：上车勾选从开始登车起、到结束车次前进行。',
  trip_arrival_locked: '车次 {{trip}}：到达勾选须在“确认到达”之后进行。',
  trip_arrived_not_boarded: '{{name}} 未上车，不能勾选到达。',
  trip_reason_mismatch:
    '原因与 {{name}} 的勾选不符：“未到场”用于未上车人员，“途中下车”用于上车后未到达人员。',
  trip_close_not_arrived: '车次 {{trip}} 没有到达清点，不能结束：请先“确认到达”并勾选下车人员。',
  trip_close_future: '车次 {{trip}} 的日期为 {{date}}：当天之前不能结束。',
  trip_close_no_arrivals: '车次 {{trip}} 没有到达人数：无人勾选到达。请勾选到达人员（或取消该车次）。',
  trip_close_unexplained:
    '人数对不上：{{notBoarded}} 人未上车、{{notArrived}} 人未到达且未注明原因。请为每个差异注明原因。',
  trip_close_refused: '车次 {{trip}} 无法为 {{count}} 人记录乘车：{{names}}（安排座位后其流程已变化）。',
};
