/**
 * A certificate the reader can print: the name they type, today's date and
 * the score. While it prints, a class on <html> lets the stylesheet hide
 * everything else, so Ctrl+P on the page still prints the chapter as usual.
 */
import { useEffect, useState } from 'preact/hooks';

interface Props {
  name: string;
  score: number;
  total: number;
  onName: (name: string) => void;
}

const PRINT_CLASS = 'print-certificate';

export function Certificate({ name, score, total, onName }: Props) {
  const [date] = useState(() => new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }));
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
      <h3 id="kq-cert-heading">Your certificate</h3>
      <label class="quiz-name">
        Name on the certificate
        <input type="text" value={name} maxLength={80} autoComplete="name" onInput={(e) => onName((e.currentTarget as HTMLInputElement).value)} />
      </label>
      <div class="quiz-certificate" data-testid="kq-certificate">
        <p class="quiz-certificate-kicker">eTwinning Ambassadors: the open handbook</p>
        <p class="quiz-certificate-title">Certificate of completion</p>
        <p>This certifies that</p>
        <p class="quiz-certificate-name">{name.trim() || 'Your name'}</p>
        <p>completed the eTwinning knowledge quiz and scored</p>
        <p class="quiz-certificate-score">{score} out of {total}</p>
        <p>on {date}.</p>
      </div>
      <button type="button" class="button" onClick={print} disabled={!name.trim()}>
        Print certificate
      </button>
      {!name.trim() && <p class="quiz-hint">Type your name to print the certificate.</p>}
    </section>
  );
}
