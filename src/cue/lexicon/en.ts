import type { LanguageLexicon } from './types';

export const en: LanguageLexicon = {
  triggers: {
    'repeated-contact': ['any news', 'any update', 'third time', 'second time', 'fourth time', 'fifth time', 'once again', 'yet again', 'again and again', 'already contacted', 'already called', 'already emailed', 'already wrote', 'already told', 'keep having to', 'how many times', 'several times', 'multiple times', 'many times', 'third email', 'third contact', 'asked _ before', 'nobody got back', 'no one got back', 'still no reply', 'still no answer', 'still no response', 'contacted you _ times', 'called _ times'],
    'long-wait': ['waiting for weeks', 'waiting for days', 'waiting for months', 'for weeks', 'for days now', 'for months', 'waited _ hours', 'waited _ days', 'waited _ weeks', 'still waiting', 'been waiting', 'on hold for', 'taking forever', 'weeks ago', 'months ago', 'so long'],
    deadline: ['by tomorrow', 'by friday', 'by monday', 'by the end of', 'before the weekend', 'deadline', 'by tonight', 'asap', 'as soon as possible', 'in two days', 'in 2 days', 'my flight', 'before my', 'due date', 'expires'],
    'churn-threat': ['cancel my subscription', 'cancel my account', 'cancel my contract', 'close my account', 'switch to another', 'switching to', 'go elsewhere', 'take my business', 'another provider', 'another company', 'never order again', 'never buy', 'leave your service', 'unsubscribe', 'terminate my contract', 'cancelling', 'canceling'],
    'legal-threat': ['lawyer', 'attorney', 'solicitor', 'legal action', 'sue', 'sue you', 'court', 'small claims', 'ombudsman', 'consumer protection', 'trading standards', 'gdpr', 'data protection', 'report you', 'chargeback', 'discriminat*', 'fraud'],
    vulnerability: ['in hospital', 'in the hospital', 'hospitali*', 'cancer', 'chemo*', 'passed away', 'died', 'funeral', 'bereave*', 'my late', 'disabled', 'disability', 'wheelchair', 'blind', 'pregnant', 'lost my job', 'unemployed', 'can\'t afford', 'cannot afford', 'elderly', 'seriously ill', 'terminal*', 'mental health', 'depress*', 'carer', 'surgery'],
    'escalation-request': ['speak to a manager', 'talk to a manager', 'speak to your manager', 'speak to a supervisor', 'your supervisor', 'to a manager', 'your manager', 'the manager', 'escalate this', 'escalate it', 'escalated', 'someone in charge', 'a real person', 'a human', 'higher up'],
    vip: ['enterprise customer', 'enterprise plan', 'premium customer', 'premium member', 'gold member', 'platinum', 'loyal customer', 'customer for _ years', 'key account'],
  },
  emotions: {
    anger: ['furious', 'outrage*', 'angry', 'livid', 'unacceptable', 'disgrace*', 'ridiculous', 'scam', 'rip-off', 'rip off', 'incompeten*', 'pathetic', 'shameful', 'how dare', 'fed up', 'sick of', 'the worst', 'useless', 'a joke', 'appalling', 'disgusting', 'insult*', 'liars', 'lied', 'hate', 'sucks', 'terrible', 'awful', 'horrible', 'worst', 'stupid', 'damn'],
    frustration: ['frustrat*', 'annoy*', 'still not', 'still doesn\'t', 'still does not', 'still broken', 'nothing works', 'waste of time', 'wasted', 'again', 'hassle', 'tired of', 'irritat*'],
    disappointment: ['disappoint*', 'let down', 'expected better', 'expected more', 'sad', 'a shame', 'a pity', 'poor service', 'poor quality', 'not what i', 'regret', 'unhappy', 'dissatisfied', 'sorry to', 'miss', 'sadly', 'upset'],
    anxiety: ['worried', 'worry', 'anxious', 'nervous', 'scared', 'afraid', 'concerned', 'panic*', 'stressed', 'stressful', 'desperate', 'what if', 'please help', 'help me'],
    // A problem, not a feeling: counts toward a negative sentiment, never toward an upset emotion.
    problem: ['doesn\'t work', 'does not work', 'not working', 'stuck', 'broken', 'failed', 'bad', 'unfortunately', 'still fail*', 'still stops', 'keeps failing', 'keeps crashing'],
    // A plain how-to or which/what question is a request, not confusion: only words of not understanding.
    confusion: ['confus*', 'don\'t understand', 'do not understand', 'doesn\'t make sense', 'unclear', 'not sure', 'i don\'t get', 'no idea'],
    positive: ['thank*', 'great', 'happy', 'satisfied', 'pleased', 'glad', 'love', 'excellent', 'perfect', 'awesome', 'helpful', 'appreciate*', 'wonderful', 'good', 'works now', 'resolved', 'best', 'amazing', 'fantastic', 'nice', 'beautiful', 'fun', 'enjoy*', 'excited', 'congrat*', 'cool', 'lovely'],
  },
  negators: ['not', 'no', 'never', 'hardly', 'isn\'t', 'wasn\'t', 'aren\'t', 'don\'t', 'doesn\'t', 'didn\'t', 'no longer', 'far from', 'not at all'],
  intensifiers: ['very', 'really', 'extremely', 'so', 'totally', 'completely', 'absolutely', 'incredibly', 'utterly', 'super', 'beyond'],
  urgent: ['urgent*', 'asap', 'as soon as possible', 'immediately', 'right now', 'emergency', 'today'],
  complaint: ['complain*', 'formal complaint', 'unacceptable', 'compensation'],
};
