import type { LanguageLexicon } from './types';

export const it: LanguageLexicon = {
  triggers: {
    'repeated-contact': ['ancora una volta', 'di nuovo', 'per la terza volta', 'terza volta', 'seconda volta', 'più volte', 'diverse volte', 'tante volte', 'già contattato', 'già scritto', 'già chiamato', 'quante volte', 'ancora nessuna risposta', 'nessuna risposta', 'nessuno risponde'],
    'long-wait': ['da settimane', 'da giorni', 'da mesi', 'da _ settimane', 'da _ giorni', 'aspetto da', 'sto ancora aspettando', 'ancora in attesa', 'aspettato _ giorni', "un'eternità", 'troppo tempo'],
    deadline: ['entro domani', 'entro venerdì', 'entro la fine', 'prima del weekend', 'scadenza', 'il prima possibile', 'al più presto', 'immediatamente', 'subito', 'il mio volo', 'scade'],
    'churn-threat': ['disdire', 'disdetta', "annullare l'abbonamento", 'chiudere il mio account', 'chiudere il conto', 'cambiare fornitore', 'passare alla concorrenza', 'concorrenza', 'altrove', 'mai più', "un'altra compagnia"],
    'legal-threat': ['avvocato', 'azioni legali', 'vie legali', 'tribunale', 'denuncia*', 'querela', 'associazione consumatori', 'garante della privacy', 'gdpr', 'truffa', 'frode', 'discrimin*'],
    vulnerability: ['in ospedale', 'ricoverat*', 'cancro', 'tumore', 'chemio*', 'deceduto', 'morto', 'morta', 'funerale', 'lutto', 'disabil*', 'sedia a rotelle', 'incinta', 'disoccupat*', 'perso il lavoro', 'non posso permettermi', 'gravemente malat*', 'depressione', 'intervento chirurgico'],
    'escalation-request': ['un responsabile', 'il responsabile', 'un supervisore', 'il suo superiore', 'un manager', 'parlare con un dirigente', 'una persona vera', 'un essere umano'],
    vip: ['cliente premium', 'cliente business', 'cliente aziendale', 'cliente fedele', 'cliente da _ anni', 'grande cliente'],
  },
  emotions: {
    anger: ['furios*', 'arrabbiat*', 'incazzat*', 'inaccettabile', 'vergogna', 'vergognoso', 'ridicolo', 'truffa', 'ladri', 'incompeten*', 'pessim*', 'scandalo*', 'assurdo', 'stufo', 'stufa', 'una presa in giro', 'indecente'],
    frustration: ['frustra*', 'infastidit*', 'irritat*', 'seccant*', 'di nuovo', 'ancora non', 'non funziona', 'non va', 'perdita di tempo', 'bloccat*', 'stanco di', 'stanca di'],
    disappointment: ['delus*', 'deludente', 'peccato', 'purtroppo', 'triste', 'mi aspettavo di più', 'insoddisfatt*', 'scontent*', 'pessimo servizio', 'scarsa qualità', 'dispiaciut*'],
    anxiety: ['preoccupat*', 'mi preoccupa', 'paura', 'spaventat*', 'ansios*', 'ansia', 'nervos*', 'panico', 'disperat*', 'aiutatemi', 'stress*'],
    // A plain how-to or which/what question is a request, not confusion: only words of not understanding.
    confusion: ['confus*', 'non capisco', 'non ho capito', 'non è chiaro', 'poco chiaro', 'non sono sicur*', 'non ho idea'],
    positive: ['grazie', 'ottimo', 'ottima', 'content*', 'soddisfatt*', 'felice', 'perfetto', 'eccellente', 'fantastico', 'bene', 'gentilissim*', 'utile', 'ora funziona', 'risolto'],
  },
  negators: ['non', 'mai', 'nessun', 'nessuna', 'niente', 'nemmeno', 'neanche', 'per niente', 'non più'],
  intensifiers: ['molto', 'davvero', 'veramente', 'troppo', 'estremamente', 'totalmente', 'completamente', 'assolutamente', 'così', 'super'],
  urgent: ['urgente*', 'il prima possibile', 'al più presto', 'immediatamente', 'subito', 'oggi stesso', 'emergenza'],
  complaint: ['reclamo', 'lamentela', 'lamentarmi', 'risarcimento', 'rimborso', 'inaccettabile'],
};
