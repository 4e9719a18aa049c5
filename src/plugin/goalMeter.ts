/**
 * The sidebar header's weekly goal: "2 of 3 this week" with a thin meter, shown only when the
 * setting *Weekly goal* is above zero.
 */
import { moment } from "obsidian";
import type { Day } from "../core/days";
import { contactedThisWeek, weeklyGoalText, type GoalEntry } from "../core/weeklyGoal";

/** Fills `el` with the goal's words and meter, or hides it when there is no goal. */
export function renderGoalMeter(el: HTMLElement, goal: number, entries: Iterable<GoalEntry>, today: Day): void {
	el.empty();
	el.toggleClass("reconnect-hidden", goal <= 0);
	if (goal <= 0) return;
	// The week starts where the user's locale starts it (Monday in most, Sunday in some).
	const done = contactedThisWeek(entries, today, moment.localeData().firstDayOfWeek());
	const text = weeklyGoalText(done, goal);
	el.toggleClass("is-reached", done >= goal);
	el.createSpan({ cls: "reconnect-goal-text", text });
	const meter = el.createDiv({
		cls: "reconnect-goal-meter",
		attr: { role: "progressbar", "aria-label": "Weekly goal", "aria-valuemin": "0", "aria-valuemax": String(goal), "aria-valuenow": String(Math.min(done, goal)), "aria-valuetext": text },
	});
	meter.createDiv({ cls: "reconnect-goal-fill" }).setCssProps({ "--reconnect-goal-share": `${Math.round((Math.min(done, goal) / goal) * 100)}%` });
}
