// The names of the components an article may use. The compile step refuses any other, and
// components/mdx must provide exactly these: its map is keyed by MdxComponentName.
export const MDX_COMPONENT_NAMES = ['YouTube', 'Vimeo', 'Video', 'Callout', 'Figure', 'Details', 'Tweet', 'Instagram', 'Gist', 'CareCard', 'Panels', 'Panel', 'Quote', 'Verbatim', 'Toc'] as const;
export type MdxComponentName = (typeof MDX_COMPONENT_NAMES)[number];
