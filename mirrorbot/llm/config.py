"""The ``[llm]`` settings as one typed, frozen object, and the rule about
where a person's words may go: a loopback server is local; any other host
needs ``allow_remote = true`` (or the person's explicit yes in the app)."""

from __future__ import annotations

import ipaddress
import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

if TYPE_CHECKING:
    from mirrorbot.config import Config

# Hard limits that are not worth a setting: a reflection is a sentence or
# three. A stream past MAX_STREAM_BYTES (or a reply past MAX_REPLY_CHARS) is
# cut off and rejected, so a runaway server cannot fill memory or the screen.
MAX_STREAM_BYTES = 256 * 1024
MAX_REPLY_CHARS = 4000


@dataclass(frozen=True)
class LLMSettings:
    enabled: bool = False
    provider: str = "openai"
    base_url: str = "http://127.0.0.1:11434/v1"
    model: str = "llama3.2"
    api_key_env: str = ""
    temperature: float = 0.4
    max_tokens: int = 160
    connect_timeout: float = 2.0
    first_token_timeout: float = 8.0
    total_timeout: float = 20.0
    use_for: tuple[str, ...] = ("journal",)
    allow_remote: bool = False
    redact_emails: bool = True
    redact_phones: bool = True
    redact_names: tuple[str, ...] = ()

    @classmethod
    def from_values(cls, values: Mapping[str, Any]) -> LLMSettings:
        """From the validated ``[llm]`` table (``Config.values["llm"]``)."""
        v = dict(values)
        return cls(
            enabled=bool(v.get("enabled", False)),
            provider=str(v.get("provider", "openai")),
            base_url=str(v.get("base_url", cls.base_url)).strip().rstrip("/"),
            model=str(v.get("model", cls.model)),
            api_key_env=str(v.get("api_key_env", "")),
            temperature=float(v.get("temperature", cls.temperature)),
            max_tokens=int(v.get("max_tokens", cls.max_tokens)),
            connect_timeout=float(v.get("connect_timeout", cls.connect_timeout)),
            first_token_timeout=float(v.get("first_token_timeout", cls.first_token_timeout)),
            total_timeout=float(v.get("total_timeout", cls.total_timeout)),
            use_for=tuple(str(u) for u in v.get("use_for", cls.use_for)),
            allow_remote=bool(v.get("allow_remote", False)),
            redact_emails=bool(v.get("redact_emails", True)),
            redact_phones=bool(v.get("redact_phones", True)),
            redact_names=tuple(str(n) for n in v.get("redact_names", ())),
        )

    @classmethod
    def from_config(cls, cfg: Config) -> LLMSettings:
        return cls.from_values(cfg.values.get("llm", {}))

    @property
    def host(self) -> str:
        return urlsplit(self.base_url).hostname or ""

    @property
    def local(self) -> bool:
        return is_loopback(self.host)

    @property
    def unallowed_host(self) -> str | None:
        """The server words would go to when that needs the person's yes
        (not this computer, ``allow_remote`` not set), else None."""
        if self.local or self.allow_remote:
            return None
        return self.host or self.base_url

    def refusal(self, *, remote_ok: bool = False) -> str | None:
        """Why no request may be sent, or None. ``remote_ok`` is the person's
        explicit yes (the app asks, naming the host)."""
        if not self.enabled:
            return "the language model is off ([llm] enabled = false)"
        host = self.unallowed_host
        if host is not None and not remote_ok:
            return (
                f"[llm] base_url sends your words to {host}, which is not "
                "this computer; set allow_remote = true in [llm] if you mean it"
            )
        return None

    def usable_for(self, use: str) -> bool:
        return self.enabled and use in self.use_for

    def api_key(self, environ: Mapping[str, str] | None = None) -> str | None:
        """The key from the environment variable named in ``api_key_env``.
        Never stored, never part of a message or a log line."""
        if not self.api_key_env:
            return None
        return (os.environ if environ is None else environ).get(self.api_key_env) or None

    def endpoint(self) -> str:
        """The full address of the chat endpoint for the provider."""
        base = self.base_url.rstrip("/")
        if self.provider == "ollama":
            return base + "/api/chat"
        if base.endswith("/v1"):
            return base + "/chat/completions"
        return base + "/v1/chat/completions"


def is_loopback(host: str) -> bool:
    """localhost, 127.0.0.0/8 and ::1 are this computer. Decided from the
    address as written, without a DNS lookup (a name that resolves to
    loopback today could resolve elsewhere tomorrow)."""
    name = host.strip().strip("[]").lower().rstrip(".")
    if name == "localhost":
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False
