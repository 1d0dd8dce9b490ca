/**
 * Display names for the human-facing formats: the titles of the channels, roles, assets and
 * segments an event names, looked up in the playbook and the libraries it imports.
 */
import {
    type Asset, type Channel, type Role, type Segment, type Track, isAsset, isChannel, isRole, isSegment, isTrack,
} from '../generated/ast.js';
import type { Locale } from '../messages/locale.js';
import type { PlaybookModel } from '../model/playbook-model.js';
import { parenthesized } from '../messages/fragments.js';

export interface Names {
    channel(name: string): string;
    /** `person (title)`, with full-width parentheses in zh-CN; the title alone without a person. */
    role(name: string, locale?: Locale): string;
    segment(name: string): string;
    asset(name: string): Asset | undefined;
    assetTitle(name: string): string;
    /** Tracks of the playbook, then of its imported libraries (in import order). */
    readonly tracks: readonly Track[];
}

const cache = new WeakMap<PlaybookModel, Names>();

export function namesOf(model: PlaybookModel): Names {
    let names = cache.get(model);
    if (!names) cache.set(model, names = buildNames(model));
    return names;
}

function buildNames(model: PlaybookModel): Names {
    const channels = new Map<string, Channel>();
    const roles = new Map<string, Role>();
    const segments = new Map<string, Segment>();
    const assets = new Map<string, Asset>();
    const tracks: Track[] = [];
    const add = <T extends { name: string }>(map: Map<string, T>, node: T) => {
        if (node.name && !map.has(node.name)) map.set(node.name, node);
    };
    const visit = (decls: readonly unknown[]) => {
        for (const d of decls) {
            if (isChannel(d)) add(channels, d);
            else if (isRole(d)) add(roles, d);
            else if (isSegment(d)) add(segments, d);
            else if (isAsset(d)) add(assets, d);
            else if (isTrack(d)) tracks.push(d);
        }
    };
    visit(model.node.declarations);
    for (const lib of model.imported) visit(lib.declarations);
    return {
        channel: name => channels.get(name)?.title || name,
        role: (name, locale) => {
            const role = roles.get(name);
            if (!role) return name;
            const title = role.title || name;
            if (!role.person) return title;
            return parenthesized(role.person, title, locale ?? 'en');
        },
        segment: name => segments.get(name)?.title || name,
        asset: name => assets.get(name),
        assetTitle: name => assets.get(name)?.title || name,
        tracks,
    };
}
