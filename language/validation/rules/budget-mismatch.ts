import type { Rule } from '../rule.js';
import { budgetDifference } from '../../messages/fragments.js';

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
                const diff = budgetDifference(`${rest}${unit}`, total < budget.amount, ctx.locale);
                ctx.report('budget-mismatch.amount', budget, { sum: `${total}${unit}`, amount: `${budget.amount}${unit}`, diff }, { keyword: 'budget' });
                continue;
            }
            const diff = budgetDifference(`${round2(Math.abs(100 - sum))}%`, sum < 100, ctx.locale);
            ctx.report('budget-mismatch', budget, { sum, diff }, { keyword: 'budget' });
        }
    },
};
