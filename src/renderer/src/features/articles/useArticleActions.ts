import { useRef, useState } from 'react';
import type { QuireClient } from '@shared/api';
import type { ArticleSummary } from '@shared/domain';
import { retryResultText } from '../../lib/assets';
import { asSentence } from '../../lib/format';
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
  /** Fetches the page again and replaces the stored copy (kept as it was if that fails). */
  refreshArticle(article: ArticleSummary): Promise<void>;
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
  const retrying = useBusySet();
  const refreshing = useBusySet();

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
      if (!retrying.start(article.id)) return;
      const result = await settle(client.retryMissingImages(article.id));
      retrying.end(article.id);
      refresh();
      notify(
        result.ok ? retryResultText(result.value) : `Could not retry the images: ${result.error.message}`,
      );
    },

    async refreshArticle(article) {
      if (!refreshing.start(article.id)) return;
      const result = await settle(client.refreshArticle(article.id));
      refreshing.end(article.id);
      if (!result.ok) return notify(refreshFailedText(article, result.error.message));
      // Everything showing it reloads: the reader gets the new content, the list the new title.
      refresh();
      notify(`Refreshed “${result.value.title}”`);
    },
  };

  return { actions, retrying: retrying.ids, refreshing: refreshing.ids };
}

/** Why a refresh failed, and that nothing was lost. */
export function refreshFailedText(article: ArticleSummary, message: string): string {
  return `Could not refresh “${article.title}”: ${asSentence(message)} The saved copy was kept.`;
}

/** The articles an action is running for, so it shows as busy and is not started twice. */
function useBusySet() {
  const [ids, setIds] = useState<ReadonlySet<number>>(() => new Set());
  const running = useRef(new Set<number>());
  return {
    ids,
    /** False when it is already running for this article. */
    start(id: number): boolean {
      if (running.current.has(id)) return false;
      running.current.add(id);
      setIds(new Set(running.current));
      return true;
    },
    end(id: number) {
      running.current.delete(id);
      setIds(new Set(running.current));
    },
  };
}
