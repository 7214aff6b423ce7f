"""The real yaml-language-server, driven over stdio as an editor drives it (LSP JSON-RPC).

An editor opens a YAML file and the server publishes its diagnostics; here the same few
messages are sent (initialize, initialized, a configuration with validation on, didOpen per
file) and the diagnostics are collected. The schema is found as an editor finds it: from the
``# yaml-language-server: $schema=…`` modeline docs/authoring.md recommends, resolved
against the file's own folder. Requests the server makes of the editor are answered as VS
Code's YAML extension answers them (the settings, nothing else).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import threading
import time
from pathlib import Path
from queue import Empty, Queue
from typing import Any

#: Where `.ci/run` installs the server if it is not on PATH (npm's global prefix is).
ENV_VAR = "MEDARBEIDER_YAML_LANGUAGE_SERVER"
SETTINGS = {"yaml": {"validate": True, "schemaStore": {"enable": False}, "format": {}}}


def find_server() -> list[str] | None:
    """The command that starts the server on stdio, or None when it (or node) is missing."""
    named = os.environ.get(ENV_VAR)
    found = named or shutil.which("yaml-language-server")
    if not found or shutil.which("node") is None:
        return None
    return [found, "--stdio"]


class LanguageServer:
    """One server process; `diagnostics` opens files and returns what it said about each."""

    def __init__(self, command: list[str], root: Path) -> None:
        self.process = subprocess.Popen(
            command,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            cwd=root,
        )
        self._next_id = 0
        self._messages: Queue[dict[str, Any]] = Queue()
        threading.Thread(target=self._read, daemon=True).start()
        self.request(
            "initialize",
            {
                "processId": os.getpid(),
                "rootUri": root.as_uri(),
                "capabilities": {
                    "workspace": {"configuration": True},
                    "textDocument": {"publishDiagnostics": {}},
                },
            },
        )
        self.notify("initialized", {})
        self.notify("workspace/didChangeConfiguration", {"settings": SETTINGS})

    def close(self) -> None:
        try:
            self.request("shutdown", None, timeout=10)
            self.notify("exit", None)
            self.process.wait(timeout=10)
        except Exception:
            self.process.kill()
            self.process.wait(timeout=10)

    def __enter__(self) -> LanguageServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- JSON-RPC over stdio --------------------------------------------------------------

    def _send(self, message: dict[str, Any]) -> None:
        body = json.dumps({"jsonrpc": "2.0", **message}).encode("utf-8")
        assert self.process.stdin is not None
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.process.stdin.flush()

    def _read(self) -> None:
        stream = self.process.stdout
        assert stream is not None
        while True:
            length = 0
            while (line := stream.readline()) not in (b"\r\n", b""):
                name, _, value = line.decode("ascii").partition(":")
                if name.lower() == "content-length":
                    length = int(value)
            if not line:
                return
            self._messages.put(json.loads(stream.read(length)))

    def notify(self, method: str, params: Any) -> None:
        self._send({"method": method, "params": params})

    def request(self, method: str, params: Any, timeout: float = 60) -> Any:
        self._next_id += 1
        wanted = self._next_id
        self._send({"id": wanted, "method": method, "params": params})
        for message in self._incoming(timeout):
            if message.get("id") == wanted and "method" not in message:
                return message.get("result")
        raise TimeoutError(method)

    def _incoming(self, timeout: float) -> Any:
        """Messages as they come, answering the server's own requests on the way."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                message = self._messages.get(timeout=max(0.0, deadline - time.monotonic()))
            except Empty:
                return
            if "method" in message and "id" in message:  # the server asks the editor
                self._answer(message)
                continue
            yield message

    def _answer(self, request: dict[str, Any]) -> None:
        result: Any = None
        if request["method"] == "workspace/configuration":
            result = [
                SETTINGS.get(item.get("section", ""), SETTINGS["yaml"])
                if item.get("section") != "yaml"
                else SETTINGS["yaml"]
                for item in request["params"]["items"]
            ]
        self._send({"id": request["id"], "result": result})

    # --- what an editor shows -------------------------------------------------------------

    def diagnostics(self, files: list[Path], timeout: float = 60) -> dict[Path, list[str]]:
        """Open each file; the errors (severity 1) the server publishes for it, by file."""
        waiting = {file.resolve().as_uri(): file for file in files}
        for file in files:
            self.notify(
                "textDocument/didOpen",
                {
                    "textDocument": {
                        "uri": file.resolve().as_uri(),
                        "languageId": "yaml",
                        "version": 1,
                        "text": file.read_text(encoding="utf-8"),
                    }
                },
            )
        said: dict[Path, list[str]] = {}
        for message in self._incoming(timeout):
            if message.get("method") != "textDocument/publishDiagnostics":
                continue
            params = message["params"]
            file = waiting.pop(params["uri"], None)
            if file is None:
                continue
            said[file] = [
                f"{d['range']['start']['line'] + 1}: {d['message']}"
                for d in params["diagnostics"]
                if d.get("severity", 1) == 1
            ]
            if not waiting:
                return said
        raise TimeoutError(f"no diagnostics for {sorted(str(f) for f in waiting.values())}")
