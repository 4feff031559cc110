"""Decisions on the command line, through :func:`coalition.cli.main` on a real SQLite
file: a proposal made, voted by delegates, by proxy and by the chair, listed, closed,
and its declaration written; and every refusal the coalition's rules give, each with
its sentence, its exit code, and nothing stored."""

from __future__ import annotations

import datetime as dt
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from coalition.calls import series as calls
from coalition.calls.series import Recurrence, SeriesInput
from coalition.cli import EXIT_USAGE, main
from coalition.common import clock
from coalition.store import open_database
from coalition.store.models import Ballot, CallOccurrence, Draft, DraftStatus, Proposal, Proxy

NOW = dt.datetime(2026, 12, 8, 1, 0, tzinfo=dt.UTC)  # Monday 17:00 in Los Angeles
TITLE = "Endorse the peaceful movement of state borders"
TEXT = (
    "The coalition of Red States and conservative parts of Blue states has decided to "
    "officially endorse the peaceful movement of state borders."
)
CLOSES = ("--closes", "2026-12-15 17:30", "--zone", "America/Los_Angeles")
PEOPLE = {
    "chair": ("Aaliyah Brooks", "aaliyah@example.org", "", "coordinator"),
    "oregon": ("Dana Reyes", "dana@example.org", "Red Oregon", "delegate"),
    "california": ("Maria Lopez", "maria@example.org", "Yes California", "delegate"),
    "texas": ("Colton Hayes", "colton@example.org", "Texas Nationalist Movement", "delegate"),
    "cascadia": ("Lee Park", "lee@example.org", "Cascadia Now", "delegate"),
    "oregon member": ("Pat Moore", "pat@example.org", "Red Oregon", "member"),
}


@pytest.fixture
def db_path(tmp_path: Path, migrated_template: Path) -> Iterator[Path]:
    """A database with four member organizations, a delegate for each, a member of Red
    Oregon who is not its delegate, and the chair, who acts; the clock stands still."""
    path = tmp_path / "coalition.db"
    shutil.copyfile(migrated_template, path)
    with clock.frozen_at(NOW):
        for name, email, org, role in PEOPLE.values():
            args = ["profile", "--name", name, "--email", email, "--role", role]
            assert main(["--db", str(path), *args, *(["--org", org] if org else [])]) == 0
        assert main(["--db", str(path), "profile", "--switch", "Aaliyah Brooks"]) == 0
        yield path


class Cli:
    def __init__(self, path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        self.path, self.capsys = path, capsys

    def __call__(self, *args: str) -> tuple[int, str, str]:
        self.capsys.readouterr()
        code = main(["--db", str(self.path), *args])
        out, err = self.capsys.readouterr()
        return code, out, err

    def ok(self, *args: str) -> str:
        code, out, err = self(*args)
        assert (code, err) == (0, ""), err
        return out

    def refused(self, *args: str) -> str:
        """The sentence of a refusal (exit code 1, nothing on standard output)."""
        code, out, err = self(*args)
        assert (code, out) == (1, ""), (out, err)
        assert err.startswith("coalition: ") and err.count("\n") == 1
        return err.removeprefix("coalition: ").strip()

    def act_as(self, who: str) -> None:
        self.ok("profile", "--switch", PEOPLE[who][0])

    def count(self, model: type) -> int:
        db = open_database(str(self.path))
        try:
            with db.reading() as session:
                return int(session.scalar(select(func.count()).select_from(model)) or 0)
        finally:
            db.close()


@pytest.fixture
def cli(db_path: Path, capsys: pytest.CaptureFixture[str]) -> Cli:
    return Cli(db_path, capsys)


def _propose(cli: Cli, *extra: str) -> str:
    out = cli.ok("propose", "--title", TITLE, "--text", TEXT, *CLOSES, *extra)
    (proposal_id,) = out.split()
    return proposal_id


def test_from_proposal_to_declaration(cli: Cli, tmp_path: Path) -> None:
    proposal = _propose(cli, "--quorum", "3")
    assert cli.count(Proposal) == 1

    cli.act_as("oregon")
    assert cli.ok("vote", TITLE, "--org", "Red Oregon", "--choice", "approve") == (
        f"Red Oregon: approve on “{TITLE}”, Dana Reyes (delegate)\n"
    )
    cli.act_as("california")
    cli.ok("proxy", "--from", "Yes California", "--to", "Red Oregon", "--proposal", TITLE)
    cli.act_as("oregon")
    out = cli.ok("vote", proposal[-8:], "--org", "Yes California", "--choice", "Approve")
    assert out.endswith("Dana Reyes, by proxy held by Red Oregon\n")
    cli.act_as("chair")
    out = cli.ok(
        "vote", proposal, "--org", "Texas Nationalist Movement", "--choice", "object",
        "--reason", "Not before the spring convention", "--on-behalf",
    )  # fmt: skip
    assert out.endswith(
        "recorded by the chair, Aaliyah Brooks, on behalf of Texas Nationalist Movement\n"
    )
    cli.act_as("texas")  # Texas's delegate, later, from their own laptop: this one stands
    out = cli.ok("vote", TITLE, "--org", "Texas Nationalist Movement", "--choice", "abstain")
    assert out.splitlines()[1] == (
        "It replaces the ballot before it: object, recorded by the chair, Aaliyah Brooks, "
        "on behalf of Texas Nationalist Movement"
    )

    listed = cli.ok("decisions", "--open").splitlines()
    assert listed[0] == "id\ttitle\tstate\tvoted\ttally"
    assert listed[1].split("\t") == [
        proposal[-8:],
        TITLE,
        "open until " + _local(dt.datetime(2026, 12, 16, 1, 30, tzinfo=dt.UTC)),
        "3 of 4",
        "approve 2, object 0, abstain 1",
    ]
    assert cli.ok("decisions", "--closed") == "No closed proposal yet.\n"

    cli.act_as("chair")
    assert cli.ok("close", TITLE).splitlines() == [
        f"“{TITLE}” closed: Adopted (approve 2, object 0, abstain 1; did not vote: Cascadia Now)",
        f"Published the declaration “{TITLE}”: coalition declaration {proposal[-8:]}",
    ]
    out = cli.ok("decisions", "--closed")
    assert "\tAdopted (" in out and "\t3 of 4\tapprove 2, object 0, abstain 1\n" in out

    markdown = cli.ok("declaration", proposal)
    assert markdown.startswith(f"# {TITLE}\n\n{TEXT}\n")
    approved = markdown.split("## Approved by\n\n", 1)[1].split("\n\n", 1)[0]
    assert approved.splitlines() == ["- Red Oregon", "- Yes California"]
    assert "## Abstained\n\n- Texas Nationalist Movement" in markdown
    written = tmp_path / "declaration.md"
    assert cli.ok("declaration", TITLE, "--out", str(written)) == f"Wrote {written}\n"
    assert written.read_text(encoding="utf-8") == markdown
    db = open_database(str(cli.path))
    with db.reading() as session:
        (draft,) = session.scalars(select(Draft))
        assert (draft.status, draft.adopted_by_id) == (DraftStatus.PUBLISHED, proposal)
    db.close()


def test_the_refusals_the_rules_give_store_nothing(cli: Cli) -> None:
    proposal = _propose(cli)
    cli.act_as("oregon")
    cli.ok("vote", proposal, "--org", "Red Oregon", "--choice", "approve")
    ballots = cli.count(Ballot)

    cli.act_as("oregon member")  # a second vote, by someone not its delegate
    second = ("vote", proposal, "--org", "Red Oregon", "--choice", "object", "--reason", "x")
    assert cli.refused(*second) == (
        "Only Red Oregon's delegate (or the delegate of a group holding its proxy) casts its "
        "ballot; the chair can record it on its behalf."
    )
    cli.act_as("oregon")
    assert cli.refused("vote", proposal, "--org", "Yes California", "--choice", "approve") == (
        "Only Yes California's delegate (or the delegate of a group holding its proxy) casts "
        "its ballot; the chair can record it on its behalf."
    )
    assert cli.refused("vote", proposal, "--org", "Red Oregon", "--choice", "maybe") == (
        f"“maybe” is not a choice on “{TITLE}” (approve, object, abstain)."
    )
    blocked = cli.refused(
        "vote", proposal, "--org", "Red Oregon", "--choice", "block", "--reason", "No"
    )
    assert blocked == (
        f"A block counts only under the consensus rule; “{TITLE}” is decided by simple "
        "majority: choose object instead."
    )
    assert cli.refused("vote", proposal, "--org", "Red Oregon", "--choice", "object") == (
        "An organization that chooses object says why: give a reason."
    )
    cli.act_as("chair")
    cli.ok("close", proposal)
    cli.act_as("oregon")
    after = cli.refused("vote", proposal, "--org", "Red Oregon", "--choice", "abstain")
    assert after == (
        f"Voting on “{TITLE}” closed at 2026-12-08 01:00 UTC: the ballot was not recorded."
    )
    assert cli.count(Ballot) == ballots
    assert cli.refused("close", proposal) == f"“{TITLE}” is already closed."


def test_a_closing_time_in_the_past_is_asked_about(
    cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    past = ("--closes", "2026-12-01 17:30", "--zone", "America/Los_Angeles")
    args = ("propose", "--title", "Late", "--text", "Too late", *past)
    assert cli.refused(*args) == (
        "the closing time 2026-12-01 17:30 PST has already passed: the vote would close at "
        "once. Give a later --closes, or --yes to make it all the same."
    )
    assert cli.count(Proposal) == 0

    asked: list[str] = []
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)
    monkeypatch.setattr("builtins.input", lambda prompt: asked.append(prompt) or "n")
    assert cli.refused(*args) == "nothing was proposed"
    assert "has already passed. Make it all the same? [y/N]" in asked[0]
    assert cli.count(Proposal) == 0
    monkeypatch.setattr("builtins.input", lambda prompt: "y")
    cli.ok(*args)
    monkeypatch.undo()
    cli.ok(*args[:2], "Later still", *args[3:], "--yes")
    assert cli.count(Proposal) == 2


def test_usage_mistakes_exit_2_and_store_nothing(cli: Cli) -> None:
    code, out, err = cli("propose", "--title", "T", "--text", "x", "--closes", "next Tuesday")
    assert (code, out) == (EXIT_USAGE, "")
    assert err == 'coalition: --closes takes "YYYY-MM-DD HH:MM", not "next Tuesday"\n'
    code, _, err = cli("propose", "--title", "T", "--text", "x", *CLOSES[:2], "--zone", "Mars/Base")
    assert code == EXIT_USAGE and "Mars/Base" in err
    with pytest.raises(SystemExit) as usage:
        cli("propose", "--title", "T", "--text", "x", "--draft", "D", *CLOSES)
    assert usage.value.code == EXIT_USAGE
    code, _, err = cli("proxy", "--from", "Red Oregon")
    assert code == EXIT_USAGE and "name both" in err
    assert cli.count(Proposal) == 0 and cli.count(Proxy) == 0


def test_bad_proposals_say_every_problem(cli: Cli) -> None:
    sentence = cli.refused(
        "propose", "--title", "Which day?", "--text", "For the rally", *CLOSES,
        "--options", "Saturday", "--rule", "consensus", "--quorum", "9",
    )  # fmt: skip
    assert "consensus decides approve / object / block" in sentence
    assert "a choice among options needs two options at least" in sentence
    assert "a quorum of 9 cannot be reached: only 4 organizations vote" in sentence
    assert "no organization called “Atlantis”" in cli.refused(
        "propose", "--title", "T", "--text", "x", *CLOSES, "--orgs", "Atlantis"
    )
    assert cli.count(Proposal) == 0


def test_hidden_results_are_not_listed(cli: Cli) -> None:
    _propose(cli, "--results", "after-voting", "--orgs", "Red Oregon", "Cascadia Now")
    cli.act_as("oregon")
    cli.ok("vote", TITLE, "--org", "Red Oregon", "--choice", "approve")
    assert cli.ok("decisions").splitlines()[1].endswith("\t1 of 2\tapprove 1, object 0, abstain 0")
    cli.act_as("cascadia")
    assert (
        cli.ok("decisions")
        .splitlines()[1]
        .endswith("\t1 of 2\thidden until your organization votes")
    )


def _tuesday_calls(cli: Cli, *, cancelled: dt.date | None = None) -> None:
    """The coalition's call on Tuesdays from 1 December 2026 (one week cancelled)."""
    db = open_database(str(cli.path))
    with db.session() as session:
        weekly = SeriesInput(
            title="Coalition call",
            start_date=dt.date(2026, 12, 1),
            start_time="17:30",
            time_zone="America/Los_Angeles",
            recurrence=Recurrence(weekdays=(1,)),  # Tuesdays
        )
        series_id = calls.create_series(session, weekly).id
        if cancelled is not None:
            calls.cancel_call(session, series_id, cancelled)
    db.close()


def test_options_a_call_and_a_proxy_for_every_proposal(cli: Cli) -> None:
    _tuesday_calls(cli)
    assert (
        cli.refused(
            "propose", "--title", "Which day?", "--text", "x", *CLOSES, "--call", "2026-12-16"
        )
        == "no call is held on 2026-12-16"
    )
    assert cli.count(Proposal) == 0
    cli.ok(
        "propose", "--title", "Which day for the rally?", "--text", "Saturday or Sunday",
        *CLOSES, "--options", "Saturday", "Sunday", "--call", "2026-12-15",
        "--orgs", "Red Oregon", "Yes California", "Cascadia Now",
    )  # fmt: skip
    db = open_database(str(cli.path))
    with db.reading() as session:
        (proposal,) = session.scalars(select(Proposal))
        call = session.get(CallOccurrence, proposal.occurrence_id or "")
        assert proposal.choices == ["Saturday", "Sunday", "abstain"]
        assert call is not None and call.original_date == dt.date(2026, 12, 15)
    db.close()
    cli.act_as("cascadia")
    out = cli.ok("proxy", "--from", "Cascadia Now", "--to", "Yes California")
    assert out.startswith(
        "Yes California's delegate may cast Cascadia Now's ballot on every proposal until revoked"
    )
    listed = cli.ok("proxy").splitlines()
    assert listed[1].split("\t")[1:4] == ["Cascadia Now", "Yes California", "every proposal"]
    proxy_id = listed[1].split("\t")[0]
    cli.act_as("california")
    cli.ok("vote", "Which day for the rally?", "--org", "Cascadia Now", "--choice", "sunday")
    cli.act_as("cascadia")
    assert cli.ok("proxy", "--revoke", proxy_id) == (
        "Cascadia Now no longer lets Yes California vote for it\n"
    )
    cli.act_as("california")
    assert "Only Cascadia Now's delegate" in cli.refused(
        "vote", "Which day for the rally?", "--org", "Cascadia Now", "--choice", "saturday"
    )
    cli.act_as("cascadia")
    assert cli.refused("proxy", "--revoke", proxy_id) == (
        "That proxy was revoked already, on 2026-12-08: nothing was changed."
    )


def test_a_title_two_proposals_answer_to_lists_their_ids(cli: Cli) -> None:
    first = cli.ok("propose", "--title", "Budget", "--text", "x", *CLOSES).strip()
    second = cli.ok("propose", "--title", "Budgét", "--text", "y", *CLOSES).strip()
    sentence = cli.refused("close", "budgèt")
    assert sentence == (
        f"“budgèt” names 2 proposals: give the id of one ({first[-8:]} “Budget”; "
        f"{second[-8:]} “Budgét”)."
    )


def test_a_proposal_is_not_put_to_a_cancelled_call(cli: Cli) -> None:
    _tuesday_calls(cli, cancelled=dt.date(2026, 12, 15))
    assert (
        cli.refused("propose", "--title", "T", "--text", "x", *CLOSES, "--call", "2026-12-15")
        == "that call is cancelled: put the proposal to another one"
    )
    assert cli.count(Proposal) == 0


def test_one_delegate_at_a_time_holds_an_organizations_ballot(cli: Cli) -> None:
    cli.ok("proxy", "--from", "Cascadia Now", "--to", "Yes California")
    out = cli.ok("proxy", "--from", "Cascadia Now", "--to", "Red Oregon")
    assert out.splitlines()[1] == "It replaces the proxy Yes California held, revoked now."
    listed = [line.split("\t") for line in cli.ok("proxy").splitlines()]
    assert listed[0][-1].lower().startswith("revoked")
    # Red Oregon's in force (not revoked); Yes California's revoked today.
    assert [(row[2], row[-1]) for row in listed[1:]] == [
        ("Red Oregon", "no"),
        ("Yes California", "2026-12-08"),
    ]


def test_only_active_members_vote_or_hold_proxies(cli: Cli) -> None:
    db = open_database(str(cli.path))
    with db.session() as session:
        from coalition.directory import records as directory

        oregon = directory.find_organization_by_name(session, "Red Oregon")
        assert oregon is not None
        data = directory.organization_input(oregon)
        data.status = "inactive"
        directory.update_organization(session, oregon.id, data)
    db.close()
    assert cli.refused(
        "propose", "--title", "T", "--text", "x", *CLOSES, "--orgs", "Red Oregon", "Cascadia Now"
    ) == (
        "only active member organizations vote: Red Oregon is not one (set it active in the "
        "directory first)"
    )
    assert cli.refused("proxy", "--from", "Cascadia Now", "--to", "Red Oregon") == (
        "Red Oregon is inactive: only active member organizations give or hold proxies."
    )
    assert cli.count(Proposal) == cli.count(Proxy) == 0


def test_a_closing_time_out_of_range_or_on_the_clocks_edge_is_said(cli: Cli) -> None:
    for when in ("0001-01-01 00:00", "9999-12-31 23:59"):
        code, out, err = cli("propose", "--title", "T", "--text", "x", "--closes", when, "--yes")
        assert (code, out) == (EXIT_USAGE, "")
        assert err == (
            f"coalition: --closes: {when[:10]} is out of range for the closing date "
            "(1776 to 2200)\n"
        )
    assert cli.count(Proposal) == 0
    code, out, err = cli(
        "propose", "--title", "Spring\tforward\n", "--text", "x",
        "--closes", "2027-03-14 02:30", "--zone", "America/Los_Angeles",
    )  # fmt: skip
    assert code == 0
    assert err == (
        "02:30 does not exist on 2027-03-14 in America/Los_Angeles (the clocks go forward): "
        "voting closes at 03:30 PDT\n"
    )
    listed = cli.ok("decisions").splitlines()[1].split("\t")
    assert listed[1:3] == ["Spring forward", "open until 2027-03-14 10:30 UTC"]


def _local(moment: dt.datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M %Z")
