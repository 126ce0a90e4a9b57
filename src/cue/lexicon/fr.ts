import type { LanguageLexicon } from './types';

export const fr: LanguageLexicon = {
  triggers: {
    'repeated-contact': ['encore une fois', 'une fois de plus', 'troisième fois', 'deuxième fois', 'pour la troisième fois', 'plusieurs fois', 'à nouveau', 'de nouveau', 'déjà contacté', 'déjà écrit', 'déjà appelé', 'combien de fois', 'toujours pas de réponse', 'aucune réponse', 'sans réponse', 'personne ne répond'],
    'long-wait': ['depuis des semaines', 'depuis des jours', 'depuis des mois', 'depuis _ semaines', 'depuis _ jours', "j'attends depuis", 'attends toujours', 'toujours en attente', 'attendu _ jours', 'attendu _ semaines', 'une éternité', 'trop longtemps'],
    deadline: ['avant demain', "d'ici demain", "d'ici vendredi", 'avant la fin', 'avant le week-end', 'date limite', 'délai', 'au plus vite', 'dès que possible', 'immédiatement', 'tout de suite', 'mon vol', 'expire'],
    'churn-threat': ['résilier', 'résiliation', 'annuler mon abonnement', 'fermer mon compte', 'supprimer mon compte', 'changer de fournisseur', 'chez un concurrent', 'la concurrence', 'ailleurs', 'plus jamais', 'dernière fois que'],
    'legal-threat': ['avocat', 'action en justice', 'poursuites', 'poursuivre', 'tribunal', 'porter plainte', 'médiateur', 'protection des consommateurs', 'rgpd', 'cnil', 'arnaque', 'escroquerie', 'fraude', 'discrimin*'],
    vulnerability: ["à l'hôpital", 'hospitalisé*', 'cancer', 'chimio*', 'décédé*', 'décès', 'enterrement', 'obsèques', 'deuil', 'handicap*', 'fauteuil roulant', 'enceinte', 'au chômage', 'perdu mon emploi', 'pas les moyens', 'gravement malade', 'dépression', 'opéré*'],
    'escalation-request': ['un responsable', 'votre responsable', 'parler à un manager', 'un supérieur', 'votre supérieur', 'escalader', 'la direction', 'une vraie personne', 'un humain'],
    vip: ['client premium', 'client professionnel', 'entreprise', 'client fidèle', 'client depuis _ ans', 'grand compte'],
  },
  emotions: {
    anger: ['furieux', 'furieuse', 'en colère', 'inadmissible', 'inacceptable', 'scandale*', 'honteux', 'honte', 'ridicule', 'arnaque', 'voleurs', 'incompéten*', 'nul', 'nuls', 'lamentable', 'insupportable', "j'en ai marre", 'marre', 'exaspér*', 'se moquer'],
    frustration: ['frustr*', 'agaç*', 'agacé', 'énervé*', 'encore', 'toujours pas', 'ne fonctionne pas', 'ne marche pas', 'marche pas', 'fonctionne toujours pas', 'perte de temps', 'bloqué*', 'fatigué de'],
    disappointment: ['déçu*', 'décevant*', 'déception', 'dommage', 'malheureusement', 'triste', "m'attendais à mieux", 'insatisfait*', 'mécontent*', 'mauvais service', 'mauvaise qualité', 'regrette'],
    anxiety: ['inquiet*', 'inquiète', 'peur', 'angoiss*', 'stress*', 'nerveux', 'panique', 'désespéré*', 'aidez-moi', "s'il vous plaît aidez"],
    // A plain how-to or which/what question is a request, not confusion: only words of not understanding.
    confusion: ['confus*', 'comprends pas', 'ne comprends pas', "pas clair", 'incompréhensible', 'pas sûr', "aucune idée"],
    positive: ['merci*', 'super', 'génial', 'content*', 'satisfait*', 'ravi*', 'parfait', 'excellent*', 'top', 'bien', 'formidable', 'utile', 'fonctionne maintenant', 'résolu'],
  },
  negators: ['pas', 'ne', 'jamais', 'plus', 'aucun', 'aucune', 'guère', 'pas du tout', 'nullement'],
  intensifiers: ['très', 'vraiment', 'trop', 'extrêmement', 'totalement', 'complètement', 'absolument', 'tellement', 'si', 'hyper'],
  urgent: ['urgent*', 'au plus vite', 'dès que possible', 'immédiatement', "aujourd'hui", 'urgence'],
  complaint: ['réclamation', 'plainte', 'me plaindre', 'indemnisation', 'dédommagement', 'inadmissible'],
};
