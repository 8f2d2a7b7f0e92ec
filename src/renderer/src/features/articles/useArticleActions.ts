import { useRef, useState } from 'react';
import type { QuireClient } from '@shared/api';
import type { ArticleSummary } from '@shared/domain';
import { retryResultText } from '../../lib/assets';
import { settle } from '../../lib/settle';

/** What the list and the reader can do with an article; the article is any summary of it. */
export interface ArticleActions {
  toggleArchived(article: ArticleSummary): Promise<void>;
  toggleFavorite(article: ArticleSummary): Promise<void>;
  /** Resolves to an error message to show, or null when applied. */
  setTags(article: ArticleSummary, tags: string[]): Promise<string | null>;
  setCategory(article: ArticleSummary, name: string | null): Promise<string | null>;
  deleteArticle(article: ArticleSummary): Promise<string | null>;
  retryImages(article: ArticleSummary): Promise<void>;
}

interface ActionHooks {
  refresh(): void;
  notify(text: string): void;
  /** An article was deleted (the reader closes if it was showing it). */
  onDeleted(id: number): void;
  /** An article was archived (the reader goes back to the list: reading it is done). */
  onArchived(id: number): void;
}

/**
 * Every change to one article, with the note it leaves: each calls the library, refreshes what is
 * on screen and says what happened (or why it did not).
 */
export function useArticleActions(client: QuireClient, hooks: ActionHooks) {
  const { refresh, notify } = hooks;
  const [retrying, setRetrying] = useState<ReadonlySet<number>>(() => new Set());
  const retryingRef = useRef(new Set<number>());

  const actions: ArticleActions = {
    async toggleArchived(article) {
      const state = article.state === 'archived' ? 'unread' : 'archived';
      const result = await settle(client.setArticleState(article.id, state));
      if (!result.ok) return notify(`Could not change “${article.title}”: ${result.error.message}`);
      refresh();
      notify(state === 'archived' ? `Archived “${article.title}”` : `Moved “${article.title}” to Unread`);
      if (state === 'archived') hooks.onArchived(article.id);
    },

    async toggleFavorite(article) {
      const favorite = !article.favorite;
      const result = await settle(client.setFavorite(article.id, favorite));
      if (!result.ok) return notify(`Could not change “${article.title}”: ${result.error.message}`);
      refresh();
      notify(
        favorite ? `Added “${article.title}” to Favourites` : `Removed “${article.title}” from Favourites`,
      );
    },

    async setTags(article, tags) {
      const result = await settle(client.setArticleTags(article.id, tags));
      if (!result.ok) return result.error.message;
      refresh();
      const now = result.value.tags;
      notify(
        now.length
          ? `Tagged “${article.title}”: ${now.join(', ')}`
          : `Removed the tags of “${article.title}”`,
      );
      return null;
    },

    async setCategory(article, name) {
      const result = await settle(client.setArticleCategory(article.id, name));
      if (!result.ok) return result.error.message;
      refresh();
      notify(`Moved “${article.title}” to ${result.value.category}`);
      return null;
    },

    async deleteArticle(article) {
      const result = await settle(client.deleteArticle(article.id));
      if (!result.ok) return result.error.message;
      hooks.onDeleted(article.id);
      refresh();
      notify(`Deleted “${article.title}”`);
      return null;
    },

    async retryImages(article) {
      if (retryingRef.current.has(article.id)) return;
      const mark = (on: boolean) => {
        if (on) retryingRef.current.add(article.id);
        else retryingRef.current.delete(article.id);
        setRetrying(new Set(retryingRef.current));
      };
      mark(true);
      const result = await settle(client.retryMissingImages(article.id));
      mark(false);
      refresh();
      notify(
        result.ok ? retryResultText(result.value) : `Could not retry the images: ${result.error.message}`,
      );
    },
  };

  return { actions, retrying };
}
