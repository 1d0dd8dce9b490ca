/**
 * The vocabulary's rows against the grammar: every keyword clause of a declaration's rule is a
 * row (same keyword, property, lists, flags, block place and reference type), no row names a
 * clause the grammar does not have, each declaration opens with its row's keyword, and the word
 * keywords of the grammar are exactly the keyword rows. The compiler checks the keys (declaration
 * types and keywords come from the generated AST); this checks what only the grammar says.
 */
import assert from 'node:assert/strict';
import { type Grammar, GrammarAST } from 'langium';
import { createPlaybookCoreServices } from '../../language/playbook-module.js';
import {
    DECLARATION_CONTAINERS, DECLARATION_TYPES, RESERVED_DECLARATION_KEYWORDS, declarationRow, topLevelTypes,
} from '../../language/vocabulary/declarations.js';
import { KEYWORDS, NAME_KEYWORDS } from '../../language/vocabulary/keywords.js';
import { KIND_VALUES, kindValuesWith } from '../../language/vocabulary/kinds.js';
import { WEEKDAY_NAMES, WEEKDAY_VALUES, isoWeekday } from '../../language/vocabulary/weekdays.js';
import { CATEGORY } from '../../language/messages/diagnostics.js';
import { KIND_LABELS, WEEKDAYS, WEEKDAY_LABELS, weekdayList } from '../../language/messages/kinds.js';

interface Found { keyword?: string; property: string; many: boolean; flag: boolean; block: boolean; ref?: string }

/** The keyword clauses of a parser rule (following fragments), with whether each can stand inside the rule's own braces. */
function clausesOfRule(rule: GrammarAST.ParserRule): Map<string, Found> {
    const found = new Map<string, Found>();
    const add = (f: Found) => {
        const key = `${f.keyword ?? ''}:${f.property}`;
        const before = found.get(key);
        found.set(key, before ? { ...f, block: before.block || f.block } : f);
    };
    const assignmentsIn = (el: GrammarAST.AbstractElement): GrammarAST.Assignment[] => {
        if (GrammarAST.isAssignment(el)) return [el];
        if (GrammarAST.isAlternatives(el)) return el.elements.flatMap(assignmentsIn);
        return [];
    };
    const visit = (el: GrammarAST.AbstractElement, block: boolean): void => {
        if (GrammarAST.isGroup(el) || GrammarAST.isUnorderedGroup(el)) {
            let inBlock = block;
            el.elements.forEach((child, i) => {
                if (GrammarAST.isKeyword(child) && child.value === '{') inBlock = true;
                const next = el.elements[i + 1];
                if (GrammarAST.isKeyword(child) && /^[a-z]/.test(child.value) && next) {
                    for (const a of assignmentsIn(next)) {
                        add({
                            keyword: child.value, property: a.feature, many: a.operator === '+=', flag: false, block: inBlock,
                            ref: GrammarAST.isCrossReference(a.terminal) ? a.terminal.type.ref?.name : undefined,
                        });
                    }
                }
                visit(child, inBlock);
            });
        } else if (GrammarAST.isAlternatives(el)) {
            for (const child of el.elements) visit(child, block);
        } else if (GrammarAST.isAssignment(el) && flagKeyword(el) !== undefined) {
            add({ keyword: flagKeyword(el), property: el.feature, many: false, flag: true, block });
        } else if (GrammarAST.isRuleCall(el) && GrammarAST.isParserRule(el.rule.ref) && el.rule.ref.fragment) {
            visit(el.rule.ref.definition, block);
        }
    };
    visit(rule.definition, false);
    return found;
}

/** The keyword of a flag (`required?='required'`, or `required+=RequiredFlag` whose data type rule is the one keyword). */
function flagKeyword(a: GrammarAST.Assignment): string | undefined {
    let terminal: GrammarAST.AbstractElement = a.terminal;
    if (GrammarAST.isRuleCall(terminal) && GrammarAST.isParserRule(terminal.rule.ref) && terminal.rule.ref.dataType) terminal = terminal.rule.ref.definition;
    return GrammarAST.isKeyword(terminal) && /^[a-z]/.test(terminal.value) ? terminal.value : undefined;
}

function firstKeyword(el: GrammarAST.AbstractElement): string | undefined {
    if (GrammarAST.isKeyword(el)) return el.value;
    if (GrammarAST.isGroup(el)) return firstKeyword(el.elements[0]);
    return undefined;
}

describe('vocabulary', () => {
    const grammar: Grammar = createPlaybookCoreServices().Playbook.Grammar;
    const rules = new Map(grammar.rules.filter(GrammarAST.isParserRule).map(r => [r.name, r]));

    it('has a row per declaration type, opening with the keyword of its grammar rule', () => {
        for (const type of DECLARATION_TYPES) {
            const rule = rules.get(type);
            assert.ok(rule, `grammar rule ${type}`);
            assert.equal(firstKeyword(rule.definition), declarationRow(type)!.keyword, type);
        }
    });

    it('lists exactly the keyword clauses of each rule, with lists, flags, block place and reference type', () => {
        for (const type of DECLARATION_TYPES) {
            const row = declarationRow(type)!;
            const grammarClauses = clausesOfRule(rules.get(type)!);
            // The opening keyword and what follows it (`role NAME`, `budget AMOUNT`) are the header, not a clause.
            for (const key of [...grammarClauses.keys()]) if (key.startsWith(`${row.keyword}:`)) grammarClauses.delete(key);
            const rowClauses = new Map(row.clauses.filter(c => c.keyword).map(c => [`${c.keyword}:${c.property}`, c]));
            assert.deepEqual([...rowClauses.keys()].sort(), [...grammarClauses.keys()].sort(), `${type}: clause keywords`);
            for (const [key, g] of grammarClauses) {
                const c = rowClauses.get(key)!;
                // A list is a list in the AST (`+=`). A single clause is a list there too when the
                // declaration may write it again (its value is the last one: syntax/clauses.ts).
                if (c.many) assert.ok(g.many, `${type} ${key}: many`);
                assert.equal(!!c.flag, g.flag, `${type} ${key}: flag`);
                assert.equal(!!c.block, g.block, `${type} ${key}: block`);
                assert.equal(c.ref, g.ref, `${type} ${key}: ref`);
            }
        }
    });

    it('names, as clauses without a keyword, only properties the AST has', () => {
        const reflection = createPlaybookCoreServices().Playbook.shared.AstReflection;
        for (const type of DECLARATION_TYPES) {
            const properties = Object.keys(reflection.getTypeMetaData(type).properties);
            for (const c of declarationRow(type)!.clauses) assert.ok(properties.includes(c.property), `${type}.${c.property}`);
            const kinds = declarationRow(type)!.kinds;
            if (kinds) assert.ok(properties.includes(kinds.property), `${type}.${kinds.property}`);
        }
    });

    it('has a row per word keyword of the grammar, and the name keywords among them', () => {
        const words = new Set<string>();
        for (const rule of grammar.rules) {
            for (const kw of streamKeywords(rule)) if (/^([a-z]|D$)/.test(kw)) words.add(kw);
        }
        assert.deepEqual(Object.keys(KEYWORDS).sort(), [...words].sort());
        for (const word of NAME_KEYWORDS) assert.ok(words.has(word));
    });

    it('derives the grammar facts other modules used to restate', () => {
        assert.deepEqual([...RESERVED_DECLARATION_KEYWORDS].sort(), ['asset', 'channel', 'goal', 'kpi', 'phase', 'risk', 'role', 'segment', 'track']);
        assert.deepEqual([...topLevelTypes('LibraryDeclaration')].sort(), ['Asset', 'Channel', 'Holiday', 'Role', 'Segment', 'Track', 'Workday']);
        assert.deepEqual([...DECLARATION_CONTAINERS].sort(), ['Budget', 'Library', 'Model', 'Phase', 'Playbook', 'Track']);
        const single = (type: string) => declarationRow(type)!.clauses.filter(c => !c.many && !c.flag).map(c => c.property);
        assert.deepEqual(single('Step'), ['day', 'relDay', 'range', 'time', 'duration', 'segment', 'owner', 'note']);
    });

    it('has messages for every category and labels for every enumerated value', () => {
        for (const type of DECLARATION_TYPES) assert.ok(Object.hasOwn(CATEGORY, declarationRow(type)!.category), type);
        for (const [set, values] of Object.entries(KIND_VALUES)) {
            assert.deepEqual(Object.keys(KIND_LABELS[set as keyof typeof KIND_VALUES]).sort(), Object.keys(values).sort(), set);
        }
    });

    it('has one Chinese term per value: a label names the value by the keyword a planner writes (文本, not 字符串)', () => {
        const apart: string[] = [];
        for (const [set, values] of Object.entries(KIND_VALUES)) {
            for (const [value, row] of Object.entries(values as Record<string, { zh: string }>)) {
                const label = KIND_LABELS[set as keyof typeof KIND_VALUES][value]['zh-CN'];
                if (!label.includes(row.zh)) apart.push(`${set}.${value}: keyword ${row.zh}, label ${label}`);
            }
        }
        assert.deepEqual(apart, []);
    });

    it('has the weekdays once: ISO numbers, labels, the diagnostic and the model read the same rows', () => {
        assert.deepEqual(WEEKDAY_NAMES.map(w => WEEKDAY_VALUES[w].iso), [1, 2, 3, 4, 5, 6, 7]);
        assert.deepEqual(WEEKDAYS['zh-CN'], WEEKDAY_NAMES.map(w => WEEKDAY_VALUES[w].zh));
        assert.deepEqual(Object.keys(WEEKDAY_LABELS), [...WEEKDAY_NAMES]);
        assert.equal(WEEKDAYS.en[0], 'Mon');
        assert.equal(isoWeekday('sun'), 7);
        assert.equal(isoWeekday('toString'), undefined);
        for (const w of WEEKDAY_NAMES) assert.ok(weekdayList('en').includes(w) && weekdayList('zh-CN').includes(w), w);
        assert.equal(weekdayList('en'), 'mon, tue, wed, thu, fri, sat or sun');
    });

    it('marks the standard risks and the channel kinds with quiet hours in the rows', () => {
        assert.deepEqual(kindValuesWith('risk', 'standard'), ['traffic', 'outage', 'complaint', 'pr_crisis']);
        assert.deepEqual(kindValuesWith('channel', 'quiet').sort(), ['email', 'official_account', 'personal_wechat', 'sms', 'wecom']);
    });
});

function* streamKeywords(rule: GrammarAST.AbstractRule): Generator<string> {
    const stack: unknown[] = [rule];
    while (stack.length) {
        const node = stack.pop() as Record<string, unknown> & { $type?: string };
        if (!node || typeof node !== 'object') continue;
        if (GrammarAST.isKeyword(node)) yield node.value;
        for (const [key, value] of Object.entries(node)) {
            if (key.startsWith('$') || key === 'rule' || key === 'type') continue;
            if (Array.isArray(value)) stack.push(...value);
            else if (value && typeof value === 'object' && '$type' in value) stack.push(value);
        }
    }
}
