"""Whole HTTP/1.1 messages read off a socket, byte for byte, for the fault proxy.

Only framing: head, then a body delimited by Content-Length, chunked encoding, or the end of
the connection. Bounded, so a runaway peer cannot make a test eat the machine's memory.
"""

from __future__ import annotations

import socket
from dataclasses import dataclass

MAX_HEADER = 64 * 1024
MAX_BODY = 64 * 1024 * 1024


class ProtocolViolation(Exception):
    """Bytes that cannot be framed as HTTP/1.1 (or are beyond the limits)."""


@dataclass
class Message:
    raw: bytes
    method: str = ""
    path: str = ""
    status: int = 0
    closes: bool = False


class Reader:
    """Reads whole HTTP/1.1 messages (head and body, exactly as sent) from a socket."""

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self.buffer = b""

    def _fill(self) -> bool:
        chunk = self.sock.recv(65536)
        if not chunk:
            return False
        self.buffer += chunk
        return True

    def _take(self, count: int) -> bytes:
        while len(self.buffer) < count:
            if not self._fill():
                raise ProtocolViolation("connection closed inside a message")
        out, self.buffer = self.buffer[:count], self.buffer[count:]
        return out

    def _line(self) -> bytes:
        while b"\r\n" not in self.buffer:
            if len(self.buffer) > MAX_HEADER or not self._fill():
                raise ProtocolViolation("no line end")
        line, _, self.buffer = self.buffer.partition(b"\r\n")
        return line + b"\r\n"

    def message(self, *, is_response: bool, request_method: str = "GET") -> Message | None:
        while b"\r\n\r\n" not in self.buffer:
            if len(self.buffer) > MAX_HEADER:
                raise ProtocolViolation("header too large")
            if not self._fill():
                if self.buffer:
                    raise ProtocolViolation("connection closed inside a header")
                return None
        head, _, self.buffer = self.buffer.partition(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        headers: dict[str, str] = {}
        for line in lines[1:]:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        first = lines[0].split(" ")
        out = Message(raw=b"")
        if is_response:
            out.status = int(first[1])
        else:
            out.method, out.path = first[0], first[1]
        out.closes = headers.get("connection", "").lower() == "close"
        body = self._body(
            headers, is_response=is_response, status=out.status, method=request_method
        )
        if body is None:  # delimited by the server closing the connection
            body, out.closes = self._rest(), True
        out.raw = head + b"\r\n\r\n" + body
        return out

    def _body(
        self, headers: dict[str, str], *, is_response: bool, status: int, method: str
    ) -> bytes | None:
        if is_response and (100 <= status < 200 or status in (204, 304) or method == "HEAD"):
            return b""
        if "chunked" in headers.get("transfer-encoding", "").lower():
            return self._chunks()
        if "content-length" in headers:
            length = int(headers["content-length"])
            if not 0 <= length <= MAX_BODY:
                raise ProtocolViolation("body too large")
            return self._take(length)
        return None if is_response else b""

    def _chunks(self) -> bytes:
        out = bytearray()
        while True:
            size_line = self._line()
            out += size_line
            size = int(size_line.split(b";")[0].strip(), 16)
            if len(out) + size > MAX_BODY:
                raise ProtocolViolation("body too large")
            if size == 0:
                while True:  # trailers, then the blank line
                    trailer = self._line()
                    out += trailer
                    if trailer == b"\r\n":
                        return bytes(out)
            out += self._take(size + 2)

    def _rest(self) -> bytes:
        while self._fill():
            if len(self.buffer) > MAX_BODY:
                raise ProtocolViolation("body too large")
        out, self.buffer = self.buffer, b""
        return out
