"""The "h11" column of docs/hostile-http.md: feeds every HTTP/1.1 case of the hostile-HTTP corpus to h11's server
side, the parser Uvicorn uses by default when httptools is absent, and prints what h11 makes of it: the requests it
reads (method and target), and how it ends (an error, which Uvicorn answers with 400 and a close; waiting for more
bytes; or a close that h11 asks for).

    python3 h11_outcomes.py PATH_TO_H11_SOURCE ../resources/hostile > h11-outcomes.txt

The corpus format is docs/hostile-http.md's; only the cases of kind http1 on the plain server are fed.
"""
import os
import re
import sys

sys.path.insert(0, sys.argv[1])
import h11  # noqa: E402

FILES = ["http1-framing", "http1-chunked", "http1-head", "http1-target", "http1-connection"]


def unescape(line, out):
    i = 0
    while i < len(line):
        c = line[i]
        if c != "\\":
            out.append(ord(c) & 0xFF if ord(c) < 256 else ord("?"))
            i += 1
            continue
        e = line[i + 1]
        if e in "rnt0\\":
            out.append({"r": 13, "n": 10, "t": 9, "0": 0, "\\": 92}[e])
            i += 2
        elif e == "x":
            out.append(int(line[i + 2:i + 4], 16))
            i += 4
        elif e == "[":
            star = line.index("*", i)
            out.extend(line[star + 1].encode("latin-1") * int(line[i + 2:star]))
            i = star + 3
        else:
            raise ValueError(line)


def cases(path):
    current = None
    for line in open(path, encoding="utf-8").read().split("\n"):
        if line.startswith("#"):
            continue
        if line.startswith("=== "):
            if current:
                yield current
            current = {"name": line[4:].strip(), "bytes": bytearray(), "send": False, "kind": "http1", "server": "plain"}
            continue
        if current is None:
            continue
        if current["send"]:
            unescape(line, current["bytes"])
        elif line.startswith("send"):
            current["send"] = True
        elif line.startswith("websocket"):
            current["kind"] = "websocket"
        elif line.startswith("server"):
            current["server"] = line.split()[1]
        elif line.startswith("http2"):
            current["kind"] = "http2"
    if current:
        yield current


def outcome(data):
    conn = h11.Connection(h11.SERVER, max_incomplete_event_size=16 * 1024)
    conn.receive_data(bytes(data))
    requests = []
    try:
        while True:
            event = conn.next_event()
            if isinstance(event, h11.Request):
                requests.append(event.method.decode("latin-1") + " " + event.target.decode("latin-1"))
            elif isinstance(event, h11.EndOfMessage):
                try:
                    conn.send(h11.Response(status_code=200, headers=[("content-length", "0")]))
                    conn.send(h11.EndOfMessage())
                except h11.LocalProtocolError:
                    return requests, "then stops: the client asked to switch protocols"  # Upgrade / CONNECT
                if conn.our_state is h11.MUST_CLOSE or conn.their_state is h11.MUST_CLOSE:
                    return requests, "then closes"
                conn.start_next_cycle()
            elif event is h11.NEED_DATA:
                return requests, "then waits for more"
            elif event is h11.PAUSED:
                return requests, "then pauses"
            elif isinstance(event, h11.ConnectionClosed):
                return requests, "then closes"
    except h11.RemoteProtocolError as error:
        return requests, "then refuses (%s; Uvicorn: 400): %s" % (error.error_status_hint, error)


def main():
    for name in FILES:
        for case in cases(os.path.join(sys.argv[2], name + ".cases")):
            if case["kind"] != "http1" or case["server"] != "plain":
                continue
            requests, end = outcome(case["bytes"])
            print("%s\t%d request(s) %s %s" % (case["name"], len(requests), requests, end))


main()
