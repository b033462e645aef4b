#!/usr/bin/python3
"""A hostile DNS server for the tests (issue 14): UDP and TCP on 127.0.0.1 at one free port.

Usage: hostile-dns.py --mode MODE [--delay SECONDS] [--lifetime SECONDS]
Prints the port on the first line of standard output once both sockets listen, then serves until it
is killed or --lifetime runs out (so a test that dies leaves nothing behind for long).

Every question gets the genuine answer (A 192.0.2.1, TXT "genuine", MX 10 mx.genuine.test) in the
ways the mode allows; a forged answer carries A 203.0.113.66 / TXT "forged" so a test can tell them apart.
Modes:
  tc-then-dribble  UDP answers with TC=1 only; the TCP answer comes one byte every --delay (0.8) s
  wrong-id         a forged answer with another ID first, then the genuine one
  wrong-question   forged answers with the right ID for another name, another type and another
                   class first, then the genuine one
  qr0              a forged answer with QR=0 (a query, not a response) first, then the genuine one
  wrong-source     a forged answer with the right ID from another port first, then the genuine one
  upper-case       the genuine answer with the question's name in upper case (must be accepted)
  silent           never answers
  slow             the genuine answer after --delay (3) s
  slow-cname       every name is a CNAME to next.<name>, each answered after --delay (0.6) s
Standard library only: the test machine's python3 has no extra modules.
"""

import argparse
import socket
import struct
import sys
import threading
import time

GENUINE_A = bytes([192, 0, 2, 1])
FORGED_A = bytes([203, 0, 113, 66])
TYPE_A, TYPE_CNAME, TYPE_MX, TYPE_TXT, TYPE_AAAA = 1, 5, 15, 16, 28
CLASS_IN = 1


def parse_question(packet):
    """(id, flags, qname labels as bytes, qtype, qclass) of a query, or None."""
    if len(packet) < 12:
        return None
    qid, flags, qdcount = struct.unpack("!HHH", packet[:6])
    if qdcount != 1:
        return None
    labels, pos = [], 12
    while True:
        if pos >= len(packet):
            return None
        length = packet[pos]
        pos += 1
        if length == 0:
            break
        if length > 63 or pos + length > len(packet):
            return None
        labels.append(packet[pos:pos + length])
        pos += length
    if pos + 4 > len(packet):
        return None
    qtype, qclass = struct.unpack("!HH", packet[pos:pos + 4])
    return qid, flags, labels, qtype, qclass


def encode_name(labels):
    return b"".join(bytes([len(l)]) + l for l in labels) + b"\x00"


def rdata_for(qtype, forged, labels):
    if qtype == TYPE_A:
        return TYPE_A, FORGED_A if forged else GENUINE_A
    if qtype == TYPE_MX:
        host = [b"mx", b"forged" if forged else b"genuine", b"test"]
        return TYPE_MX, struct.pack("!H", 10) + encode_name(host)
    if qtype == TYPE_TXT:
        text = b"forged" if forged else b"genuine"
        return TYPE_TXT, bytes([len(text)]) + text
    return None, b""


def build_reply(query, forged=False, qid=None, qr=True, tc=False, labels=None, qtype=None, qclass=None,
                answer=True, cname_to=None):
    """A reply to `query` (the parse_question tuple) with the given deviations."""
    q_id, q_flags, q_labels, q_type, q_class = query
    qid = q_id if qid is None else qid
    labels = q_labels if labels is None else labels
    qtype = q_type if qtype is None else qtype
    qclass = q_class if qclass is None else qclass
    flags = (0x8000 if qr else 0) | 0x0400 | (q_flags & 0x0100) | 0x0080  # QR AA RD(copied) RA
    if tc:
        flags |= 0x0200
    records = []
    if answer and cname_to is not None:
        records.append((TYPE_CNAME, encode_name(cname_to)))
    elif answer:
        rtype, rdata = rdata_for(q_type, forged, q_labels)
        if rtype is not None:
            records.append((rtype, rdata))
    out = struct.pack("!HHHHHH", qid, flags, 1, len(records), 0, 0)
    out += encode_name(labels) + struct.pack("!HH", qtype, qclass)
    for rtype, rdata in records:
        out += b"\xc0\x0c" + struct.pack("!HHIH", rtype, CLASS_IN, 60, len(rdata)) + rdata
    return out


class Server:
    def __init__(self, mode, delay):
        self.mode = mode
        self.delay = delay
        for _ in range(50):
            self.udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
            self.udp.bind(("127.0.0.1", 0))
            self.port = self.udp.getsockname()[1]
            self.tcp = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            self.tcp.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            try:
                self.tcp.bind(("127.0.0.1", self.port))
                break
            except OSError:  # the TCP port is taken: try another pair
                self.udp.close()
                self.tcp.close()
        else:
            sys.exit("hostile-dns.py: no free port for both UDP and TCP")
        self.tcp.listen(16)
        # Forged datagrams from another port of the same host (mode wrong-source).
        self.other = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.other.bind(("127.0.0.1", 0))

    def udp_reply(self, packet, client):
        query = parse_question(packet)
        if query is None:
            return
        send = lambda data: self.udp.sendto(data, client)
        mode = self.mode
        if mode == "silent":
            return
        if mode == "tc-then-dribble":
            send(build_reply(query, tc=True, answer=False))
            return
        if mode == "wrong-id":
            send(build_reply(query, forged=True, qid=query[0] ^ 0x5A5A))
        elif mode == "wrong-question":
            send(build_reply(query, forged=True, labels=[b"forged"] + query[2]))
            send(build_reply(query, forged=True, qtype=TYPE_AAAA if query[3] != TYPE_AAAA else TYPE_A))
            send(build_reply(query, forged=True, qclass=3))  # CHAOS
        elif mode == "qr0":
            send(build_reply(query, forged=True, qr=False))
        elif mode == "wrong-source":
            self.other.sendto(build_reply(query, forged=True), client)
        elif mode == "upper-case":
            send(build_reply(query, labels=[l.upper() for l in query[2]]))
            return
        elif mode == "slow":
            time.sleep(self.delay)
        elif mode == "slow-cname":
            time.sleep(self.delay)
            send(build_reply(query, cname_to=[b"next"] + query[2]))
            return
        if mode != "slow":
            time.sleep(0.05)  # the forgery arrives first, by a margin
        send(build_reply(query))

    def serve_udp(self):
        while True:
            packet, client = self.udp.recvfrom(65535)
            threading.Thread(target=self.udp_reply, args=(packet, client), daemon=True).start()

    def tcp_client(self, conn):
        try:
            length = conn.recv(2)
            if len(length) < 2:
                return
            (size,) = struct.unpack("!H", length)
            packet = b""
            while len(packet) < size:
                chunk = conn.recv(size - len(packet))
                if not chunk:
                    return
                packet += chunk
            query = parse_question(packet)
            if query is None:
                return
            reply = build_reply(query)
            message = struct.pack("!H", len(reply)) + reply
            if self.mode == "tc-then-dribble":
                for i in range(len(message)):
                    conn.sendall(message[i:i + 1])
                    time.sleep(self.delay)
            elif self.mode != "silent":
                conn.sendall(message)
        except OSError:
            pass  # the client gave up and closed the connection
        finally:
            conn.close()

    def serve_tcp(self):
        while True:
            conn, _ = self.tcp.accept()
            threading.Thread(target=self.tcp_client, args=(conn,), daemon=True).start()


def main():
    modes = ["tc-then-dribble", "wrong-id", "wrong-question", "qr0", "wrong-source", "upper-case", "silent", "slow",
             "slow-cname"]
    parser = argparse.ArgumentParser(description="A hostile DNS server on 127.0.0.1 for the tests")
    parser.add_argument("--mode", required=True, choices=modes)
    parser.add_argument("--delay", type=float, help="seconds: dribble interval, slow answer or CNAME hop delay")
    parser.add_argument("--lifetime", type=float, default=600, help="exit after this many seconds")
    args = parser.parse_args()
    delay = args.delay
    if delay is None:
        delay = {"tc-then-dribble": 0.8, "slow": 3.0, "slow-cname": 0.6}.get(args.mode, 0.0)
    server = Server(args.mode, delay)
    threading.Thread(target=server.serve_udp, daemon=True).start()
    threading.Thread(target=server.serve_tcp, daemon=True).start()
    print(server.port, flush=True)
    time.sleep(args.lifetime)


if __name__ == "__main__":
    main()
