// Themes' layout shortcodes around Markdown: tabs, cards, steps, columns, timelines, accordions, aligned
// or right-to-left text. No script: every tab's content is shown, each under its label (a Panel).
import { Children, cloneElement, isValidElement, type ReactElement, type ReactNode } from 'react';

type Kind = 'tabs' | 'cards' | 'columns' | 'steps' | 'timeline' | 'stack' | 'align' | 'direction';

const FRAMES: Record<Kind, string> = {
  tabs: 'my-6 space-y-4 rounded-lg border border-line p-4',
  cards: 'my-6 grid gap-4 sm:grid-cols-2',
  columns: 'my-6 grid gap-6 sm:auto-cols-fr sm:grid-flow-col',
  steps: 'my-6 border-l-2 border-line pl-5',
  timeline: 'my-6 space-y-4 border-l-2 border-accent pl-5',
  stack: 'my-6 space-y-2',
  align: 'my-6',
  direction: 'my-6',
};

interface PanelsProps {
  kind?: string;
  /** Hextra's tab labels, in order, for tabs that carry none. */
  items?: string;
  align?: string;
  dir?: string;
  children?: ReactNode;
}

export function Panels({ kind = 'stack', items, align, dir, children }: PanelsProps) {
  const frame = Object.hasOwn(FRAMES, kind) ? FRAMES[kind as Kind] : FRAMES.stack;
  const labels = (items ?? '').split(',').map((item) => item.trim());
  let index = 0;
  const labelled = Children.map(children, (child) => {
    if (!isValidElement(child) || child.type !== Panel) return child;
    const panel = child as ReactElement<PanelProps>;
    const label = panel.props.label ?? labels[index];
    index++;
    return label === panel.props.label ? panel : cloneElement(panel, { label });
  });
  const textAlign = align === 'left' || align === 'right' || align === 'center' || align === 'justify' ? align : undefined;
  return (
    <div className={frame} style={textAlign ? { textAlign } : undefined} dir={dir === 'rtl' || dir === 'ltr' ? dir : undefined}>
      {labelled}
    </div>
  );
}

interface PanelProps {
  label?: string;
  /** Where the panel's label links to (a card's link). */
  href?: string;
  /** A line under the label (a card's subtitle, a timeline entry's date). */
  note?: string;
  children?: ReactNode;
}

export function Panel({ label, href, note, children }: PanelProps) {
  return (
    <section className="rounded-lg border border-line bg-surface px-5 py-3">
      {label && <p className="font-semibold">{href ? <a href={href}>{label}</a> : label}</p>}
      {note && <p className="text-sm text-muted">{note}</p>}
      {children}
    </section>
  );
}
