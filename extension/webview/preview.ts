/**
 * The timeline preview's script, running inside the webview (bundled to dist/preview.js).
 * Every playbook string reaches the page through textContent or a setAttribute of a number:
 * nothing is parsed as HTML, whatever the playbook says.
 */
import type { Timeline, TimelineEvent } from '../../language/protocol/contract.js';
import { EVENT_TYPES, PHASE_KINDS } from '../../language/protocol/values.js';
import {
    AXIS_HEIGHT, BAR_HEIGHT, type ChartLayout, ROW_HEIGHT, blackoutBands, dayMarkBands, eventView, groupByDay, layoutChart, legendItems,
} from './layout.js';

interface VsCodeApi { postMessage(message: unknown): void; getState(): unknown; setState(state: unknown): void }
declare function acquireVsCodeApi(): VsCodeApi;

/** The client's own labels; everything about the events (titles, type labels, details) comes from the server. */
export interface PreviewLabels {
    phases: string; sop: string; allDay: string; noEvents: string; timezone: string; stale: string; legend: string;
    /** Fallback type labels for a server that sends none. */
    types: Record<string, string>;
}
interface TimelineMessage { type: 'timeline'; timeline: Timeline; labels: PreviewLabels; lang: string }
interface ErrorMessage { type: 'error'; message: string; labels?: PreviewLabels }

const vscode = acquireVsCodeApi();
const SVG = 'http://www.w3.org/2000/svg';
/** The classes the stylesheet colours: the contract's phase kinds and event types. */
const KNOWN_KINDS = new Set<string>(PHASE_KINDS);
const KNOWN_TYPES = new Set<string>(EVENT_TYPES);

let last: TimelineMessage | undefined;

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
function renderLegend(timeline: Timeline, labels: PreviewLabels): HTMLElement {
    const legend = el('p', 'legend');
    legend.setAttribute('aria-label', labels.legend);
    legend.append(el('span', 'muted', `${labels.legend}: `));
    for (const item of legendItems(timeline, labels.types ?? {})) {
        const entry = el('span', `legend-item type-${item.type}`);
        entry.append(el('span', 'glyph', item.glyph), ' ', el('span', undefined, item.label));
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
        const label = svg('text', { x: tick.x + 3, y: AXIS_HEIGHT - 22 }, 'tick-label');
        label.textContent = tick.date.slice(5);
        const wd = svg('text', { x: tick.x + 3, y: AXIS_HEIGHT - 9 }, 'tick-weekday');
        wd.textContent = weekday(tick.date, lang);
        axis.append(label, wd);
    }
    root.append(axis);
    // Holidays and 调休 workdays (the server's day marks): lighter bands, the holiday's name in the tooltip.
    for (const band of dayMarkBands(timeline, layout)) {
        const rect = svg('rect', { x: band.x, y: AXIS_HEIGHT - 6, width: Math.max(band.width, 2), height: layout.height - AXIS_HEIGHT + 6 }, band.kind);
        const tip = svg('title');
        tip.textContent = `${typeLabel(band.kind, labels)}${band.title ? ': ' + band.title : ''} — ${band.from}${band.to !== band.from ? ' → ' + band.to : ''}`;
        rect.append(tip);
        root.append(rect);
    }
    // Days to keep clear (避让日): shaded bands behind the bars, the reason in their tooltip.
    for (const band of blackoutBands(timeline, layout)) {
        const rect = svg('rect', { x: band.x, y: AXIS_HEIGHT - 6, width: Math.max(band.width, 2), height: layout.height - AXIS_HEIGHT + 6 }, 'blackout');
        const tip = svg('title');
        tip.textContent = `${typeLabel('blackout', labels)}${band.title ? ': ' + band.title : ''} — ${band.from}${band.to !== band.from ? ' → ' + band.to : ''}`;
        rect.append(tip);
        root.append(rect);
    }

    // Long phase titles are cut at the labels column instead of running over the bars.
    const clip = svg('clipPath', { id: 'labels-clip' });
    clip.append(svg('rect', { x: 0, y: 0, width: layout.labelWidth - 10, height: layout.height }));
    const defs = svg('defs');
    defs.append(clip);
    root.append(defs);

    for (const bar of layout.phases) {
        const g = svg('g', {}, `phase kind-${KNOWN_KINDS.has(bar.kind) ? bar.kind : 'other'}`);
        const name = svg('text', { x: 8, y: bar.y + ROW_HEIGHT / 2 + 4, 'clip-path': 'url(#labels-clip)' }, 'phase-label');
        name.textContent = bar.title;
        const rect = svg('rect', {
            x: bar.x, y: bar.y + (ROW_HEIGHT - BAR_HEIGHT) / 2, width: Math.max(bar.width, 2), height: BAR_HEIGHT, rx: 3,
        }, 'bar');
        const tip = svg('title');
        tip.textContent = `${bar.title} (${bar.name}) ${bar.start} → ${bar.end}`;
        g.append(tip, name, rect);
        linkToLine(g, bar.line);
        root.append(g);
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
    // The runs of a repeating playbook: each run's span on its row (第 2 期), a D line across the chart.
    for (const run of layout.runs) {
        const g = svg('g', {}, 'run');
        const tip = svg('title');
        tip.textContent = run.title;
        const y = layout.runsY ?? AXIS_HEIGHT;
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
    chart.append(scroller, renderLegend(timeline, labels));
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

function renderSop(timeline: Timeline, labels: PreviewLabels, lang: string): void {
    const sop = document.getElementById('sop')!;
    sop.replaceChildren();
    sop.append(el('h2', undefined, labels.sop));
    const groups = groupByDay(timeline.events ?? []);
    if (!groups.length) {
        sop.append(el('p', 'muted', labels.noEvents));
        return;
    }
    for (const group of groups) {
        const day = el('section', 'day');
        const h3 = el('h3', undefined, group.date);
        const wd = weekday(group.date, lang);
        if (wd) h3.append(' ', el('span', 'muted', wd));
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
    renderChart(layoutChart(timeline, chartWidth()), timeline, labels, lang);
    renderSop(timeline, labels, lang);
    setStatus('', false);
    document.body.classList.remove('stale');
    vscode.setState(message);
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
    resizeTimer = setTimeout(() => { if (last) renderChart(layoutChart(last.timeline, chartWidth()), last.timeline, last.labels, last.lang); }, 150);
});

const saved = vscode.getState() as TimelineMessage | undefined;
if (saved && saved.type === 'timeline') {
    try { render(saved); } catch { /* a fresh timeline follows */ }
}
vscode.postMessage({ type: 'ready' });
