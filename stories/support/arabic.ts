import type { MessageOverrides } from '../../src/index';

/**
 * Arabic text for the keys the right-to-left stories show, passed through `messages`: how an
 * app adds a language the library does not ship.
 */
export const arabicMessages: MessageOverrides = {
  'payment_failed.title': 'لم تتم عملية الدفع',
  'payment_failed.description': 'تعذّر علينا إتمام الدفع. يمكنك إعادة المحاولة أو استخدام وسيلة دفع أخرى.',
  'decline.insufficient_funds': 'لا يوجد رصيد كافٍ في البطاقة. أضف رصيدًا أو استخدم وسيلة دفع أخرى، ثم أعد المحاولة.',
  'action.updatePayment': 'تحديث وسيلة الدفع',
  'action.retryPayment': 'إعادة محاولة الدفع',
  'action.changeMethod': 'استخدام وسيلة دفع أخرى',
  'action.contactSupport': 'التواصل مع الدعم',
  'action.notNow': 'ليس الآن',
  'action.upgrade': 'الترقية إلى {plan}',
  'action.upgradeShortcut': 'ترقية خطتك',
  'action.tryAgain': 'حاول مرة أخرى',
  'card.label': 'وسيلة الدفع المسجّلة',
  'card.endingIn': 'تنتهي بالأرقام {last4}',
  'card.expires': 'تنتهي صلاحيتها في {date}',
  'card.expired': 'انتهت صلاحيتها في {date}',
  'status.pending': 'جارٍ التنفيذ…',
  'status.error': 'لم ينجح ذلك. لم يُفقد أي شيء، يُرجى المحاولة مرة أخرى.',
  blocked: {
    one: 'سيكتمل ما كنت تقوم به تلقائيًا بعد حل هذه المشكلة.',
    other: 'ستكتمل العمليات التي كنت تقوم بها ({count}) تلقائيًا بعد حل هذه المشكلة.',
  },
  'quota.title': 'لقد بلغت الحد المسموح',
  'quota.description': 'لقد استخدمت كل ما تتضمنه خطتك حاليًا.',
  'quota.usage': 'تم استخدام {used} من {limit}',
  'quota.usageUnit': 'تم استخدام {used} من {limit} {unit}',
  'quota.resetsIn': 'يُعاد التعيين بعد {duration}',
  'quota.ready': 'تمت إعادة تعيين الحد. يمكنك المتابعة.',
  'quota.unknownReset': 'يُرجى المحاولة لاحقًا.',
};
