"""The fast encoder of findings.json, SARIF and history lines writes exactly what json.dumps writes."""
import json

from reports.compact_json import dumps

HOSTILE = [
    "plain", "quote \" and backslash \\", "".join(chr(i) for i in range(128)), "Mar\u00eda Pe\u00f1a",
    "line\u2028separator", "lone \udc80 surrogate", "emoji \U0001f600", "", "</script><!--",
]


def test_same_text_as_json_dumps_for_hostile_strings():
    for text in HOSTILE:
        item = {"url": "http://127.0.0.1/a b", "context": text, "location": {"line": 3, "element": text},
                "findings": [1, None, True, False], "box": [12.5, 0.0, 612.0, 792.3], "referrers": (text,)}
        assert dumps(item) == json.dumps(item, separators=(",", ":"))
        assert dumps(item).isascii()


def test_what_orjson_cannot_encode_goes_to_json():
    for item in ({"n": 2 ** 70}, {1: "integer key"}, ["\ud800"]):
        assert dumps(item) == json.dumps(item, separators=(",", ":"))
