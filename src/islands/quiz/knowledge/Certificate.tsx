/**
 * A certificate the reader can print: the name they type, today's date and
 * the score. While it prints, a class on <html> lets the stylesheet hide
 * everything else, so Ctrl+P on the page still prints the chapter as usual.
 */
import { useEffect, useState } from 'preact/hooks';
import { knowledgeQuizUi as t } from '../../../i18n/quiz-knowledge.ts';
import { NAME_MAX_LENGTH } from '../../../lib/quiz/progress.ts';

interface Props {
  name: string;
  score: number;
  total: number;
  onName: (name: string) => void;
}

const PRINT_CLASS = 'print-certificate';

export function Certificate({ name, score, total, onName }: Props) {
  const [date] = useState(() => new Date().toLocaleDateString(t.dateLocale, { day: 'numeric', month: 'long', year: 'numeric' }));
  useEffect(() => {
    const done = () => document.documentElement.classList.remove(PRINT_CLASS);
    window.addEventListener('afterprint', done);
    return () => window.removeEventListener('afterprint', done);
  }, []);
  const print = () => {
    document.documentElement.classList.add(PRINT_CLASS);
    window.print();
  };
  return (
    <section class="quiz-certificate-section" aria-labelledby="kq-cert-heading">
      <h3 id="kq-cert-heading">{t.certificateHeading}</h3>
      <label class="quiz-name">
        {t.nameLabel}
        <input type="text" value={name} maxLength={NAME_MAX_LENGTH} autoComplete="name" onInput={(e) => onName(e.currentTarget.value)} />
      </label>
      <div class="quiz-certificate" data-testid="kq-certificate">
        <p class="quiz-certificate-kicker">{t.certificateKicker}</p>
        <p class="quiz-certificate-title">{t.certificateTitle}</p>
        <p>{t.certifies}</p>
        <p class="quiz-certificate-name">{name.trim() || t.namePlaceholder}</p>
        <p>{t.completed}</p>
        <p class="quiz-certificate-score">
          {score} {t.outOf(total)}
        </p>
        <p>{t.onDate(date)}</p>
      </div>
      <button type="button" class="button" onClick={print} disabled={!name.trim()}>
        {t.print}
      </button>
      {!name.trim() && <p class="quiz-hint">{t.printNeedsName}</p>}
    </section>
  );
}
