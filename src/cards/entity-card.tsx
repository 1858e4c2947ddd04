import type { Entity } from '../knowledge/schema.ts';
import type { RelatedEntity } from '../shared/messages.ts';
import type { EntityType } from '../match/types.ts';

/** What a card shows before its details arrive: the name and type the content script already knows. */
export interface CardPreview {
  id: string;
  name: string;
  type: EntityType;
}

export interface EntityCardProps {
  preview: CardPreview;
  /** The full entity once loaded; undefined while loading; null when the knowledge file has no such entity. */
  entity: Entity | null | undefined;
  related: RelatedEntity[];
  /** Id for the heading, so the dialog can be labelled by it. */
  headingId: string;
  onSelectRelated: (id: string) => void;
  onClose: () => void;
}

const TYPE_LABELS: Record<EntityType, string> = {
  person: 'Person',
  organization: 'Organization',
  company: 'Company',
  party: 'Political party',
  'government-body': 'Government body',
  product: 'Product',
  law: 'Law or treaty',
  concept: 'Concept',
  place: 'Place',
  media: 'Media',
};

/** The host name of a source URL, shown as the link text of a fact's source. */
function sourceLabel(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/** A background card: who or what an entity is, key facts with sources, and related entities. */
export function EntityCard({ preview, entity, related, headingId, onSelectRelated, onClose }: EntityCardProps) {
  const natives = entity?.nativeNames ? [...new Set(Object.values(entity.nativeNames))] : [];
  return (
    <div class="card" role="dialog" aria-labelledby={headingId} data-entity={preview.id}>
      <header class="card-header">
        <div class="card-titles">
          <h2 id={headingId} class="card-name">
            {entity?.name ?? preview.name}
            {natives.length > 0 && (
              <span class="card-native" lang="zh-Hant">
                {natives.join(' · ')}
              </span>
            )}
          </h2>
          <p class="card-type">{TYPE_LABELS[entity?.type ?? preview.type]}</p>
        </div>
        <button type="button" class="card-close" aria-label="Close card" onClick={onClose}>
          ×
        </button>
      </header>
      {entity === undefined && <p class="card-loading">Loading…</p>}
      {entity === null && <p class="card-loading">No details are available for this entry.</p>}
      {entity && (
        <>
          {entity.role && (
            <p class="card-role">
              {entity.role.title} <span class="card-since">since {entity.role.since}</span>
            </p>
          )}
          <p class="card-summary">{entity.summary}</p>
          <h3 class="card-section">Key facts</h3>
          <ul class="card-facts">
            {entity.facts.map((fact) => (
              <li key={fact.source + fact.text}>
                {fact.text}{' '}
                <a class="card-source" href={fact.source} target="_blank" rel="noopener noreferrer">
                  {sourceLabel(fact.source)}
                </a>
              </li>
            ))}
          </ul>
          {related.length > 0 && (
            <>
              <h3 class="card-section">Related</h3>
              <ul class="card-related">
                {related.map((item) => (
                  <li key={item.id}>
                    <button type="button" class="card-chip" onClick={() => onSelectRelated(item.id)}>
                      {item.name}
                    </button>
                  </li>
                ))}
              </ul>
            </>
          )}
          <p class="card-footer">Last reviewed {entity.lastReviewed} · Backstory</p>
        </>
      )}
    </div>
  );
}
