import type { LanguageLexicon } from './types';

export const pt: LanguageLexicon = {
  triggers: {
    'repeated-contact': ['outra vez', 'de novo', 'novamente', 'mais uma vez', 'terceira vez', 'segunda vez', 'pela terceira vez', 'várias vezes', 'muitas vezes', 'já entrei em contato', 'já contactei', 'já escrevi', 'já liguei', 'quantas vezes', 'ainda sem resposta', 'sem resposta', 'ninguém responde'],
    'long-wait': ['há semanas', 'há dias', 'há meses', 'há _ semanas', 'há _ dias', 'faz semanas', 'faz _ dias', 'estou esperando', 'estou à espera', 'ainda aguardo', 'aguardando há', 'esperei _ dias', 'uma eternidade', 'muito tempo'],
    deadline: ['até amanhã', 'até sexta', 'até o fim', 'até ao fim', 'antes do fim de semana', 'prazo', 'o mais rápido possível', 'o quanto antes', 'imediatamente', 'agora mesmo', 'meu voo', 'o meu voo', 'vence'],
    'churn-threat': ['cancelar minha assinatura', 'cancelar a minha assinatura', 'cancelar o plano', 'cancelar a subscrição', 'encerrar minha conta', 'fechar a minha conta', 'mudar de fornecedor', 'concorrência', 'concorrente', 'outra empresa', 'nunca mais', 'não volto a comprar'],
    'legal-threat': ['advogado', 'ação judicial', 'processo judicial', 'abrir um processo', 'processar', 'tribunal', 'na justiça', 'procon', 'reclame aqui', 'livro de reclamações', 'deco', 'lgpd', 'rgpd', 'golpe', 'fraude', 'burla', 'discrimin*'],
    vulnerability: ['no hospital', 'internad*', 'hospitalizad*', 'câncer', 'cancro', 'quimio*', 'faleci*', 'morreu', 'funeral', 'luto', 'deficiência', 'deficiente', 'cadeira de rodas', 'grávida', 'desempregad*', 'perdi o emprego', 'não tenho como pagar', 'gravemente doente', 'depressão', 'cirurgia'],
    'escalation-request': ['um responsável', 'o responsável', 'um supervisor', 'o seu superior', 'um gerente', 'falar com um gestor', 'uma pessoa real', 'um humano'],
    vip: ['cliente premium', 'cliente empresarial', 'cliente corporativo', 'cliente fiel', 'cliente há _ anos', 'cliente antigo'],
  },
  emotions: {
    anger: ['furios*', 'irritad*', 'revoltad*', 'indignad*', 'inaceitável', 'vergonha', 'vergonhoso', 'ridículo', 'golpe', 'ladrões', 'incompeten*', 'péssim*', 'absurdo', 'palhaçada', 'farto', 'farta', 'um desrespeito', 'desrespeito', 'descaso'],
    frustration: ['frustra*', 'chatead*', 'aborrecid*', 'de novo', 'outra vez', 'ainda não', 'continua sem', 'perda de tempo', 'cansad* de'],
    disappointment: ['decepcion*', 'desapontad*', 'pena', 'triste', 'esperava mais', 'insatisfeit*', 'descontente', 'mau serviço', 'serviço ruim', 'má qualidade', 'lamentável'],
    anxiety: ['preocupad*', 'preocupa-me', 'me preocupa', 'medo', 'assustad*', 'ansios*', 'nervos*', 'pânico', 'desesperad*', 'me ajudem', 'ajudem-me', 'urgente'],
    // A problem, not a feeling: counts toward a negative sentiment, never toward an upset emotion.
    problem: ['não funciona', 'não consigo', 'não dá', 'travad*', 'infelizmente'],
    // A plain how-to or which/what question is a request, not confusion: only words of not understanding.
    confusion: ['confus*', 'não entendo', 'não entendi', 'não percebo', 'não percebi', 'não está claro', 'não tenho certeza', 'não faço ideia'],
    positive: ['obrigad*', 'ótimo', 'ótima', 'content*', 'satisfeit*', 'feliz', 'perfeito', 'excelente', 'maravilh*', 'bom', 'boa', 'agradeço', 'agradecid*', 'já funciona', 'resolvido'],
  },
  negators: ['não', 'nunca', 'jamais', 'nem', 'nenhum', 'nenhuma', 'nada', 'já não'],
  intensifiers: ['muito', 'realmente', 'totalmente', 'completamente', 'absolutamente', 'extremamente', 'tão', 'super', 'demais', 'bastante'],
  urgent: ['urgente*', 'o mais rápido possível', 'o quanto antes', 'imediatamente', 'hoje mesmo', 'emergência'],
  complaint: ['reclamação', 'reclamar', 'queixa', 'indenização', 'indemnização', 'inaceitável'],
};
