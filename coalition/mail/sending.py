"""Whether this laptop sends mail on its own, and the weekly digest: the two switches of
the mail account beside its servers (:func:`coalition.mail.account.save_account`)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from coalition.common.errors import NotFoundError
from coalition.common.i18n import QT_TRANSLATE_NOOP
from coalition.store.changes import writes
from coalition.store.models.mail import MailAccount


@writes(QT_TRANSLATE_NOOP("Changes", "Change how mail is sent"))
def set_sending(session: Session, *, automatic: bool, send_digest: bool) -> MailAccount:
    """Send on its own (invitations, agendas and minutes as they fall due) or only by
    hand; and send each person a weekly digest of their open action items, or not."""
    row = session.get(MailAccount, "default")
    if row is None or not row.smtp_host:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Mail", "mail is not set up yet: give the account first")
        )
    row.automatic = bool(automatic)
    row.send_digest = bool(send_digest)
    return row
