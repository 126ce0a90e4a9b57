// Stop words per language: the most frequent function words (after the Snowball lists), lowercased and
// in the same normalized form the tokenizer produces, so they can be checked before stemming.
// They are dropped from the index and from queries, and they drive language detection.
import type { Lang } from './languages';

const LISTS: Record<Lang, string> = {
  en: `a about above after again against all am an and any are as at be because been before being below
    between both but by can could did do does doing down during each few for from further had has have having
    he her here hers herself him himself his how i if in into is it its itself just me more most my myself no
    nor not now of off on once only or other our ours ourselves out over own same she should so some such than
    that the their theirs them themselves then there these they this those through to too under until up very
    was we were what when where which while who whom why will with would you your yours yourself yourselves
    hi hello dear please thanks thank regards kind im ive dont cant wont us`,
  de: `aber alle allem allen aller alles als also am an ander andere anderem anderen anderer anderes anderm
    andern anders auch auf aus bei bin bis bist da damit dann das dass dasselbe dazu dein deine deinem deinen
    deiner dem demselben den denn denselben der derer derselbe derselben des desselben dessen dich die dies
    diese dieselbe dieselben diesem diesen dieser dieses dir doch dort du durch ein eine einem einen einer
    eines einig einige einigem einigen einiger einiges einmal er es etwas euch euer eure eurem euren eurer
    eures fur gegen gewesen hab habe haben hat hatte hatten hier hin hinter ich ihm ihn ihnen ihr ihre ihrem
    ihren ihrer ihres im in indem ins ist jede jedem jeden jeder jedes jene jenem jenen jener jenes jetzt
    kann kein keine keinem keinen keiner keines konnen konnte machen man manche manchem manchen mancher
    manches mein meine meinem meinen meiner meines mich mir mit muss musste nach nicht nichts noch nun nur
    ob oder ohne sehr sein seine seinem seinen seiner seines selbst sich sie sind so solche solchem solchen
    solcher solches soll sollte sondern sonst uber um und uns unsere unserem unseren unser unseres unter viel
    vom von vor wahrend war waren warst was weg weil weiter welche welchem welchen welcher welches wenn werde
    werden wie wieder will wir wird wirst wo wollen wollte wurde wurden zu zum zur zwar zwischen bitte danke
    hallo sehr geehrte geehrter liebe lieber gruße grussen freundlichen ihnen`,
  nl: `aan al alles als altijd andere ben bij daar dan dat de der deze die dit doch doen door dus een eens
    en er ge geen geweest haar had heb hebben heeft hem het hier hij hoe hun iemand iets ik in is ja je kan
    kon kunnen maar me meer men met mij mijn moet na naar niet niets nog nu of om omdat onder ons ook op over
    reeds te tegen toch toen tot u uit uw van veel voor want waren was wat werd wezen wie wil worden wordt
    zal ze zelf zich zij zijn zo zonder zou graag hallo beste groeten bedankt dank alstublieft jullie onze`,
  sv: `alla allt att av blev bli blir blivit de dem den denna deras dess dessa det detta dig din dina ditt
    du där då efter ej eller en er era ert ett från för ha hade han hans har henne hennes hon honom hur här i
    icke ingen inom inte jag ju kan kunde man med mellan men mig min mina mitt mot mycket ni nu när någon något
    några och om oss på samma sedan sig sin sina sitta själv skulle som så sådan sådana sådant till under upp
    ut utan vad var vara varför varit varje vars vart vem vi vid vilka vilkas vilken vilket vår våra vårt än är
    åt över hej tack vänliga hälsningar snälla`,
  ar: `في من على الى إلى عن مع هذا هذه ذلك تلك التي الذي الذين ان أن إن كان كانت يكون لا لم لن ما ماذا هل
    او أو ثم قد كل بعد قبل عند حتى هو هي هم هن انا أنا نحن انت أنت انتم أنتم لي لك له لها لنا لكم لهم به بها
    بين غير حيث كما لكن منذ ايضا أيضا اي أي الا إلا اذا إذا وهو وهي ولا وفي ومن وقد يا شكرا مرحبا عليكم السلام`,
  fr: `au aux avec ce ces dans de des du elle en et eux il ils je la le les leur lui ma mais me meme mes moi
    mon ne nos notre nous on ou par pas pour qu que qui sa se ses son sur ta te tes toi ton tu un une vos votre
    vous c d j l a m n s t y ete etee etees etes etant suis es est sommes sont serai sera serons seront serais
    serait etais etait etions etaient fus fut ai as avons avez ont aurai aura avais avait avions avaient eu
    cette cet si plus tres bien tout tous toute toutes comme bonjour merci cordialement madame monsieur svp`,
  es: `de la que el en y a los del se las por un para con no una su al lo como mas pero sus le ya o este si
    porque esta entre cuando muy sin sobre tambien me hasta hay donde quien desde todo nos durante todos uno
    les ni contra otros ese eso ante ellos e esto mi antes algunos que unos yo otro otras otra el tanto esa
    estos mucho quienes nada muchos cual poco ella estar estas algunas algo nosotros mis tu te ti tus ellas
    vosotros os mio mia esos esas estoy esta estamos estan soy es somos son fue era eran he ha han hemos
    hola gracias saludos estimado estimada favor usted ustedes`,
  it: `ad al allo ai agli all agl alla alle con col coi da dal dallo dai dagli dall dagl dalla dalle di del
    dello dei degli dell degl della delle in nel nello nei negli nell negl nella nelle su sul sullo sui sugli
    sull sugl sulla sulle per tra contro io tu lui lei noi voi loro mio mia miei mie tuo tua tuoi tue suo sua
    suoi sue nostro nostra nostri nostre vostro vostra vostri vostre mi ti ci vi lo la li le gli ne il un uno
    una ma ed se perche anche come dov dove che chi cui non piu quale quanto quanti quanta quante quello quelli
    quella quelle questo questi questa queste si tutto tutti a c e i l o ho hai ha abbiamo avete hanno sono
    sei siamo siete era erano essere stato ciao grazie saluti gentile cordiali`,
  pt: `de a o que e do da em um para com nao uma os no se na por mais as dos como mas ao ele das a seu sua ou
    quando muito nos ja eu tambem so pelo pela ate isso ela entre depois sem mesmo aos seus quem nas me esse
    eles voce essa num nem suas meu minha numa pelos elas qual nos lhe deles essas esses pelas este dele tu
    te voces vos lhes meus minhas teu tua teus tuas nosso nossa nossos nossas dela delas esta estes estas
    aquele aquela aqueles aquelas isto aquilo estou esta estamos estao estive foi fomos foram era eram sou
    somos sao ser ter tem temos tenho tinha ola obrigado obrigada atenciosamente prezado prezada favor`,
};

const SETS = new Map<Lang, Set<string>>();

/** The stop words of a language, in the tokenizer's normalized form (lowercase, Latin accents folded). */
export function stopwords(lang: Lang): Set<string> {
  let set = SETS.get(lang);
  if (!set) {
    const words = LISTS[lang].split(/\s+/).filter(Boolean);
    set = new Set(words.map((word) => (lang === 'ar' ? word : word.normalize('NFD').replace(/\p{M}/gu, ''))));
    SETS.set(lang, set);
  }
  return set;
}
