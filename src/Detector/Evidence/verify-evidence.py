#!/usr/bin/env python3
"""Verifies a Detector evidence bundle (format detector-evidence/1) with the Python standard library alone.

Usage: python3 verify-evidence.py BUNDLE.json
Prints "intact" and exits 0, or names the first problem and exits 1. See README.md beside this file for the format.
"""
import hashlib
import json
import sys


def canonical(value):
    """RFC 8785 (JSON Canonicalization Scheme) text of a value parsed by json.load."""
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)  # the same minimal escaping as RFC 8785
    if isinstance(value, (int, float)):
        return number(value)
    if isinstance(value, list):
        return "[" + ",".join(canonical(item) for item in value) + "]"
    members = sorted(value.items(), key=lambda member: member[0].encode("utf-16-be"))  # UTF-16 code unit order
    return "{" + ",".join(json.dumps(name, ensure_ascii=False) + ":" + canonical(item) for name, item in members) + "}"


def number(value):
    """A number as ECMAScript's Number.prototype.toString writes it (RFC 8785 section 3.2.2.3)."""
    value = float(value)
    if value != value or value in (float("inf"), float("-inf")):
        raise ValueError("JSON numbers must be finite")
    if value == 0:
        return "0"
    sign = "-" if value < 0 else ""
    mantissa, _, exponent = repr(abs(value)).partition("e")  # repr gives the shortest round-trip digits
    whole, _, fraction = mantissa.partition(".")
    digits = (whole + fraction).lstrip("0")
    n = len(whole) + int(exponent or 0) - (len(whole + fraction) - len(digits))  # value = 0.DIGITS x 10^n
    digits = digits.rstrip("0")
    k = len(digits)
    if k <= n <= 21:
        return sign + digits + "0" * (n - k)
    if 0 < n <= 21:
        return sign + digits[:n] + "." + digits[n:]
    if -6 < n <= 0:
        return sign + "0." + "0" * -n + digits
    shown = digits[0] + ("." + digits[1:] if k > 1 else "")
    return sign + shown + "e" + ("+" if n - 1 >= 0 else "-") + str(abs(n - 1))


def sha256(value):
    return hashlib.sha256(canonical(value).encode("utf-8")).digest()


def refuse_duplicates(pairs):
    names = [name for name, _ in pairs]
    if len(names) != len(set(names)):
        raise ValueError("duplicate member name")
    return dict(pairs)


def verify(bundle):
    hashes = bundle["hashes"]
    if bundle["format"] != "detector-evidence/1" or hashes["algorithm"] != "sha-256":
        return "unsupported format"
    link = sha256({"conversation": bundle["conversation"]["id"], "format": bundle["format"]})
    if link.hex() != hashes["header"]:
        return "the header hash does not match"
    messages = bundle["conversation"]["messages"]
    if not len(messages) == len(hashes["messages"]) == len(hashes["chain"]):
        return f"{len(messages)} messages, {len(hashes['messages'])} message hashes, {len(hashes['chain'])} chain links"
    for i, message in enumerate(messages):
        message_hash = sha256(message)
        if message_hash.hex() != hashes["messages"][i]:
            return f"message {i} does not match its hash"
        link = hashlib.sha256(link + message_hash).digest()
        if link.hex() != hashes["chain"][i]:
            return f"chain link {i} does not match"
    if sha256(bundle["assessment"]).hex() != hashes["assessment"]:
        return "the assessment does not match its hash"
    if sha256({name: item for name, item in bundle.items() if name != "digest"}).hex() != bundle["digest"]:
        return "the digest does not match"
    return None


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as file:
        problem = verify(json.load(file, object_pairs_hook=refuse_duplicates))
    print(problem or "intact")
    sys.exit(1 if problem else 0)
