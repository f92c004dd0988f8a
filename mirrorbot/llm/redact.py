"""Redaction before anything leaves the machine: e-mail addresses, phone
numbers and the names a person listed become placeholders ("[email 1]",
"[phone 1]", "[name 2]"), in the message and in every earlier turn sent
with it. The same value gets the same placeholder throughout one request,
so the model can still tell two people apart; ``restore`` puts the real
words back into the model's reply before it is shown."""

from __future__ import annotations

import re
from collections.abc import Iterable

_EMAIL = re.compile(r"(?<![\w.+-])[\w.%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b")
# Seven to fifteen digits, with the spaces, dots, dashes and brackets people
# write them with, optionally an international prefix. Dates and times do not
# match (an ISO date is excluded; "10:30" has a colon).
_PHONE = re.compile(r"(?<![\w+])(?:\+|00)?\(?\d[\d\s().-]{5,}\d(?![\w])")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_PLACEHOLDER = re.compile(r"\[(?:email|phone|name) \d+\]")


class Redactor:
    """Redacts text for one request and can restore the reply."""

    def __init__(
        self, *, emails: bool = True, phones: bool = True, names: Iterable[str] = ()
    ) -> None:
        self.emails = emails
        self.phones = phones
        listed = [n.strip() for n in names if n.strip()]
        # A name's placeholder is its place in the list ("[name 1]" is the
        # first name listed), whatever order it turns up in.
        self._name_numbers: dict[str, int] = {}
        for name in listed:
            self._name_numbers.setdefault(name.lower(), len(self._name_numbers) + 1)
        wanted = sorted(set(listed), key=len, reverse=True)
        self._names = (
            re.compile(
                r"(?<!\w)(?:" + "|".join(re.escape(n) for n in wanted) + r")(?!\w)", re.IGNORECASE
            )
            if wanted
            else None
        )
        self._given: dict[tuple[str, str], str] = {}  # (kind, value) -> placeholder
        self._back: dict[str, str] = {}  # placeholder -> the words as first written
        self._counts: dict[str, int] = {}

    @property
    def active(self) -> bool:
        return self.emails or self.phones or self._names is not None

    def _placeholder(self, kind: str, value: str) -> str:
        key = (kind, value.lower() if kind != "phone" else re.sub(r"\D", "", value))
        found = self._given.get(key)
        if found is None:
            self._counts[kind] = self._counts.get(kind, 0) + 1
            found = f"[{kind} {self._counts[kind]}]"
            self._given[key] = found
            self._back[found] = value
        return found

    def redact(self, text: str) -> str:
        if self.emails:
            text = _EMAIL.sub(lambda m: self._placeholder("email", m.group()), text)
        if self.phones:
            text = _PHONE.sub(self._phone, text)
        if self._names is not None:
            text = self._names.sub(self._name, text)
        return text

    def _name(self, found: re.Match[str]) -> str:
        value = found.group()
        placeholder = f"[name {self._name_numbers[value.lower()]}]"
        self._back.setdefault(placeholder, value)
        return placeholder

    def _phone(self, found: re.Match[str]) -> str:
        value = found.group()
        digits = sum(ch.isdigit() for ch in value)
        if not 7 <= digits <= 15 or _ISO_DATE.fullmatch(value.strip()):
            return value
        return self._placeholder("phone", value)

    def restore(self, text: str) -> str:
        """The model's reply with the person's own words back in place."""
        if not self._back:
            return text
        return _PLACEHOLDER.sub(lambda m: self._back.get(m.group(), m.group()), text)
