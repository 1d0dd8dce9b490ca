/** The names of the `playbook init` templates, without their texts (the CLI declares its options from them). */
export const TEMPLATE_NAMES = ['fission', 'promotion', 'live', 'member-day', 'engagement', 'retention'] as const;
export type TemplateName = typeof TEMPLATE_NAMES[number];
