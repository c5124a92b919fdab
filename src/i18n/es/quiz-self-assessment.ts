import type { selfAssessmentUi as english } from '../quiz-self-assessment.ts';
import type { Translation } from '../types.ts';
import { listAnd } from './list.ts';

/** Spanish (Spain) strings of the self-assessment: every key of src/i18n/quiz-self-assessment.ts, in the same order. */
export const selfAssessmentUi: Translation<typeof english> = {
  progress: (done: number, total: number) => `${done} de ${total} afirmaciones respondidas`,
  statementNumber: (n: number, total: number) => `Afirmación ${n} de ${total}`,
  pleaseAnswer: 'Elige una respuesta.',
  missing: (n: number) =>
    n === 1
      ? 'Queda 1 afirmación sin responder. Está seleccionada.'
      : `Quedan ${n} afirmaciones sin responder. La primera está seleccionada.`,
  submit: 'Ver mi perfil',
  resultHeading: (name: string) => `Tu perfil principal: ${name}`,
  tieHeading: (names: string) => `Tu perfil: empate entre ${names}`,
  sharedHeading: (name: string) => `Resultado compartido: ${name}`,
  sharedTieHeading: (names: string) => `Resultado compartido: empate entre ${names}`,
  list: listAnd,
  sharedNote:
    'Alguien ha compartido contigo este resultado mediante un enlace. Tus propias respuestas, si guardaste alguna en este dispositivo, siguen igual más abajo.',
  takeItYourself: 'Haz tú la autoevaluación',
  tied: (names: string, percent: number) =>
    `Tus respuestas apuntan por igual a ${names} (${percent} % cada uno). Lee cada descripción más abajo: tienes un poco de cada uno.`,
  alsoStrong: (name: string, percent: number) => `Tu segundo perfil más marcado es ${name} (${percent} %).`,
  alsoStrongTied: (names: string, percent: number) =>
    `Tus siguientes perfiles más marcados están empatados: ${names} (${percent} % cada uno).`,
  doesWell: 'Lo que haces bien',
  nextSteps: 'Tus próximos pasos',
  readNext: 'Capítulos para ti',
  fromToolkit: 'Del kit de herramientas',
  toolkitChapter: 'El capítulo del kit de herramientas: cómo adaptar y usar las presentaciones',
  chartHeading: 'Los cinco perfiles',
  chartTitle: 'En qué medida apuntan tus respuestas a cada perfil de embajador',
  chartDesc: (list: string) => `Gráfico de barras, porcentaje del máximo de cada perfil: ${list}.`,
  chartText: 'El gráfico en forma de texto',
  mainMark: ' (tu resultado)',
  shareHeading: 'Comparte o guarda este resultado',
  shareLabel: 'Enlace a este resultado',
  copy: 'Copiar enlace',
  copied: 'Enlace copiado.',
  copyFailed: 'No se ha podido copiar automáticamente: el enlace está seleccionado, cópialo con el teclado.',
  change: 'Cambiar mis respuestas',
  restart: 'Empezar de nuevo',
  restarted: 'Respuestas borradas. Empieza por la primera afirmación.',
  resultReady: (name: string) => `Resultado listo. Tu perfil principal es ${name}.`,
  tieReady: (names: string) => `Resultado listo: empate entre ${names}.`,
  sharedReady: (name: string) => `Se muestra un resultado compartido: ${name}.`,
  notSaved:
    'Este navegador no permite que la página guarde tus respuestas (puede que su almacenamiento esté lleno o desactivado). Puedes ver tu perfil igualmente, pero tus respuestas no estarán aquí la próxima vez.',
  tallyHeading: 'Tus totales',
  tallyIntro: 'La página suma tus puntos a medida que eliges respuestas: no tienes que hacer cuentas.',
  tallyLine: (max: number) => ` de ${max} ${max === 1 ? 'punto' : 'puntos'}`,
  tallyEqualMax: 'El total más alto es tu perfil principal. Si dos totales son iguales, tienes los dos perfiles.',
  tallyUnequalMax: 'Compara cada total con su máximo: el perfil que alcanza la mayor proporción es el principal.',
  profilesHeading: 'Lee tu perfil',
  readProfile: (name: string) => `Leer el perfil: ${name}`,
};
