import type { Rule } from '../rule.js';

/** budget-mismatch: the budget's lines do not add up to 100% (or to the budget's amount). */
export const budgetMismatch: Rule = {
    name: 'budget-mismatch',
    check(ctx) {
        for (const budget of ctx.model?.own.budgets ?? []) {
            if (budget.lines.length === 0) continue;
            let percent = 0;
            for (const line of budget.lines) {
                if (line.share?.percent !== undefined) {
                    percent += parseFloat(line.share.percent);
                } else if (line.share?.number !== undefined && budget.amount) {
                    percent += (line.share.number / budget.amount) * 100;
                }
            }
            const sum = Math.round(percent * 100) / 100;
            if (Math.abs(sum - 100) < 0.005) continue;
            const diff = sum < 100
                ? (ctx.locale === 'zh-CN' ? `${Math.round((100 - sum) * 100) / 100}% 未分配` : `${Math.round((100 - sum) * 100) / 100}% unassigned`)
                : (ctx.locale === 'zh-CN' ? `超出 ${Math.round((sum - 100) * 100) / 100}%` : `${Math.round((sum - 100) * 100) / 100}% too much`);
            ctx.report('budget-mismatch', budget, { sum, diff }, { keyword: 'budget' });
        }
    },
};
