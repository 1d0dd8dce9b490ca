/**
 * The timeline preview's script, running inside the webview (bundled to dist/preview.js).
 * Every playbook string reaches the page through textContent or a setAttribute of a number:
 * nothing is parsed as HTML, whatever the playbook says.
 */
import type { Timeline, TimelineEvent } from '../../language/protocol/contract.js';
import { EVENT_TYPES, PHASE_KINDS } from '../../language/protocol/values.js';
import {
    AXIS_HEIGHT, BAR_HEIGHT, bandLegendItems, type ChartLayout, textWidth, type PhaseBar, ROW_HEIGHT, type RunSpan, blackoutBands, dayMarkBands, eventView, eventsShown, fillIn,
    COLLAPSE_ABOVE, type PreviewLabels, RUN_ROWS, dayInRuns, groupByDay, layoutChart, legendItems, phaseKey,
} from './layout.js';

interface VsCodeApi { postMessage(message: unknown): void; getState(): unknown; setState(state: unknown): void }
declare function acquireVsCodeApi(): VsCodeApi;

export type { PreviewLabels };
interface TimelineMessage { type: 'timeline'; timeline: Timeline; labels: PreviewLabels; lang: string }
interface ErrorMessage { type: 'error'; message: string; labels?: PreviewLabels }

const vscode = acquireVsCodeApi();
const SVG = 'http://www.w3.org/2000/svg';
/** The classes the stylesheet colours: the contract's phase kinds and event types. */
const KNOWN_KINDS = new Set<string>(PHASE_KINDS);
const KNOWN_TYPES = new Set<string>(EVENT_TYPES);

let last: TimelineMessage | undefined;
/** Every run on the chart (the reader asked for all), else the first RUN_ROWS. */
let allRuns = false;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
}

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, number | string> = {}, className?: string): SVGElementTagNameMap[K] {
    const node = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
    if (className) node.setAttribute('class', className);
    return node;
}

function str(value: unknown): string {
    return value === null || value === undefined ? '' : String(value);
}

/** Makes a node a link to a line of the playbook (click or Enter/Space). */
function linkToLine(node: Element, line: unknown): void {
    if (typeof line !== 'number' || !Number.isFinite(line)) return;
    node.setAttribute('tabindex', '0');
    node.setAttribute('role', 'button');
    node.classList.add('link');
    node.setAttribute('data-line', String(line));
    const reveal = () => vscode.postMessage({ type: 'reveal', line });
    node.addEventListener('click', reveal);
    node.addEventListener('keydown', ev => {
        const key = (ev as KeyboardEvent).key;
        if (key === 'Enter' || key === ' ') { ev.preventDefault(); reveal(); }
    });
}

function weekday(date: string, lang: string): string {
    const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
    if (!m) return '';
    try {
        return new Intl.DateTimeFormat(lang, { weekday: 'short', timeZone: 'UTC' })
            .format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))));
    } catch {
        return '';
    }
}

let serverTypes: Record<string, string> | null | undefined;

function typeLabel(type: string, labels: PreviewLabels): string {
    return serverTypes?.[type] ?? labels.types?.[type] ?? type;
}

/** ■ ◆ ▲ • and what they mean, under the chart. */
function renderLegend(timeline: Timeline, labels: PreviewLabels, layout: ChartLayout): HTMLElement {
    const legend = el('p', 'legend');
    legend.setAttribute('aria-label', labels.legend);
    legend.append(el('span', 'muted', `${labels.legend}: `));
    // Rows per run: the phases' colours, each a link to its line.
    if (layout.byRun) {
        for (const p of phaseKey(timeline)) {
            const entry = el('span', `legend-item phase-key kind-${KNOWN_KINDS.has(p.kind) ? p.kind : 'other'}`);
            entry.append(el('span', 'swatch'), ' ', el('span', undefined, p.title));
            linkToLine(entry, p.line);
            legend.append(entry);
        }
    }
    for (const item of legendItems(timeline, labels.types ?? {})) {
        const entry = el('span', `legend-item type-${item.type}`);
        entry.append(el('span', 'glyph', item.glyph), ' ', el('span', undefined, item.label));
        legend.append(entry);
    }
    // The tints of holidays, 调休 workdays and blackouts, where the chart has them.
    for (const item of bandLegendItems(timeline, layout, labels.types ?? {})) {
        const entry = el('span', `legend-item band-${item.kind}`);
        entry.append(el('span', 'swatch'), ' ', el('span', undefined, item.label));
        legend.append(entry);
    }
    return legend;
}

function renderHeader(timeline: Timeline, labels: PreviewLabels): void {
    const header = document.getElementById('header')!;
    header.replaceChildren();
    const h1 = el('h1', undefined, str(timeline.title) || str(timeline.playbook));
    if (timeline.title) h1.append(' ', el('span', 'muted', str(timeline.playbook)));
    const facts = el('p', 'facts', `${str(timeline.start)} → ${str(timeline.end)}`);
    if (timeline.timezone) facts.append(' · ', el('span', undefined, `${labels.timezone} ${str(timeline.timezone)}`));
    header.append(h1, facts);
}

function renderChart(layout: ChartLayout, timeline: Timeline, labels: PreviewLabels, lang: string): void {
    const chart = document.getElementById('chart')!;
    chart.replaceChildren();
    chart.append(el('h2', undefined, labels.phases));
    const root = svg('svg', { width: layout.width, height: layout.height, viewBox: `0 0 ${layout.width} ${layout.height}` }, 'gantt');
    root.setAttribute('role', 'img');
    const axis = svg('g', {}, 'axis');
    for (const tick of layout.ticks) {
        axis.append(svg('line', { x1: tick.x, x2: tick.x, y1: AXIS_HEIGHT - 6, y2: layout.height }, tick.major ? 'tick major' : 'tick'));
        if (tick.x + 34 > layout.width) continue; // no room for a label at the right edge
        const label = svg('text', { x: tick.x + 3, y: AXIS_HEIGHT - 22 }, tick.label === 'D' ? 'tick-label tick-d' : 'tick-label');
        label.textContent = tick.label ?? tick.date.slice(5);
        axis.append(label);
        if (tick.date) {
            const wd = svg('text', { x: tick.x + 3, y: AXIS_HEIGHT - 9 }, 'tick-weekday');
            wd.textContent = weekday(tick.date, lang);
            axis.append(wd);
        }
    }
    root.append(axis);
    // Holidays and 调休 workdays (the server's day marks) and blackouts: behind the bars across the
    // chart; with rows per run, on each run's row over its bars (tinting them), as a run meets them.
    const bandGroup = svg('g', {}, layout.byRun ? 'bands on-rows' : 'bands');
    // Holidays and 调休 workdays: lighter bands, the holiday's name in the tooltip.
    for (const band of dayMarkBands(timeline, layout)) {
        const rect = svg('rect', { x: band.x, y: band.y ?? AXIS_HEIGHT - 6, width: Math.max(band.width, 2), height: band.height ?? layout.height - AXIS_HEIGHT + 6 }, band.kind);
        const tip = svg('title');
        tip.textContent = `${typeLabel(band.kind, labels)}${band.title ? ': ' + band.title : ''} — ${band.from}${band.to !== band.from ? ' → ' + band.to : ''}`;
        rect.append(tip);
        bandGroup.append(rect);
    }
    // Days to keep clear (避让日): shaded bands behind the bars, the reason in their tooltip.
    for (const band of blackoutBands(timeline, layout)) {
        const rect = svg('rect', { x: band.x, y: band.y ?? AXIS_HEIGHT - 6, width: Math.max(band.width, 2), height: band.height ?? layout.height - AXIS_HEIGHT + 6 }, 'blackout');
        const tip = svg('title');
        tip.textContent = `${typeLabel('blackout', labels)}${band.title ? ': ' + band.title : ''} — ${band.from}${band.to !== band.from ? ' → ' + band.to : ''}`;
        rect.append(tip);
        bandGroup.append(rect);
    }
    if (!layout.byRun) root.append(bandGroup);

    // Long phase titles are cut at the labels column instead of running over the bars.
    const clip = svg('clipPath', { id: 'labels-clip' });
    clip.append(svg('rect', { x: 0, y: 0, width: layout.labelWidth - 10, height: layout.height }));
    const defs = svg('defs');
    defs.append(clip);
    root.append(defs);

    if (layout.byRun) renderRunRows(root, layout, lang);
    const runLabels = new Map(layout.runs.map(r => [r.run, r.label]));
    for (const bar of layout.phases) root.append(phaseBar(bar, layout.byRun ? runLabels.get(bar.run ?? 0) : undefined));
    if (layout.byRun) {
        root.append(bandGroup);
        renderDLine(root, layout);
    }

    // Steps first so milestones and checkpoints are drawn on top of them.
    const order = (shape: string) => (shape === 'dot' ? 0 : shape === 'square' ? 1 : 2);
    for (const mark of [...layout.marks].sort((a, b) => order(a.shape) - order(b.shape))) {
        const g = svg('g', {}, `mark type-${KNOWN_TYPES.has(mark.type) ? mark.type : 'step'}`);
        const { x, y } = mark;
        let shape: SVGElement;
        switch (mark.shape) {
            case 'diamond': shape = svg('polygon', { points: `${x},${y - 8} ${x + 7},${y} ${x},${y + 8} ${x - 7},${y}` }); break;
            case 'triangle': shape = svg('polygon', { points: `${x},${y - 8} ${x + 7},${y + 6} ${x - 7},${y + 6}` }); break;
            case 'square': shape = svg('rect', { x: x - 4, y: y - 4, width: 8, height: 8 }); break;
            default: shape = svg('circle', { cx: x, cy: y, r: 3 });
        }
        const tip = svg('title');
        tip.textContent = `${typeLabel(mark.type, labels)}: ${mark.title} — ${mark.date}${mark.time ? ' ' + mark.time : ''}`;
        g.append(tip, shape);
        linkToLine(g, mark.line);
        root.append(g);
    }
    // One run under phase rows: its span on its row (第 1 期), a D line across the chart.
    for (const run of layout.byRun ? [] : layout.runs) {
        const g = svg('g', {}, 'run');
        const tip = svg('title');
        tip.textContent = run.title;
        const y = run.y;
        const span = svg('rect', { x: run.x, y: y + (ROW_HEIGHT - BAR_HEIGHT) / 2, width: Math.max(run.width, 2), height: BAR_HEIGHT, rx: 3 }, 'run-span');
        const name = svg('text', { x: run.x + 4, y: y + ROW_HEIGHT / 2 + 4 }, 'run-label');
        name.textContent = run.label;
        const line = svg('line', { x1: run.dx, x2: run.dx, y1: AXIS_HEIGHT - 6, y2: layout.height }, 'dday');
        const d = svg('text', { x: run.dx + 3, y: y + ROW_HEIGHT / 2 + 4 }, 'dday-label');
        d.textContent = `D ${run.dday.slice(5)}`;
        g.append(tip, span, name, line, d);
        root.append(g);
    }
    // A frame around the labels column.
    root.append(svg('line', { x1: layout.labelWidth - 4, x2: layout.labelWidth - 4, y1: AXIS_HEIGHT, y2: layout.height }, 'divider'));
    const scroller = el('div', 'chart-scroll');
    scroller.append(root);
    chart.append(scroller);
    const toggle = runsToggle(layout, labels);
    if (toggle) chart.append(toggle);
    chart.append(renderLegend(timeline, labels, layout));
}

/** A phase's bar; on a run's row it carries the phase's title inside when it fits, and the run in its tooltip. */
function phaseBar(bar: PhaseBar, runLabel: string | undefined): SVGGElement {
    const g = svg('g', {}, `phase kind-${KNOWN_KINDS.has(bar.kind) ? bar.kind : 'other'}`);
    const tip = svg('title');
    tip.textContent = `${runLabel ? runLabel + ' · ' : ''}${bar.title} (${bar.name}) ${bar.start} → ${bar.end}`;
    g.append(tip);
    if (runLabel === undefined) {
        const name = svg('text', { x: 8, y: bar.y + ROW_HEIGHT / 2 + 4, 'clip-path': 'url(#labels-clip)' }, 'phase-label');
        name.textContent = bar.title;
        g.append(name);
    }
    g.append(svg('rect', { x: bar.x, y: bar.y + (ROW_HEIGHT - BAR_HEIGHT) / 2, width: Math.max(bar.width, 2), height: BAR_HEIGHT, rx: 3 }, 'bar'));
    // Rows per run: the title inside the bar, between its marks, where it fits.
    if (runLabel !== undefined && bar.labelX !== undefined) {
        const inner = svg('text', { x: bar.labelX, y: bar.y + ROW_HEIGHT / 2 + 4 }, 'bar-label');
        inner.textContent = bar.title;
        g.append(inner);
    }
    linkToLine(g, bar.line);
    return g;
}

/** Rows per run: a light stripe on every other row, the run's label and D day (with its weekday) in the labels column. */
function renderRunRows(root: SVGSVGElement, layout: ChartLayout, lang: string): void {
    let widest = 0;
    for (const run of layout.runs) widest = Math.max(widest, textWidth(run.label, 12));
    const dX = Math.ceil(8 + widest + 6);
    layout.runs.forEach((run: RunSpan, i) => {
        const g = svg('g', {}, 'run-row');
        const tip = svg('title');
        tip.textContent = run.title;
        g.append(tip);
        if (i % 2 === 1) g.append(svg('rect', { x: 0, y: run.y, width: layout.width, height: ROW_HEIGHT }, 'row-stripe'));
        const name = svg('text', { x: 8, y: run.y + ROW_HEIGHT / 2 + 4, 'clip-path': 'url(#labels-clip)' }, 'phase-label');
        name.textContent = run.label;
        g.append(name);
        // The D day where the column has room for it (with its weekday on a wide one), in a column of its own.
        if (layout.labelWidth - dX >= 48) {
            const d = svg('text', { x: dX, y: run.y + ROW_HEIGHT / 2 + 4, 'clip-path': 'url(#labels-clip)' }, 'run-dday');
            d.textContent = `D ${run.dday.slice(5)}${layout.labelWidth - dX >= 78 ? ' ' + weekday(run.dday, lang) : ''}`;
            g.append(d);
        }
        // A run whose phases the server did not send (an older server) shows its span.
        if (!layout.phases.some(p => p.run === run.run)) {
            g.append(svg('rect', { x: run.x, y: run.y + (ROW_HEIGHT - BAR_HEIGHT) / 2, width: Math.max(run.width, 2), height: BAR_HEIGHT, rx: 3 }, 'run-span'));
        }
        root.append(g);
    });
}

/** Rows per run: the D day, the same column on every row, as one dashed line (drawn over the bars). */
function renderDLine(root: SVGSVGElement, layout: ChartLayout): void {
    const first = layout.runs[0];
    if (!first) return;
    root.append(svg('line', { x1: first.dx, x2: first.dx, y1: AXIS_HEIGHT - 6, y2: layout.height }, 'dday'));
}

/** `第 1–12 期（共 52 期）` and a button that shows all of them (or the first ones again). */
function runsToggle(layout: ChartLayout, labels: PreviewLabels): HTMLElement | undefined {
    if (!layout.byRun || layout.runsTotal <= COLLAPSE_ABOVE) return undefined;
    const p = el('p', 'runs-toggle');
    const total = String(layout.runsTotal);
    if (layout.runs.length < layout.runsTotal) p.append(el('span', 'muted', fillIn(labels.runsShown ?? 'Runs 1–{0} of {1}', String(layout.runs.length), total)), ' ');
    const button = el('button', undefined, allRuns
        ? fillIn(labels.showFirstRuns ?? 'Show the first {0} runs only', String(RUN_ROWS))
        : fillIn(labels.showAllRuns ?? 'Show all {0} runs', total));
    button.type = 'button';
    button.addEventListener('click', () => {
        allRuns = !allRuns;
        if (last) render(last);
    });
    p.append(button);
    return p;
}

function renderEvent(ev: TimelineEvent, labels: PreviewLabels, types: Record<string, string> | null | undefined): HTMLElement {
    const view = eventView(ev, { allDay: labels.allDay, types: labels.types ?? {} }, types);
    const li = el('li', `event type-${view.type}`);
    li.append(el('span', 'time', view.time));
    li.append(el('span', `badge type-${view.type}`, view.typeLabel));
    const main = el('span', 'main');
    main.append(el('span', 'title', view.title));
    main.append(' ', el('code', 'name', view.name));
    if (view.phase) main.append(' ', el('span', 'muted', view.phase));
    if (view.details.length) {
        const dl = el('dl', 'details');
        for (const d of view.details) dl.append(el('dt', undefined, d.label), el('dd', undefined, d.text));
        main.append(dl);
    }
    li.append(main);
    linkToLine(li, ev.line);
    return li;
}

function renderSop(timeline: Timeline, events: readonly TimelineEvent[], labels: PreviewLabels, lang: string, layout: ChartLayout): void {
    const sop = document.getElementById('sop')!;
    sop.replaceChildren();
    const h2 = el('h2', undefined, labels.sop);
    // The runs drawn, when not all of them are (the list follows the chart).
    if (layout.byRun && layout.runs.length < layout.runsTotal) {
        h2.append(' ', el('span', 'muted', fillIn(labels.runsShown ?? 'Runs 1–{0} of {1}', String(layout.runs.length), String(layout.runsTotal))));
    }
    sop.append(h2);
    const groups = groupByDay(events);
    if (!groups.length) {
        sop.append(el('p', 'muted', labels.noEvents));
        return;
    }
    for (const group of groups) {
        const day = el('section', 'day');
        const h3 = el('h3', undefined, group.date);
        const wd = weekday(group.date, lang);
        if (wd) h3.append(' ', el('span', 'muted', wd));
        const runs = dayInRuns(group.events, layout);
        if (runs) h3.append(' ', el('span', 'run-day', runs));
        const list = el('ul', 'events');
        for (const ev of group.events) list.append(renderEvent(ev, labels, timeline.types));
        day.append(h3, list);
        sop.append(day);
    }
}

/** The width the chart may use: its section's, inside the body's padding. */
function chartWidth(): number {
    return document.getElementById('chart')?.clientWidth || document.body.clientWidth || 900;
}

function setStatus(text: string, error: boolean): void {
    const status = document.getElementById('status')!;
    status.textContent = text;
    status.classList.toggle('error', error);
    status.hidden = !text;
}

function render(message: TimelineMessage): void {
    last = message;
    const { timeline, labels, lang } = message;
    document.documentElement.lang = lang;
    serverTypes = timeline.types;
    renderHeader(timeline, labels);
    const layout = layoutChart(timeline, chartWidth(), { allRuns });
    renderChart(layout, timeline, labels, lang);
    // The SOP list shows the days of the runs on the chart.
    renderSop(timeline, eventsShown(timeline, layout), labels, lang, layout);
    setStatus('', false);
    document.body.classList.remove('stale');
    vscode.setState({ ...message, allRuns });
    vscode.postMessage({ type: 'rendered', phases: timeline.phases?.length ?? 0, events: timeline.events?.length ?? 0 });
}

function showError(message: ErrorMessage): void {
    const labels = message.labels ?? last?.labels;
    // Keep the last good timeline on screen, dimmed, under the message.
    setStatus(labels && last ? `${labels.stale} ${str(message.message)}` : str(message.message), true);
    document.body.classList.toggle('stale', !!last);
}

window.addEventListener('message', event => {
    const message = event.data as TimelineMessage | ErrorMessage | undefined;
    if (!message || typeof message !== 'object') return;
    try {
        if (message.type === 'timeline' && message.timeline) render(message);
        else if (message.type === 'error') showError(message);
    } catch (err) {
        setStatus(String(err), true);
    }
});

let resizeTimer: ReturnType<typeof setTimeout> | undefined;
window.addEventListener('resize', () => {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(() => { if (last) renderChart(layoutChart(last.timeline, chartWidth(), { allRuns }), last.timeline, last.labels, last.lang); }, 150);
});

const saved = vscode.getState() as (TimelineMessage & { allRuns?: boolean }) | undefined;
if (saved && saved.type === 'timeline') {
    allRuns = saved.allRuns === true;
    try { render(saved); } catch { /* a fresh timeline follows */ }
}
vscode.postMessage({ type: 'ready' });
