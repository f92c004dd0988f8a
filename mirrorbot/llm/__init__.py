"""The optional language-model hook: richer replies, never at the cost of
safety, privacy or a reply on time.

Importing this package costs nothing: httpx and the clients load only when
a hook is built from a config with ``[llm] enabled = true``.

    hook = ModelHook.from_config(cfg)        # None when the model is off
    text = hook.reply(request) if hook else None   # None: use the script
"""

from __future__ import annotations
