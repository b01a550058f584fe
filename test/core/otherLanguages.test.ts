import { describe, expect, it } from 'vitest';
import { parsePaymentRequired } from '../../src/core/parse/parsePaymentRequired';
import { words } from '../../src/core/text';
import type { PaymentRequiredReason } from '../../src/core/types';

const reasonOf = (body: unknown, status = 402) => parsePaymentRequired({ status, body }, { statuses: [402, status] })?.reason ?? null;

describe('billing messages in other languages', () => {
  const cases: [string, string, PaymentRequiredReason][] = [
    ['es', 'Saldo insuficiente. Recarga tu cuenta para continuar.', 'quota_exceeded'],
    ['es', 'Agrega un método de pago para seguir usando la API.', 'payment_method_required'],
    ['es', 'Tu tarjeta está vencida.', 'payment_method_invalid'],
    ['es', 'El pago fue denegado por el banco emisor.', 'payment_failed'],
    ['es', 'Tu suscripción ha expirado.', 'subscription_inactive'],
    ['pt', 'Créditos insuficientes para esta operação.', 'quota_exceeded'],
    ['pt', 'Cartão expirado. Atualize os dados do cartão.', 'payment_method_invalid'],
    ['pt', 'Sua assinatura está vencida.', 'subscription_inactive'],
    ['fr', 'Solde insuffisant, veuillez recharger votre compte.', 'quota_exceeded'],
    ['fr', 'Votre abonnement a expiré.', 'subscription_inactive'],
    ['fr', 'Le paiement a été refusé.', 'payment_failed'],
    ['de', 'Ihr Guthaben ist aufgebraucht.', 'quota_exceeded'],
    ['de', 'Bitte hinterlegen Sie eine Zahlungsmethode.', 'payment_method_required'],
    ['de', 'Ihre Kreditkarte ist abgelaufen.', 'payment_method_invalid'],
    ['it', 'Credito esaurito: ricarica il tuo account.', 'quota_exceeded'],
    ['ru', 'Недостаточно средств на балансе. Пополните счёт.', 'quota_exceeded'],
    ['ru', 'Подписка истекла.', 'subscription_inactive'],
    ['zh', '账户余额不足，请充值后重试。', 'quota_exceeded'],
    ['zh', '您的套餐已过期，请续费后使用。', 'subscription_inactive'],
    ['zh', '请先绑定支付方式。', 'payment_method_required'],
    ['zh', '该功能需要升级到专业版。', 'upgrade_required'],
    ['zh', '支付失败，请稍后再试。', 'payment_failed'],
    ['ja', 'クレジットが不足しています。', 'quota_exceeded'],
    ['ja', 'お支払い方法を登録してください。', 'payment_method_required'],
    ['ja', 'この機能を使うにはアップグレードが必要です。', 'upgrade_required'],
    ['ko', '크레딧이 부족합니다. 충전 후 다시 시도하세요.', 'quota_exceeded'],
    ['ko', '결제에 실패했습니다.', 'payment_failed'],
    ['ko', '구독이 만료되었습니다.', 'subscription_inactive'],
  ];
  it.each(cases)('%s: %s', (_language, message, reason) => {
    expect(reasonOf({ error: { message } })).toBe(reason);
  });

  it('a code in English still comes before the prose, whatever its language', () => {
    expect(reasonOf({ code: 'card_expired', message: '支付失败' })).toBe('payment_method_invalid');
  });

  it('text in a language without billing words stays unknown, and on another status is no incident', () => {
    expect(reasonOf({ message: 'Произошла ошибка. Попробуйте позже.' })).toBe('unknown');
    expect(reasonOf({ message: '服务暂时不可用' }, 403)).toBeNull();
  });

  it('an opted-in status answers in another language only when it names billing', () => {
    expect(reasonOf({ error: { type: 'rate_limit_error', message: '余额不足或无可用资源包，请充值。' } }, 429)).toBe('quota_exceeded');
    expect(reasonOf({ error: { type: 'rate_limit_error', message: '请求过于频繁，请稍后再试。' } }, 429)).toBeNull();
  });

  it('matching ignores Latin diacritics and keeps other scripts', () => {
    expect(words('Crédito ÉPUISÉ')).toBe(' credito epuise ');
    expect(words('余额不足，请充值')).toBe(' 余额不足 请充值 ');
    expect(words('Недостаточно средств')).toBe(' недостаточно средств ');
  });
});
