"""Replies read from a real IMAP mailbox (pymap on loopback, tests/imap_server.py): the
answers Outlook, Thunderbird and Gmail send, delivered with IMAP APPEND beside ordinary
mail, read once, and a mailbox that cannot be reached said in a sentence."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from coalition.mail import replies
from coalition.mail.errors import MailError
from coalition.store.models import IncomingMail, MailAccount, Partstat, Rsvp
from imap_server import ImapServer, free_port
from mail import samples
from mail.conftest import NEXT_WEEK, Coalition

UTC = dt.UTC
STAMP = dt.datetime(2026, 12, 2, 9, 0, tzinfo=UTC)
SLOT = dt.datetime(2026, 12, 8, 17, 30)

NEWSLETTER = (
    b"From: Ballot News <news@ballot.example.com>\r\nTo: dana.reyes@example.org\r\n"
    b"Subject: This week in ballot access\r\nMessage-ID: <n1@ballot.example.com>\r\n"
    b"Date: Wed, 02 Dec 2026 08:00:00 +0000\r\n\r\nFive states changed their rules.\r\n"
)


def answer(c: Coalition, address: str, name: str, partstat: str, **fields: object) -> samples.Reply:
    return samples.Reply(
        uid=c.series.uid,
        attendee=address,
        name=name,
        partstat=partstat,
        organizer=fields.pop("organizer", "dana.reyes@example.org"),  # type: ignore[arg-type]
        stamp=fields.pop("stamp", STAMP),  # type: ignore[arg-type]
        **fields,  # type: ignore[arg-type]
    )


def week_answers(session: Session, c: Coalition, day: dt.date) -> dict[str, Partstat]:
    return {r.name: r.partstat for r in replies.answers(session, series_id=c.series.id, day=day)}


def test_replies_from_three_clients_are_read_from_the_mailbox(
    session: Session,
    coalition: Coalition,
    imap: ImapServer,
    mail_account: Callable[..., MailAccount],
) -> None:
    mail_account(imap.host, imap.port)
    c = coalition
    imap.deliver(
        NEWSLETTER,
        # Outlook: Sam accepts the series, with a word.
        samples.outlook(
            answer(c, "Sam.Okafor@example.org", "Sam Okafor", "ACCEPTED", comment="Count me in")
        ),
        # Thunderbird, no ORGANIZER: Ana, for Yes California, is not sure about the 8th.
        samples.thunderbird(
            answer(
                c,
                "ana.ruiz@yescalifornia.example.org",
                "Ana Ruiz",
                "TENTATIVE",
                week=SLOT,
                organizer=None,
            )
        ),
        # Gmail: Lee accepts every call, then declines the 8th alone.
        samples.gmail(answer(c, "lee.park@example.org", "Lee Park", "ACCEPTED")),
        samples.gmail(
            answer(
                c,
                "lee.park@example.org",
                "Lee Park",
                "DECLINED",
                week=SLOT,
                stamp=STAMP + dt.timedelta(hours=1),
            )
        ),
        # Outlook's "Propose new time" from Sam for the 8th.
        samples.outlook(
            answer(c, "sam.okafor@example.org", "Sam Okafor", "TENTATIVE", week=SLOT),
            counter=(
                dt.datetime(2026, 12, 9, 2, 0, tzinfo=UTC),
                dt.datetime(2026, 12, 9, 3, 0, tzinfo=UTC),
            ),
        ),
        # Someone the directory does not know.
        samples.gmail(answer(c, "pat@newcomer.example.net", "Pat Newcomer", "ACCEPTED")),
        # A reply with a broken calendar.
        samples.thunderbird(answer(c, "lee.park@example.org", "Lee Park", "ACCEPTED")).replace(
            b"Content-Transfer-Encoding: base64\r\n\r\n",
            b"Content-Transfer-Encoding: base64\r\n\r\n!!",
        ),
    )
    seen: list[tuple[int, int]] = []
    results = replies.read_mailbox(
        session, imap.password, progress=lambda done, total: seen.append((done, total))
    )
    assert seen[0] == (0, 8) and seen[-1] == (8, 8)
    # The newsletter is no answer: passed over, not listed.
    assert [r.outcome for r in results] == [
        "applied",
        "applied",
        "applied",
        "applied",
        "counter",
        "unknown sender",
        "ignored",
    ]
    assert week_answers(session, c, NEXT_WEEK) == {
        "Ana Ruiz": Partstat.TENTATIVE,
        "Lee Park": Partstat.DECLINED,
        "Sam Okafor": Partstat.ACCEPTED,
    }
    assert week_answers(session, c, NEXT_WEEK + dt.timedelta(days=7)) == {
        "Ana Ruiz": Partstat.NEEDS_ACTION,
        "Lee Park": Partstat.ACCEPTED,
        "Sam Okafor": Partstat.ACCEPTED,
    }
    sam = next(
        r
        for r in replies.answers(session, series_id=c.series.id, day=NEXT_WEEK)
        if r.name == "Sam Okafor"
    )
    assert sam.comment == "Count me in"
    assert sam.counter == ""  # the counter is about the 8th: on that week's own answer
    listed = {(m.sender, m.outcome) for m in replies.unmatched(session)}
    assert ("pat@newcomer.example.net", "unknown sender") in listed
    assert ("sam.okafor@example.org", "counter") in listed
    assert ("lee.park@example.org", "ignored") in listed
    # The messages stay unread in the organizer's own mail client.
    with imap.client() as client:
        client.select("INBOX", readonly=True)
        assert client.search(None, "UNSEEN")[1][0].split().__len__() == 8


def test_reading_twice_changes_nothing_and_reads_only_what_is_new(
    session: Session,
    coalition: Coalition,
    imap: ImapServer,
    mail_account: Callable[..., MailAccount],
) -> None:
    mail_account(imap.host, imap.port)
    c = coalition
    imap.deliver(samples.outlook(answer(c, "sam.okafor@example.org", "Sam Okafor", "ACCEPTED")))
    assert [r.outcome for r in replies.read_mailbox(session, imap.password)] == ["applied"]
    session.expire_all()
    before = [(r.id, r.partstat, r.answered_at) for r in session.scalars(select(Rsvp))]
    assert replies.read_mailbox(session, imap.password) == []
    session.expire_all()
    assert [(r.id, r.partstat, r.answered_at) for r in session.scalars(select(Rsvp))] == before
    # A new answer arrives: only it is read.
    imap.deliver(samples.gmail(answer(c, "lee.park@example.org", "Lee Park", "DECLINED")))
    [new] = replies.read_mailbox(session, imap.password)
    assert new.outcome == "applied" and new.sender == "lee.park@example.org"
    assert len(session.scalars(select(IncomingMail)).all()) == 2


def test_a_mailbox_rebuilt_by_its_server_counts_no_answer_twice(
    session: Session,
    coalition: Coalition,
    imap: ImapServer,
    mail_account: Callable[..., MailAccount],
) -> None:
    """A new server (a new UIDVALIDITY) holding the same message: read again, by its
    Message-ID it is known."""
    mail_account(imap.host, imap.port)
    raw = samples.outlook(answer(coalition, "sam.okafor@example.org", "Sam Okafor", "ACCEPTED"))
    imap.deliver(raw)
    assert [r.outcome for r in replies.read_mailbox(session, imap.password)] == ["applied"]
    imap.kill()
    imap.start()  # the in-memory mailbox starts empty, with a new UIDVALIDITY
    imap.deliver(raw)
    assert [r.outcome for r in replies.read_mailbox(session, imap.password)] == ["already read"]
    assert len(session.scalars(select(Rsvp)).all()) == 1


def test_a_mailbox_that_cannot_be_reached_is_said_in_a_sentence(
    session: Session,
    coalition: Coalition,
    imap: ImapServer,
    mail_account: Callable[..., MailAccount],
) -> None:
    mail_account(imap.host, imap.port)
    with pytest.raises(MailError, match="refused the login: check the user name and password"):
        replies.read_mailbox(session, "not the password")
    imap.kill()
    with pytest.raises(MailError) as gone:
        replies.read_mailbox(session, imap.password)
    assert str(gone.value) == (
        f"the mail server at 127.0.0.1:{imap.port} refused the connection (is it running?)"
    )
    # STARTTLS asked of a server that offers none.
    imap.start()
    mail_account(imap.host, imap.port, "starttls")
    with pytest.raises(MailError, match=f"127.0.0.1:{imap.port}"):
        replies.read_mailbox(session, imap.password)


def test_no_password_crosses_a_network_unencrypted(
    session: Session, mail_account: Callable[..., MailAccount]
) -> None:
    mail_account("imap.example.org", 143, "none")
    with pytest.raises(MailError, match="would get the password unencrypted"):
        replies.read_mailbox(session, "secret")


def test_a_mailbox_nobody_set_up_says_so(session: Session) -> None:
    with pytest.raises(MailError, match="give the mail account its IMAP server first"):
        replies.read_mailbox(session, "secret")


def test_a_server_that_never_answers_is_given_up(
    session: Session, mail_account: Callable[..., MailAccount], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A port that takes the connection and says nothing (no IMAP greeting)."""
    import socket

    from coalition.mail import inbox

    monkeypatch.setattr(inbox, "TIMEOUT_S", 0.5)
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", free_port()))
        silent.listen()
        mail_account("127.0.0.1", silent.getsockname()[1])
        with pytest.raises(MailError, match=r"did not answer in 0\.5 seconds"):
            replies.read_mailbox(session, "secret")


def test_starttls_with_a_trusted_certificate_reads_the_replies(
    session: Session,
    coalition: Coalition,
    imap_tls: ImapServer,
    mail_account: Callable[..., MailAccount],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert imap_tls.cert_path is not None
    mail_account(imap_tls.host, imap_tls.port, "starttls")
    imap_tls.deliver(
        samples.thunderbird(answer(coalition, "lee.park@example.org", "Lee Park", "DECLINED"))
    )
    # A certificate nobody vouches for: not a word of the password is sent.
    with pytest.raises(MailError, match="showed a certificate that cannot be trusted"):
        replies.read_mailbox(session, imap_tls.password)
    monkeypatch.setenv("SSL_CERT_FILE", str(imap_tls.cert_path))
    [result] = replies.read_mailbox(session, imap_tls.password)
    assert result.outcome == "applied"
    assert week_answers(session, coalition, NEXT_WEEK)["Lee Park"] == Partstat.DECLINED
    # Implicit TLS (port 993's way) against a server that speaks STARTTLS.
    mail_account(imap_tls.host, imap_tls.port, "tls")
    with pytest.raises(MailError, match=r"the secure connection to the mail server at .* failed"):
        replies.read_mailbox(session, imap_tls.password)


def test_a_password_beyond_ascii_logs_in(
    session: Session,
    coalition: Coalition,
    mail_account: Callable[..., MailAccount],
) -> None:
    server = ImapServer(password="Pässwörd-€-ß")
    try:
        server.start()
        mail_account(server.host, server.port)
        server.deliver(
            samples.gmail(answer(coalition, "sam.okafor@example.org", "Sam Okafor", "ACCEPTED"))
        )
        assert [r.outcome for r in replies.read_mailbox(session, server.password)] == ["applied"]
    finally:
        server.stop()
