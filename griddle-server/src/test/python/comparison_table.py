"""Builds the comparison table of docs/hostile-http.md from three files of outcomes, one line a case:

    griddle  the corpus run's output (lines "hostile NAME: OUTCOME, app N, T ms")
    netty    target/hostile-netty-defaults.txt (NettyDefaultsComparison: "NAME<TAB>OUTCOME<TAB>app N")
    h11      h11_outcomes.py's output ("NAME<TAB>N request(s) [...] then ...")

    python3 comparison_table.py surefire-output.txt target/hostile-netty-defaults.txt h11-outcomes.txt
"""
import re
import sys


def griddle(path):
    out = {}
    for line in open(path, encoding="utf-8", errors="replace"):
        m = re.match(r"hostile (\S+): (.*), app (\d+), \d+ ms", line.strip())
        if m:
            out[m.group(1)] = "%s (app %s)" % (m.group(2), m.group(3))
    return out


def netty(path):
    out = {}
    for line in open(path, encoding="utf-8"):
        name, outcome, app = line.rstrip("\n").split("\t")
        out[name] = "%s (%s)" % (outcome, app)
    return out


def h11(path):
    out = {}
    for line in open(path, encoding="utf-8"):
        name, text = line.rstrip("\n").split("\t", 1)
        m = re.match(r"(\d+) request\(s\) \[(.*?)\] then (.*)", text)
        count, end = m.group(1), m.group(3)
        end = re.sub(r"refuses \((\d+); Uvicorn: 400\): (.*)", r"refuses: \2", end)
        end = re.sub(r": bytearray\(b?(.*)\)", r": \1", end)  # the offending bytes, as Python wrote them
        end = re.sub(r" \(expected .*\)", "", end)
        end = end.replace("|", "\\|")
        if len(end) > 70:
            end = end[:67] + "..."
        out[name] = "%s request(s), %s" % (count, end)
    return out


def main():
    g, n, h = griddle(sys.argv[1]), netty(sys.argv[2]), h11(sys.argv[3])
    print("| case | Griddle | Netty's defaults | h11 (Uvicorn) |")
    print("|---|---|---|---|")
    for name in n:
        if name not in h:  # the WebSocket handshakes: neither h11 nor a bare codec speaks WebSocket
            continue
        print("| `%s` | %s | %s | %s |" % (name, g.get(name, "?"), n[name], h.get(name, "?")))


main()
