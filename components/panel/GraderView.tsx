import { useState } from 'preact/hooks';
import { citationLine } from '@/lib/view/citation';
import { META_FIELDS, META_LABEL_KEYS } from '@/lib/view/meta-labels';
import type { ReportModel } from '@/lib/core/model';
import type { RequiredFinding } from '@/lib/core/required';
import { t, type StringKey } from '@/lib/view/strings';
import type { DateProblem } from '@/lib/core/timeliness';

const REQUIRED_NAME: Record<RequiredFinding['content'], StringKey> = {
  1: 'required1',
  2: 'required2',
  3: 'required3',
  4: 'required4',
  5: 'required5',
};
const WHERE: Record<NonNullable<RequiredFinding['where']>, StringKey> = {
  part: 'requiredPart',
  subsection: 'requiredSubsection',
  sentence: 'requiredSentence',
};
const META_ROWS = META_FIELDS.map((f) => [f, META_LABEL_KEYS[f]] as const);

function dateProblemKey(p: DateProblem): StringKey {
  if (p.kind === 'before-year-end') return 'dateBeforeYearEnd';
  if (p.kind === 'written-after-published') return 'dateWrittenAfterPublished';
  return p.field === 'written' ? 'dateWrittenInFuture' : 'datePublishedInFuture';
}

interface Props {
  model: ReportModel;
  onGoTo: (block: number) => void;
  display?: (s: string) => string;
}

/** The grader's view: required contents, numbering problems, timeliness, citation. */
export function GraderView({ model, onGoTo, display = (s) => s }: Props) {
  const [notice, setNotice] = useState('');
  const { onTime } = model;
  const copyCitation = async () => {
    try {
      await navigator.clipboard.writeText(display(citationLine(model, new Date())));
      setNotice(t('citationCopied'));
    } catch {
      setNotice(t('copyFailed'));
    }
  };
  return (
    <section class="grader">
      <h2>{t('requiredHeading')}</h2>
      <ol class="required">
        {model.required.map((f) => (
          <li key={f.content} class={f.found ? 'found' : 'missing'}>
            <span class="mark" aria-hidden="true">
              {f.found ? '✓' : '✗'}
            </span>
            <div>
              <div class="required-name">{t(REQUIRED_NAME[f.content])}</div>
              {f.found ? (
                <button class="link finding" onClick={() => onGoTo(f.block)}>
                  <span class="sr-only">{t('requiredFound')}: </span>
                  {t(WHERE[f.where!])} — {display(f.evidence)}
                </button>
              ) : (
                <span class="muted">{t('requiredMissing')}</span>
              )}
            </div>
          </li>
        ))}
      </ol>

      <h2>{t('outlineProblems')}</h2>
      {model.outlineProblems.length ? (
        <ul class="problems-list">
          {model.outlineProblems.map((p) => (
            <li key={`${p.block}-${p.kind}`}>
              <button class="link problem" onClick={() => onGoTo(p.block)}>
                {p.message}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">{t('problemsNone')}</p>
      )}

      <h2>{t('timelinessHeading')}</h2>
      <p class={`timeliness ${onTime.status}`}>
        {onTime.status === 'on-time'
          ? t('timelinessOnTime', onTime.published, onTime.due)
          : onTime.status === 'late'
            ? t('timelinessLate', onTime.published, onTime.due)
            : t('timelinessUnknown')}
        {onTime.year !== null && <span class="muted"> · {t('timelinessYear', onTime.year)}</span>}
      </p>
      {onTime.problems.length > 0 && (
        <>
          <h3>{t('dateProblemsHeading')}</h3>
          <ul class="problems-list date-problems">
            {onTime.problems.map((p) => (
              <li key={`${p.kind}-${p.field}`}>{t(dateProblemKey(p), p.date, p.limit)}</li>
            ))}
          </ul>
        </>
      )}

      <h2>{t('citationHeading')}</h2>
      <dl class="meta citation-meta">
        <div class="meta-row">
          <dt>{t('metaTitle')}</dt>
          <dd>{display(model.title)}</dd>
        </div>
        {META_ROWS.map(([field, label]) => (
          <div key={field} class="meta-row">
            <dt>{t(label)}</dt>
            <dd>{model.meta[field] ? display(model.meta[field]) : '—'}</dd>
          </div>
        ))}
        <div class="meta-row">
          <dt>{t('metaAddress')}</dt>
          <dd class="url">{model.url}</dd>
        </div>
      </dl>
      <div class="toolbar">
        <button class="primary" onClick={copyCitation}>
          {t('copyCitation')}
        </button>
        <span class="notice" role="status">
          {notice}
        </span>
      </div>
    </section>
  );
}
