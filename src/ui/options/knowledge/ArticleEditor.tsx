// Editing one article's fields in place. Text stays text: inputs and a textarea, nothing rendered as HTML.
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { UiLocale } from '../../../i18n/index';
import { tOptions } from '../../../i18n/options/index';
import type { Article } from '../../../knowledge/types';

export function ArticleEditor(props: {
  article: Article;
  locale: UiLocale;
  onSave: (a: Article) => void;
  onCancel: () => void;
}): JSX.Element {
  const { article, locale } = props;
  const [draft, setDraft] = useState({
    title: article.title,
    body: article.body,
    url: article.url ?? '',
    language: article.language ?? '',
    tags: (article.tags ?? []).join(', '),
  });
  const [invalid, setInvalid] = useState(false);
  const field = (name: keyof typeof draft, multiline = false) => {
    const common = {
      class: 'sf-input',
      name,
      value: draft[name],
      onInput: (event: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) => {
        const value = event.currentTarget.value;
        setDraft((d) => ({ ...d, [name]: value }));
      },
    };
    return (
      <label class="sf-field sf-grow">
        <span class="sf-field-label">{tOptions(locale, `kb.field.${name}`)}</span>
        {multiline ? <textarea {...common} rows={8} /> : <input {...common} dir={name === 'url' ? 'ltr' : 'auto'} />}
      </label>
    );
  };
  const save = (event: Event) => {
    event.preventDefault();
    if (!draft.title.trim() && !draft.body.trim()) return setInvalid(true);
    const tags = draft.tags
      .split(',')
      .map((t) => t.trim())
      .filter(Boolean);
    const { url: _url, language: _language, tags: _tags, ...kept } = article;
    props.onSave({
      ...kept,
      title: draft.title.trim(),
      body: draft.body,
      ...(draft.url.trim() ? { url: draft.url.trim() } : {}),
      ...(draft.language.trim() ? { language: draft.language.trim() } : {}),
      ...(tags.length ? { tags } : {}),
    });
  };
  return (
    <form class="sf-editor sf-fields" onSubmit={save} data-testid="kb-editor">
      {field('title')}
      {field('body', true)}
      <div class="sf-row">
        {field('url')}
        {field('language')}
      </div>
      {field('tags')}
      {invalid && (
        <p class="sf-field-error" role="alert">
          {tOptions(locale, 'kb.titleRequired')}
        </p>
      )}
      <div class="sf-row">
        <button type="submit" class="sf-btn sf-btn-primary">
          {tOptions(locale, 'kb.save')}
        </button>
        <button type="button" class="sf-btn" onClick={props.onCancel}>
          {tOptions(locale, 'kb.cancel')}
        </button>
      </div>
    </form>
  );
}
