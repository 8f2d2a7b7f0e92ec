import { useState } from 'react';
import { CategoryForm } from '../articles/CategoryForm';

interface CategoryEditorProps {
  category: string;
  suggestions: string[];
  onApply(name: string | null): Promise<string | null>;
}

/** The article's category, with a button that swaps in a form to change it. */
export function CategoryEditor({ category, suggestions, onApply }: CategoryEditorProps) {
  const [editing, setEditing] = useState(false);
  // Set once the form closes, so focus comes back to the button instead of falling to the page.
  const [returnFocus, setReturnFocus] = useState(false);
  const close = () => {
    setEditing(false);
    setReturnFocus(true);
  };

  if (!editing)
    return (
      <div className="category-editor">
        <span className="chip">{category}</span>
        <button
          type="button"
          className="link-button"
          autoFocus={returnFocus}
          onClick={() => setEditing(true)}
        >
          Change category
        </button>
      </div>
    );

  return (
    <div className="category-editor">
      <CategoryForm
        current={category}
        suggestions={suggestions}
        onApply={async (name) => {
          const error = await onApply(name);
          if (!error) close();
          return error;
        }}
        onCancel={close}
      />
    </div>
  );
}
