import type { PaymentRequiredReason } from '../types';

/**
 * The classifier's rules for servers that answer in another language than English: Spanish,
 * Portuguese, French, German, Italian, Romanian and Vietnamese (matched without diacritics, as
 * `words()` leaves them), Russian, Arabic, Chinese, Japanese and Korean. Each states the same facts as the English rules in
 * classify.ts, in the common wording of billing and API error messages: no payment method, a
 * broken card, a refused payment, a lapsed subscription, a plan gate, a spent balance or quota.
 *
 * Kana, CJK and Hangul have no word boundaries for `\b`, so those alternatives match anywhere.
 * A bare "insufficient funds" stays a refused payment, as in English; "insufficient balance" is a
 * spent prepaid balance.
 */
export const OTHER_LANGUAGE_RULES: readonly [PaymentRequiredReason, RegExp][] = [
  [
    'payment_method_required',
    /\b(?:agrega|anade|adicione|cadastre|ajoutez|aggiungi|hinterlegen|sin|sem|aucun|keine) (?:\w+ ){0,2}(?:(?:metodo|meio|forma|moyen)s? de (?:pago|pagamento|paiement)|metodo di pagamento|zahlungs(?:methode|art|mittel))\b|добавьте (?:\S+ )?(?:способ оплаты|карту)|(?:添加|绑定|綁定|设置|未绑定|没有)\S{0,3}(?:支付|付款)方式|(?:支払い|決済)(?:方法|手段)を?登録|결제 ?수단/,
  ],
  [
    'payment_method_invalid',
    /\b(?:tarjeta|cartao|carte|carta|karte|kreditkarte) (?:\w+ ){0,3}(?:vencid[ao]|expirad[ao]|caducada|invalid[ao]|expiree|invalide|scaduta|abgelaufen|ungultig)\b|(?:卡|银行卡|信用卡)已?(?:过期|失效|无效)|カードの?有効期限|카드 ?(?:가 )?만료/,
  ],
  [
    'payment_failed',
    /\b(?:pago|cobro|pagamento|paiement|zahlung|transacao|transaccion|plata)s? (?:\w+ ){0,3}(?:fallid[oa]|fallo|denegad[oa]|falhou|negad[oa]|refuse|echoue|fallito|rifiutato|fehlgeschlagen|nao autorizad[oa]|no autorizad[oa]|rechazad[oa]|invalide|esuata?)e?\b|\bthanh toan (?:\w+ )?(?:that bai|khong thanh cong)\b|\bcarte (?:\w+ ){0,2}refusee\b|(?:支付|付款|扣款|交易)(?:失败|失敗|被拒)|(?:決済|支払い)に?失敗|결제 ?(?:에 |가 )?(?:실패|거절)/,
  ],
  [
    'subscription_inactive',
    /\b(?:renueva|renove|renouvelez|rinnova|erneuern sie) (?:\w+ )?(?:suscripcion|plan|plano|assinatura|abonnement|abbonamento|piano|abo)\b|\b(?:suscripcion|membresia|licencia|assinatura|licenca|abonnement|abbonamento|abo|lizenz) (?:\w+ ){0,3}(?:no activ[oa]|nao ativ[oa]|non actif|non attivo|nicht aktiv|vencid[oa]|expirad[oa]|caducad[oa]|cancelad[oa]|inactiv[oa]|inativ[oa]|expire|inactif|resilie|suspendu|scaduto|sospeso|abgelaufen|gekundigt|inaktiv|beendet)e?\b|\bimpaye|подписк\S* (?:\S+ ){0,2}(?:истекл|закончил|неактивн)|задолженност|欠费|欠費|(?:订阅|訂閱|套餐|会员|會員|服务)已?(?:过期|過期|到期|失效|停用)|续费|(?:サブスクリプション|契約|プラン)の?(?:有効期限|期限切れ|停止|終了)|未払い|구독 ?(?:이 )?(?:만료|취소|중지)|미납|연체/,
  ],
  [
    'upgrade_required',
    /(?:프리미엄|유료|구독) ?(?:구독|플랜|요금제)?이? 필요|\b(?:requiere|requer|necessite|requiert|erfordert|richiede) (?:\w+ )?(?:plan|plano|suscripcion|assinatura|abonnement|offre|forfait|tarif|abo|piano)\b|\b(?:plan|plano|offre|forfait) (?:superior|pago|superieur|payant)\b|\b(?:hoheren|grosseren) (?:plan|tarif|paket)\b|(?:перейдите на|требуется) (?:\S+ )?(?:тариф|план|подписк)|升级|升級|(?:仅限|需要)\S{0,4}(?:会员|付费|专业版|企业版)|アップグレード|有料プラン|업그레이드|유료 ?(?:플랜|요금제)/,
  ],
  [
    'quota_exceeded',
    /\b(?:saldo|solde|guthaben|creditos?|credits?|credito|crediti) (?:\w+ ){0,2}(?:insuficientes?|insuffisants?|insufficient[ei]|esgotad[oa]s?|agotad[oa]s?|epuises?|esauriti|esaurito|aufgebraucht)\b|\b(?:sin|sem|plus de|nicht genugend) (?:\w+ )?(?:creditos|credits?|guthaben)\b|\b(?:cuota|cota|limite|plafond|quota|kontingent) (?:\w+ ){0,3}(?:excedid[oa]|alcanzad[oa]|superad[oa]|atingid[oa]|ultrapassad[oa]|depasse|atteinte?|superat[oa]|raggiunt[oa]|erreicht|uberschritten)e?\b|\b(?:recarga|recargue|recarregue|rechargez|aufladen)\b|(?:недостаточно|не хватает) (?:средств|денег) на (?:\S+ )?(?:сч|бал)|(?:баланс|лимит|квот)\S* (?:\S+ ){0,2}(?:недостаточ|исчерпан|превышен)|пополните|(?:余额|餘額|额度|額度|配额|积分|点数|次数|资源包|tokens? ?)(?:不足|已?用完|耗尽)|(?:超出|达到)\S{0,4}(?:限额|额度|配额|上限)|充值|残高不足|الرصيد غير كاف|رصيد(?:ك)? (?:غير كاف|منتهي)|クレジットが?不足|上限に達|(?:크레딧|잔액|포인트|토큰) ?(?:이 |가 )?(?:부족|소진)|한도 ?(?:를 |가 )?초과|충전/,
  ],
];
