import type { selfAssessmentUi as english } from '../quiz-self-assessment.ts';
import type { Translation } from '../types.ts';
import { listAnd } from './list.ts';

/**
 * French (France) strings of the self-assessment: every key of src/i18n/quiz-self-assessment.ts, in the same order.
 * A non-breaking space (U+00A0) precedes : ; ? ! % and sits inside « ».
 */
export const selfAssessmentUi: Translation<typeof english> = {
  progress: (done: number, total: number) => `Affirmations traitées : ${done} sur ${total}`,
  statementNumber: (n: number, total: number) => `Affirmation ${n} sur ${total}`,
  pleaseAnswer: 'Choisissez une réponse.',
  missing: (n: number) =>
    n < 2
      ? `${n} affirmation attend encore une réponse. Elle est sélectionnée.`
      : `${n} affirmations attendent encore une réponse. La première est sélectionnée.`,
  submit: 'Voir mon profil',
  resultHeading: (name: string) => `Votre profil principal : ${name}`,
  tieHeading: (names: string) => `Votre profil : égalité entre ${names}`,
  sharedHeading: (name: string) => `Résultat partagé : ${name}`,
  sharedTieHeading: (names: string) => `Résultat partagé : égalité entre ${names}`,
  list: listAnd,
  sharedNote:
    "Quelqu'un vous a envoyé ce résultat sous forme de lien. Vos propres réponses, si vous en avez enregistré sur cet appareil, restent inchangées ci-dessous.",
  takeItYourself: "Faire l'autoévaluation vous-même",
  tied: (names: string, percent: number) =>
    `Vos réponses désignent à égalité ${names} (${percent} % chacun). Lisez chaque portrait ci-dessous : vous tenez un peu de chacun.`,
  alsoStrong: (name: string, percent: number) => `Votre deuxième profil le plus marqué est ${name} (${percent} %).`,
  alsoStrongTied: (names: string, percent: number) => `Vos profils suivants sont à égalité : ${names} (${percent} % chacun).`,
  doesWell: 'Vos points forts',
  nextSteps: 'Vos prochaines étapes',
  readNext: 'Des chapitres pour vous',
  fromToolkit: 'Dans la boîte à outils',
  toolkitChapter: 'Le chapitre de la boîte à outils : adapter et animer les présentations',
  chartHeading: 'Les cinq profils',
  chartTitle: "À quel point vos réponses correspondent à chaque profil d'ambassadeur",
  chartDesc: (list: string) => `Diagramme en barres, pourcentage du maximum de chaque profil : ${list}.`,
  chartText: 'Le graphique sous forme de texte',
  mainMark: ' (votre résultat)',
  shareHeading: 'Partager ou garder ce résultat',
  shareLabel: 'Lien vers ce résultat',
  copy: 'Copier le lien',
  copied: 'Lien copié.',
  copyFailed: 'Impossible de copier automatiquement : le lien est sélectionné, copiez-le avec votre clavier.',
  change: 'Modifier mes réponses',
  restart: 'Recommencer',
  restarted: 'Réponses effacées. Commencez par la première affirmation.',
  resultReady: (name: string) => `Résultat prêt. Votre profil principal est ${name}.`,
  tieReady: (names: string) => `Résultat prêt : égalité entre ${names}.`,
  sharedReady: (name: string) => `Affichage d'un résultat partagé : ${name}.`,
  notSaved:
    "Ce navigateur ne permet pas à la page d'enregistrer vos réponses (son stockage est peut-être plein ou désactivé). Vous pouvez quand même voir votre profil, mais vos réponses ne seront plus là la prochaine fois.",
  tallyHeading: 'Vos totaux',
  tallyIntro: 'La page additionne vos points à mesure que vous choisissez vos réponses : aucun calcul à faire.',
  tallyLine: (max: number) => ` sur ${max} ${max < 2 ? 'point' : 'points'}`,
  tallyEqualMax: 'Le total le plus élevé correspond à votre profil principal. Deux totaux égaux : vous avez les deux profils.',
  tallyUnequalMax: 'Comparez chaque total à son maximum : le profil qui en atteint la plus grande part est votre profil principal.',
  profilesHeading: 'Découvrez votre profil',
  readProfile: (name: string) => `Lire le profil : ${name}`,
};
