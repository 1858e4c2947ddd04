import type { Entity } from '../knowledge/schema.ts';
import type { RelatedEntity } from '../shared/messages.ts';
import type { EntityType } from '../match/types.ts';
import { t, typeLabel } from '../shared/i18n.ts';

/** What a card shows before its details arrive: the name and type the content script already knows. */
export interface CardPreview {
  id: string;
  name: string;
  type: EntityType;
}

/** The entity's mentions in the article, and moving between its highlights. */
export interface CardMentions {
  /** Mentions in the article (highlighted or not). */
  count: number;
  /** Position of the open highlight among the entity's highlights (0-based), and their number. */
  index: number;
  total: number;
  onPrevious: () => void;
  onNext: () => void;
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
  /** Mentions in the article; absent outside an article (the popup's search). */
  mentions?: CardMentions | undefined;
  /** The card this one was opened from through a related entity, to go back to. */
  back?: { name: string; onBack: () => void } | undefined;
}

/** The host name of a source URL, shown as the link text of a fact's source. */
function sourceLabel(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

function MentionBar({ mentions }: { mentions: CardMentions }) {
  const label = mentions.count === 1 ? t('cardMentionedOnce') : t('cardMentioned', mentions.count);
  return (
    <div class="card-mentions">
      <span>{label}</span>
      {mentions.total > 1 && (
        <span class="card-mention-nav">
          <button type="button" class="card-nav" aria-label={t('cardPrevious')} onClick={mentions.onPrevious}>‹</button>
          <span class="card-mention-position" aria-live="polite">
            {t('cardMentionPosition', mentions.index + 1, mentions.total)}
          </span>
          <button type="button" class="card-nav" aria-label={t('cardNext')} onClick={mentions.onNext}>›</button>
        </span>
      )}
    </div>
  );
}

/** A background card: who or what an entity is, key facts with sources, and related entities. */
export function EntityCard({ preview, entity, related, headingId, onSelectRelated, onClose, mentions, back }: EntityCardProps) {
  const natives = entity?.nativeNames
    ? Object.entries(entity.nativeNames).filter(([, name], index, all) => all.findIndex(([, other]) => other === name) === index)
    : [];
  return (
    <div class="card" role="dialog" aria-labelledby={headingId} data-entity={preview.id}>
      <header class="card-header">
        <div class="card-titles">
          {back && (
            <button type="button" class="card-back" onClick={back.onBack}>
              ‹ {t('cardBack', back.name)}
            </button>
          )}
          <h2 id={headingId} class="card-name">
            {entity?.name ?? preview.name}
            {natives.map(([tag, name]) => (
              <span key={tag} class="card-native" lang={tag}>{name}</span>
            ))}
          </h2>
          <p class="card-type">{typeLabel(entity?.type ?? preview.type)}</p>
        </div>
        <button type="button" class="card-close" aria-label={t('cardClose')} onClick={onClose}>
          ×
        </button>
      </header>
      {entity === undefined && <p class="card-loading">{t('cardLoading')}</p>}
      {entity === null && <p class="card-loading">{t('cardMissing')}</p>}
      {entity && (
        <>
          {entity.role && (
            <p class="card-role">
              {entity.role.title}{' '}
              <span class="card-since">
                {entity.role.until ? t('cardTerm', entity.role.since, entity.role.until) : t('cardSince', entity.role.since)}
              </span>
            </p>
          )}
          <p class="card-summary">{entity.summary}</p>
          {mentions && <MentionBar mentions={mentions} />}
          <h3 class="card-section">{t('cardFacts')}</h3>
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
              <h3 class="card-section">{t('cardRelated')}</h3>
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
          <p class="card-footer">{t('cardReviewed', entity.lastReviewed)} · Backstory</p>
        </>
      )}
    </div>
  );
}
