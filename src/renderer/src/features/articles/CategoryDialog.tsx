import type { ArticleSummary } from '@shared/domain';
import { Modal } from '../../components/Modal';
import { CategoryForm } from './CategoryForm';

interface CategoryDialogProps {
  article: ArticleSummary;
  suggestions: string[];
  onApply(name: string | null): Promise<string | null>;
  onClose(): void;
}

/** Changing an article's category from the list, without opening it. */
export function CategoryDialog({ article, suggestions, onApply, onClose }: CategoryDialogProps) {
  return (
    <Modal label="Change category" onClose={onClose} className="modal-narrow">
      <h2 className="modal-title">Change category</h2>
      <p className="modal-text">{article.title}</p>
      <CategoryForm
        current={article.category}
        suggestions={suggestions}
        onApply={onApply}
        onCancel={onClose}
      />
    </Modal>
  );
}
