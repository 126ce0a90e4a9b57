import { describe } from 'vitest';
import { promisesNothing, promisesUnbacked } from '../../tests/support/promises';

// Review of red team 7's money difference: the customer paying it (an upgrade) is no promise of ours; the
// difference paid out in fr/sv/pt/ar passed.
describe('the money difference', () => {
  promisesNothing([
    'The difference in price between the plans is €5 a month.',
    'Sie können die Differenz überweisen, dann schalten wir den Tarif frei.',
    'U kunt het verschil storten via iDEAL, daarna wordt uw abonnement aangepast.',
    'Het verschil storten kan ook later.',
    'Kunt u het verschil storten? Dan passen wij uw abonnement aan.',
  ]);
  promisesUnbacked([
    'We will send you the difference in price.',
    'We will refund the price difference.',
    'Nous vous verserons la différence.',
    'Nous vous renverrons la différence.',
    'Vi skickar mellanskillnaden till dig.',
    'Vi sätter in mellanskillnaden på ditt konto.',
    'Vamos devolver a diferença.',
    'Reembolsaremos a diferença.',
    'سنعيد لك الفرق في السعر.',
    'Wir erstatten Ihnen den Differenzbetrag.',
    'Wir werden Ihnen die Differenz überweisen.',
    'Wij zullen het verschil storten op uw rekening.',
  ]);
});
