import type { Messages } from './catalog';

/** German messages (Deutsch), complete. */
export const de: Messages = {
  'payment_method_required.title': 'Zahlungsmethode hinzufügen',
  'payment_method_required.description':
    'Für dein Konto ist noch keine Karte oder andere Zahlungsmethode hinterlegt. Füge eine hinzu, um fortzufahren.',
  'payment_method_invalid.title': 'Zahlungsdaten prüfen',
  'payment_method_invalid.description': 'Die hinterlegte Zahlungsmethode kann gerade nicht belastet werden.',
  'payment_failed.title': 'Die Zahlung ist fehlgeschlagen',
  'payment_failed.description': 'Die Zahlung konnte nicht abgeschlossen werden.',
  'subscription_inactive.title': 'Dein Abo ist nicht aktiv',
  'subscription_inactive.description': 'Die Laufzeit ist vorbei oder eine Zahlung ist überfällig. Verlängere das Abo, um fortzufahren.',
  'unknown.title': 'Die Anfrage konnte nicht verarbeitet werden',
  'unknown.description':
    'Das muss geklärt werden, bevor es weitergehen kann. Versuche es noch einmal oder wende dich an den Support, wenn es wieder passiert.',

  'decline.insufficient_funds':
    'Deine Karte ist nicht ausreichend gedeckt. Lade Guthaben auf oder nutze eine andere Zahlungsmethode und versuche es dann erneut.',
  'decline.expired_card': 'Deine Karte ist abgelaufen. Aktualisiere das Ablaufdatum oder nutze eine andere Karte.',
  'decline.incorrect_details':
    'Einige Kartendaten scheinen falsch zu sein: Nummer, Ablaufdatum oder Prüfnummer. Korrigiere sie, um fortzufahren.',
  'decline.authentication_required':
    'Deine Bank möchte, dass du diese Zahlung bestätigst. Aktualisiere deine Zahlungsmethode, um die Prüfung abzuschließen.',
  'decline.try_again': 'Bei deiner Bank gab es ein vorübergehendes Problem mit deiner Karte. Versuche die Zahlung gleich noch einmal.',
  'decline.not_supported': 'Deine Karte unterstützt diese Zahlung nicht. Nutze eine andere Zahlungsmethode.',
  'decline.limit': 'Deine Karte hat ihr Limit erreicht. Wende dich an deine Bank oder nutze eine andere Zahlungsmethode.',
  'decline.generic': 'Deine Karte wurde von deiner Bank abgelehnt. Wende dich an deine Bank oder nutze eine andere Zahlungsmethode.',

  'price.day': '{price}/Tag',
  'price.week': '{price}/Woche',
  'price.month': '{price}/Monat',
  'price.year': '{price}/Jahr',
  'price.once': '{price} einmalig',

  'action.addPayment': 'Zahlungsmethode hinzufügen',
  'action.updatePayment': 'Zahlungsmethode aktualisieren',
  'action.renew': 'Abo verlängern',
  'action.retryPayment': 'Zahlung erneut versuchen',
  'action.changeMethod': 'Andere Zahlungsmethode nutzen',
  'action.contactSupport': 'Support kontaktieren',
  'action.tryAgain': 'Erneut versuchen',
  'action.notNow': 'Nicht jetzt',
  'action.close': 'Schließen',
  'action.upgrade': 'Auf {plan} upgraden',
  'action.upgradeShortcut': 'Tarif upgraden',
  'action.pay': '{amount} bezahlen',
  'status.pending': 'Einen Moment …',
  'status.error': 'Das hat nicht geklappt. Es ist nichts verloren gegangen – bitte versuche es erneut.',
  blocked: {
    one: 'Was du gerade getan hast, wird automatisch abgeschlossen, sobald das behoben ist.',
    other: 'Die {count} Vorgänge, die du gestartet hast, werden automatisch abgeschlossen, sobald das behoben ist.',
  },

  'card.label': 'Hinterlegte Zahlungsmethode',
  'card.endingIn': 'endet auf {last4}',
  'card.expires': 'Gültig bis {date}',
  'card.expired': 'Abgelaufen {date}',

  'upgrade.title': 'Upgrade erforderlich',
  'upgrade.description': 'Dein aktueller Tarif enthält das nicht.',
  'upgrade.descriptionPlan': 'Das ist im Tarif {plan} enthalten.',
  'upgrade.descriptionFeature': '{feature} ist im Tarif {plan} enthalten.',
  'upgrade.plans': 'Tarife',
  'upgrade.current': 'Aktueller Tarif',
  'upgrade.required': 'Dafür nötig',
  'upgrade.unlocks': 'Enthält {feature}',
  'upgrade.free': 'Kostenlos',

  'quota.title': 'Du hast dein Limit erreicht',
  'quota.description': 'Du hast alles aufgebraucht, was dein Tarif vorerst enthält.',
  'quota.meterLabel': 'Verbrauch',
  'quota.usage': '{used} von {limit} verbraucht',
  'quota.usageUnit': '{used} von {limit} {unit} verbraucht',
  'quota.resetsIn': 'Wird zurückgesetzt in {duration}',
  'quota.ready': 'Dein Limit wurde zurückgesetzt. Du kannst weitermachen.',
  'quota.unknownReset': 'Bitte versuche es später erneut.',

  'micropayment.title': 'Bezahlen, um fortzufahren',
  'micropayment.description': 'Es wird erst bezahlt, wenn du bestätigst.',
  'micropayment.amount': 'Betrag',
  'micropayment.network': 'Netzwerk',
  'micropayment.payTo': 'Empfänger',
  'micropayment.resource': 'Für',
  'micropayment.baseUnits': '{amount} Basiseinheiten von {asset}',
  'micropayment.paid': 'Bereits bezahlt',
  'micropayment.continue': 'Mit dieser Zahlung fortfahren',
};
