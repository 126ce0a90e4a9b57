import type { LanguageLexicon } from './types';

export const es: LanguageLexicon = {
  triggers: {
    'repeated-contact': ['otra vez', 'de nuevo', 'una vez más', 'tercera vez', 'segunda vez', 'por tercera vez', 'varias veces', 'muchas veces', 'ya he contactado', 'ya les escribí', 'ya he escrito', 'ya llamé', 'ya he llamado', 'cuántas veces', 'sigo sin respuesta', 'sin respuesta', 'nadie responde', 'nadie contesta'],
    'long-wait': ['desde hace semanas', 'desde hace días', 'desde hace meses', 'hace semanas', 'hace _ semanas', 'hace _ días', 'llevo esperando', 'sigo esperando', 'todavía espero', 'esperé _ días', 'una eternidad', 'demasiado tiempo'],
    deadline: ['antes de mañana', 'para mañana', 'para el viernes', 'antes del fin', 'fecha límite', 'plazo', 'lo antes posible', 'cuanto antes', 'inmediatamente', 'ahora mismo', 'mi vuelo', 'vence'],
    'churn-threat': ['cancelar mi suscripción', 'darme de baja', 'dar de baja', 'cerrar mi cuenta', 'cancelar mi cuenta', 'cambiar de proveedor', 'me voy a la competencia', 'la competencia', 'otra compañía', 'otra empresa', 'nunca más', 'no vuelvo a comprar'],
    'legal-threat': ['abogado', 'acciones legales', 'medidas legales', 'demandar*', 'una demanda', 'tribunal', 'juzgado', 'denunciar*', 'poner una denuncia', 'denuncia', 'defensa del consumidor', 'protección de datos', 'rgpd', 'estafa', 'fraude', 'discrimin*'],
    vulnerability: ['en el hospital', 'hospitalizad*', 'cáncer', 'quimio*', 'falleci*', 'murió', 'funeral', 'entierro', 'luto', 'discapacidad', 'silla de ruedas', 'embarazada', 'desemplead*', 'sin trabajo', 'perdí mi trabajo', 'no puedo pagar', 'gravemente enferm*', 'depresión', 'operad*'],
    'escalation-request': ['un responsable', 'su supervisor', 'un supervisor', 'un gerente', 'el gerente', 'hablar con un encargado', 'escalar', 'una persona real', 'un humano'],
    vip: ['cliente premium', 'cliente empresa', 'cliente corporativo', 'cliente fiel', 'cliente desde hace _ años', 'cuenta clave'],
  },
  emotions: {
    anger: ['furios*', 'enfadad*', 'enojad*', 'indignad*', 'inaceptable', 'vergüenza', 'vergonzoso', 'ridículo', 'estafa', 'ladrones', 'incompeten*', 'pésim*', 'lamentable', 'una burla', 'harto', 'harta', 'indignante', 'el colmo'],
    frustration: ['frustra*', 'molest*', 'irrita*', 'otra vez', 'sigue sin', 'todavía no', 'no funciona', 'no sirve', 'no va', 'pérdida de tiempo', 'atascad*', 'cansad* de'],
    disappointment: ['decepcion*', 'defraudad*', 'lástima', 'pena', 'lamentablemente', 'desafortunadamente', 'triste', 'esperaba más', 'insatisfech*', 'descontent*', 'mal servicio', 'mala calidad'],
    anxiety: ['preocupad*', 'me preocupa', 'miedo', 'asustad*', 'nervios*', 'ansios*', 'angustia*', 'pánico', 'desesperad*', 'ayúdenme', 'ayuda por favor', 'estrés'],
    // A plain how-to or which/what question is a request, not confusion: only words of not understanding.
    confusion: ['confundid*', 'confus*', 'no entiendo', 'no lo entiendo', 'no está claro', 'no estoy segur*', 'ni idea'],
    positive: ['gracias', 'genial', 'content*', 'satisfech*', 'encantad*', 'perfecto', 'excelente', 'estupendo', 'bien', 'maravillos*', 'útil', 'agradecid*', 'ya funciona', 'resuelto'],
  },
  negators: ['no', 'nunca', 'jamás', 'nada', 'ni', 'ya no', 'tampoco', 'para nada'],
  intensifiers: ['muy', 'realmente', 'totalmente', 'completamente', 'absolutamente', 'extremadamente', 'tan', 'súper', 'demasiado', 'increíblemente'],
  urgent: ['urgente*', 'lo antes posible', 'cuanto antes', 'inmediatamente', 'hoy mismo', 'emergencia'],
  complaint: ['queja', 'quejarme', 'reclamación', 'reclamo', 'hoja de reclamaciones', 'indemnización', 'compensación', 'inaceptable'],
};
