// Every code block of an article (the map's `pre`): the block as the build highlighted it, unchanged, and
// a button that copies its text (the only script a code block has).
import type { ComponentProps } from 'react';
import { CopyButton } from './copy-button';

export function CodeBlock(props: ComponentProps<'pre'>) {
  return (
    <div className="code-block relative">
      <pre {...props} />
      <CopyButton />
    </div>
  );
}
