"""Where a message goes and how long it may be there: the channels, their limits, and
how a text is counted for each (X's shortened links, SMS segments)."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from coalition.common.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Channel:
    """Where a message goes, and how many characters it may have there (None: no limit)."""

    key: str
    label: str
    limit: int | None


CHANNELS: dict[str, Channel] = {
    c.key: c
    for c in (
        Channel("x", "Post on X", 280),
        Channel("facebook", "Facebook post", 63206),
        Channel("instagram", "Instagram caption", 2200),
        Channel("sms", "SMS", 160),
        Channel("email", "E-mail", None),
        Channel("press_release", "Press release", None),
        Channel("script", "Phone or canvass script", None),
        Channel("flyer", "Flyer", None),
    )
}

X_URL_LENGTH = 23
# A web address as X shortens it; punctuation ending a sentence is not part of it.
_URL = re.compile(r"https?://\S+?(?=[.,;:!?)\]'\"]*(?:\s|$))", re.IGNORECASE)


@dataclass(frozen=True)
class Count:
    """How long a text is for a channel: ``over`` is how many characters to cut (0 if none)."""

    used: int
    limit: int | None
    over: int


def count(channel_key: str, text: str) -> Count:
    """The length of ``text`` as the channel counts it, against the channel's limit.

    Characters are counted as a person counts them: Unicode code points, so "é" is one
    (an emoji made of several code points, such as a flag, counts as several).  Merge
    fields are counted as written; count the rendered text to know what is sent.

    On X, every http(s) address counts as 23 characters whatever its length, because X
    replaces it with a t.co link of that length.  X also weighs some characters (CJK,
    most emoji) as two; that is not applied here.

    For an SMS the limit is 160 characters of the GSM alphabet; a character outside it
    (an accent GSM lacks, an emoji, a curly quote) makes the whole message UCS-2, where a
    segment holds only 70: :func:`sms_segments` tells how many messages a text costs.
    """
    channel = CHANNELS[channel_key]
    used = len(text)
    if channel_key == "x":
        urls = _URL.findall(text)
        used += sum(X_URL_LENGTH - len(u) for u in urls)
    over = max(0, used - channel.limit) if channel.limit is not None else 0
    return Count(used, channel.limit, over)


# The GSM 03.38 alphabet: its basic set costs one septet a character, its extension two.
_GSM_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
_GSM_EXTENSION = frozenset("^{}\\[~]|€\f")


def sms_segments(text: str) -> int:
    """How many SMS messages ``text`` is sent as (0 for no text).

    In the GSM alphabet one message holds 160 septets and each part of a longer one 153
    (the rest carries the joining header); ``{``, ``€`` and the like take two septets.
    Any other character makes the message UCS-2: 70 UTF-16 units, 67 per part.  (A
    phone never splits a two-septet character across parts, which can add a part in
    rare cases; that is not modelled.)
    """
    if not text:
        return 0
    if all(c in _GSM_BASIC or c in _GSM_EXTENSION for c in text):
        units = sum(2 if c in _GSM_EXTENSION else 1 for c in text)
        single, part = 160, 153
    else:
        units = len(text.encode("utf-16-le")) // 2
        single, part = 70, 67
    return 1 if units <= single else math.ceil(units / part)


def _channel_key(value: str) -> str:
    wanted = value.strip().casefold()
    for channel in CHANNELS.values():
        if wanted in (channel.key, channel.label.casefold()):
            return channel.key
    known = ", ".join(c.label for c in CHANNELS.values())
    raise ValueError(
        QT_TRANSLATE_NOOP("Drafts", "'{value}' is not a channel (one of: {known})").format(
            value=value.strip(), known=known
        )
    )
