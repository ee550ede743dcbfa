// The one component map given to every compiled article. Adding a component to articles means adding it
// here and its name to MDX_COMPONENT_NAMES in lib/content/mdx-components.ts; the type below keeps the two equal.
import type { ComponentType } from 'react';
import type { MdxComponentName } from '@/lib/content/mdx-components';
import { CareCard } from './care-card';
import { Callout } from './callout';
import { CodeBlock } from './code-block';
import { Image } from './image';
import { Details } from './details';
import { Figure } from './figure';
import { Gist } from './gist';
import { Instagram } from './instagram';
import { Link } from './link';
import { Panel, Panels } from './panels';
import { Quote } from './quote';
import { Toc } from './toc';
import { Tweet } from './tweet';
import { Verbatim } from './verbatim';
import { Video } from './video';
import { Vimeo } from './vimeo';
import { YouTube } from './youtube';

// HTML elements drawn by a component of ours: images, so that no image is fetched from another site;
// code blocks, for their copy button; links, so that a link to another site says so.
const elements = { img: Image, pre: CodeBlock, a: Link };

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each component has its own props
export const mdxComponents: Record<MdxComponentName, ComponentType<any>> & typeof elements = { YouTube, Vimeo, Video, Callout, Figure, Details, Tweet, Instagram, Gist, CareCard, Panels, Panel, Quote, Verbatim, Toc, ...elements };
