"""The one secret scrubber: what reaches an error line, the log or a stored score."""

from __future__ import annotations

from mockloop.llm.redact import MARK, redact

KEY = "fw_3kQ9vZxL2mN8pR4tY7wB1cD6"


def test_the_key_and_key_shaped_text_are_removed() -> None:
    text = f"401: invalid key {KEY}; header was Bearer abc.def and sk-proj-abcdefghijkl"
    out = redact(text, KEY)
    assert KEY not in out and "abc.def" not in out and "sk-proj" not in out
    assert out.count(MARK) == 3 and out.startswith("401: invalid key ")


def test_a_key_echoed_in_two_pieces_is_still_removed() -> None:
    # a server that splits the key across two fields, or breaks it with a space
    text = f"key {KEY[:13]} {KEY[13:]} rejected; expected {KEY[4:20]}"
    out = redact(text, KEY)
    for piece in (KEY[:13], KEY[13:], KEY[4:20]):
        assert piece not in out
    assert out.startswith("key ") and out.endswith(" rejected; expected " + MARK)


def test_ordinary_text_is_left_alone() -> None:
    text = "the model 'accounts/fireworks/models/llama-v3p1-8b-instruct' is not found"
    assert redact(text, KEY) == text
