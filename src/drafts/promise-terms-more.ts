// Promise words in the languages a held-out round brings besides the nine (round 14: "В качестве компенсации мы
// перечислим вам 5000 рублей", "作为补偿，我们将向您赔偿500元"). Russian as stems at a word start, like the others;
// Chinese writes no spaces, so its words are patterns (PATTERN_TERMS) that start with no letter and so need no word start.
export const RU_COMPENSATION = ['компенсац', 'компенсир', 'возмещ', 'перечислим вам', 'переведём вам', 'переведем вам'];
export const RU_REFUND = ['вернём вам', 'вернем вам', 'вернём деньги', 'вернем деньги', 'возврат средств'];
export const ZH_COMPENSATION = '(?:赔偿|补偿|赔付)';
export const ZH_REFUND = '(?:退款|退还|退回)';
export const ZH_CREDIT = '(?:优惠券|代金券|购物金|赠送)';
