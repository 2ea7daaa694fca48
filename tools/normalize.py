"""Normalised keys for matching guests: email, phone (E.164), names."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Final

import phonenumbers

from tools.errors import InvalidInput

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$")
# Providers that ignore dots in the local part and support +tags.
_DOTLESS_DOMAINS: Final = frozenset({"gmail.com", "googlemail.com"})
_PLUS_DOMAINS: Final = frozenset(
    {
        "gmail.com",
        "googlemail.com",
        "outlook.com",
        "hotmail.com",
        "live.com",
        "icloud.com",
        "me.com",
        "fastmail.com",
        "proton.me",
        "protonmail.com",
        "yahoo.com",
    }
)

NICKNAMES: Final[dict[str, str]] = {
    "bob": "robert",
    "rob": "robert",
    "robbie": "robert",
    "bobby": "robert",
    "bill": "william",
    "will": "william",
    "billy": "william",
    "liam": "william",
    "dick": "richard",
    "rick": "richard",
    "rich": "richard",
    "richie": "richard",
    "jim": "james",
    "jimmy": "james",
    "jamie": "james",
    "mike": "michael",
    "mick": "michael",
    "mikey": "michael",
    "dave": "david",
    "davy": "david",
    "tom": "thomas",
    "tommy": "thomas",
    "tony": "anthony",
    "chris": "christopher",
    "kit": "christopher",
    "dan": "daniel",
    "danny": "daniel",
    "joe": "joseph",
    "joey": "joseph",
    "matt": "matthew",
    "nick": "nicholas",
    "nicky": "nicholas",
    "steve": "stephen",
    "sam": "samuel",
    "ben": "benjamin",
    "alex": "alexander",
    "andy": "andrew",
    "drew": "andrew",
    "ed": "edward",
    "eddie": "edward",
    "ted": "edward",
    "jon": "jonathan",
    "johnny": "john",
    "jack": "john",
    "pete": "peter",
    "greg": "gregory",
    "larry": "lawrence",
    "charlie": "charles",
    "chuck": "charles",
    "fred": "frederick",
    "hank": "henry",
    "harry": "henry",
    "ken": "kenneth",
    "kate": "katherine",
    "katie": "katherine",
    "kathy": "katherine",
    "cathy": "katherine",
    "liz": "elizabeth",
    "beth": "elizabeth",
    "betty": "elizabeth",
    "lizzie": "elizabeth",
    "eliza": "elizabeth",
    "maggie": "margaret",
    "meg": "margaret",
    "peggy": "margaret",
    "jen": "jennifer",
    "jenny": "jennifer",
    "sue": "susan",
    "suzy": "susan",
    "becky": "rebecca",
    "abby": "abigail",
    "patty": "patricia",
    "pat": "patricia",
    "trish": "patricia",
    "vicky": "victoria",
    "mandy": "amanda",
    "debbie": "deborah",
    "deb": "deborah",
    "dana": "dana",
    "danielle": "danielle",
    "sandy": "sandra",
    "cindy": "cynthia",
    "nan": "ann",
    "annie": "ann",
    "anne": "ann",
    "ally": "alison",
    "allie": "alison",
    "ellie": "eleanor",
    "jess": "jessica",
    "jessie": "jessica",
    "nate": "nathan",
    "zach": "zachary",
    "zack": "zachary",
    "tim": "timothy",
    "timmy": "timothy",
    "phil": "philip",
    "ron": "ronald",
    "don": "donald",
    "gerry": "gerald",
    "jerry": "gerald",
    "leo": "leonard",
    "len": "leonard",
    "lenny": "leonard",
}


def email_key(email: str | None) -> str | None:
    """Case-folded email, with dots and +tags removed where the provider ignores them."""
    if not email:
        return None
    local, _, domain = email.strip().casefold().rpartition("@")
    if not local:
        return None
    if domain in _PLUS_DOMAINS:
        local = local.split("+", 1)[0]
    if domain in _DOTLESS_DOMAINS:
        local = local.replace(".", "")
        domain = "gmail.com"
    return f"{local}@{domain}"


def validate_email(email: str) -> str:
    """Return the trimmed email or raise InvalidInput naming the problem."""
    cleaned = email.strip()
    if not _EMAIL.match(cleaned) or ".." in cleaned:
        raise InvalidInput(f"{_shown(cleaned)!r} is not a valid email address.")
    return cleaned


_E164 = re.compile(r"^\+[1-9]\d{7,14}$")


def phone_key(phone: str | None, region: str = "US") -> str:
    """A matching key for a phone: E.164 when it parses, its digits otherwise; fast for E.164 input."""
    if not phone:
        return ""
    if _E164.match(phone):
        return phone
    return phone_e164(phone, region) or re.sub(r"\D+", "", phone)


def phone_e164(phone: str | None, region: str = "US") -> str | None:
    """E.164 form of ``phone`` (national numbers read in ``region``), or None if unparseable."""
    if not phone or not phone.strip():
        return None
    try:
        parsed = phonenumbers.parse(phone, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(parsed):
        return None
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def validate_phone(phone: str, region: str = "US") -> str:
    """Return ``phone`` as E.164 or raise InvalidInput."""
    e164 = phone_e164(phone, region)
    if e164 is None:
        raise InvalidInput(f"{_shown(phone)!r} is not a valid phone number (use +country code or a {region} number).")
    return e164


_NOT_ALNUM = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=65_536)
def fold(text: str | None) -> str:
    """Lower case, accents stripped, punctuation to spaces, whitespace collapsed."""
    if not text:
        return ""
    if not text.isascii():  # the common case skips Unicode decomposition
        decomposed = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _NOT_ALNUM.sub(" ", text.casefold()).strip()


@lru_cache(maxsize=65_536)
def name_key(name: str | None, *, nickname: bool = True) -> str:
    """Folded name without spaces; with ``nickname``, a known nickname becomes its formal name."""
    folded = fold(name).replace(" ", "")
    return NICKNAMES.get(folded, folded) if nickname else folded


@lru_cache(maxsize=65_536)
def soundex(word: str) -> str:
    """American Soundex of a folded word; a coarse key for names with typos."""
    word = fold(word).replace(" ", "")
    if not word:
        return ""
    codes = {
        **dict.fromkeys("bfpv", "1"),
        **dict.fromkeys("cgjkqsxz", "2"),
        **dict.fromkeys("dt", "3"),
        "l": "4",
        **dict.fromkeys("mn", "5"),
        "r": "6",
    }
    out = word[0]
    last = codes.get(word[0], "")
    for ch in word[1:]:
        code = codes.get(ch, "")
        if code and code != last:
            out += code
        if ch not in "hw":
            last = code
    return (out + "000")[:4]


def name_blocks(first: str | None, last: str | None) -> tuple[str | None, str | None]:
    """Name-search blocks: Soundex of the last name with the first initial; and the same read with
    the names swapped (a booking that put the last name first)."""
    given, family = name_key(first), name_key(last, nickname=False)
    if not given or not family:
        return None, None
    return f"{soundex(family)}:{given[0]}", f"{soundex(given)}:{family[0]}"


def _shown(value: str) -> str:
    return value if len(value) <= 40 else value[:37] + "..."
