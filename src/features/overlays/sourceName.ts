/** A dataset source as hover text: "publisher, period", its id when unknown. */
import type { Source } from '../../data/schemas.ts';

export const sourceName = (id: string | null | undefined, sources: Map<string, Source>): string => {
  if (!id) return 'unknown source';
  const source = sources.get(id);
  return source ? `${source.publisher}, ${source.period}` : id;
};
