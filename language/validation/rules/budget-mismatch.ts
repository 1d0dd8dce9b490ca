import type { Rule } from '../rule.js';

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * budget-mismatch: the budget's lines do not add up to 100% (or, when lines give amounts, to the
 * budget's amount: the message then says the missing or extra amount). A second `budget` is a
 * duplicate-clause: the money and its split are stated once.
 */
export const budgetMismatch: Rule = {
    name: 'budget-mismatch',
    codes: ['budget-mismatch', 'duplicate-clause'],
    check(ctx) {
        const budgets = ctx.model?.own.budgets ?? [];
        for (const budget of budgets.slice(1)) ctx.report('duplicate-clause.budget', budget, {}, { keyword: 'budget' });
        const zh = ctx.locale === 'zh-CN';
        for (const budget of budgets) {
            if (budget.lines.length === 0) continue;
            let percent = 0;
            let amounts = false;
            for (const line of budget.lines) {
                if (line.share?.percent !== undefined) {
                    percent += parseFloat(line.share.percent);
                } else if (line.share?.number !== undefined && budget.amount) {
                    amounts = true;
                    percent += (line.share.number / budget.amount) * 100;
                }
            }
            const sum = round2(percent);
            if (Math.abs(sum - 100) < 0.005) continue;
            if (amounts && budget.amount) {
                // Lines that give amounts: say it in money.
                const unit = budget.currency ? ` ${budget.currency}` : '';
                const total = round2((percent / 100) * budget.amount);
                const rest = round2(Math.abs(budget.amount - total));
                const diff = total < budget.amount ? (zh ? `${rest}${unit} 未分配` : `${rest}${unit} unassigned`) : (zh ? `超出 ${rest}${unit}` : `${rest}${unit} too much`);
                ctx.report('budget-mismatch.amount', budget, { sum: `${total}${unit}`, amount: `${budget.amount}${unit}`, diff }, { keyword: 'budget' });
                continue;
            }
            const diff = sum < 100
                ? (zh ? `${round2(100 - sum)}% 未分配` : `${round2(100 - sum)}% unassigned`)
                : (zh ? `超出 ${round2(sum - 100)}%` : `${round2(sum - 100)}% too much`);
            ctx.report('budget-mismatch', budget, { sum, diff }, { keyword: 'budget' });
        }
    },
};
