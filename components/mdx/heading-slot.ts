// A shortcode's title written in Markdown (a details summary, an admonition title) reaches its component
// rendered, as a first <summary> child (plugins/rehype-shortcodes.ts): the component shows it as its heading.
import { Children, isValidElement, type ReactElement, type ReactNode } from 'react';

export function headingSlot(children: ReactNode): { heading: ReactNode | null; rest: ReactNode } {
  const [first, ...rest] = Children.toArray(children);
  if (isValidElement(first) && first.type === 'summary') return { heading: (first as ReactElement<{ children?: ReactNode }>).props.children ?? null, rest };
  return { heading: null, rest: children };
}
