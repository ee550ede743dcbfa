import type { Graph } from 'schema-dts';
import { serializeJsonLd } from '@/lib/structured-data';

/** One JSON-LD script for the page's structured data, escaped so that no text can break out of it. */
export function JsonLd({ graph }: { graph: Graph }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(graph) }} />;
}
