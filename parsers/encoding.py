"""Bytes to text for HTML pages whose declared charset is often missing or wrong."""

from __future__ import annotations

from bs4.dammit import EncodingDetector, UnicodeDammit

# Chinese sites declare GB2312 or GBK but use characters only their superset GB18030 has;
# decoding with the superset is never worse.
CHARSET_SUPERSETS = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "iso-8859-1": "windows-1252",
    "latin-1": "windows-1252",
    "ascii": "utf-8",
    "us-ascii": "utf-8",
}


def _widen(charset: str | None) -> str | None:
    if not charset:
        return None
    name = charset.strip().strip("\"'").lower()
    return CHARSET_SUPERSETS.get(name, name) or None


def charset_from_content_type(content_type: str | None) -> str | None:
    """The ``charset=`` parameter of a Content-Type header, if any."""
    if not content_type:
        return None
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None


def decode_html(body: bytes, http_charset: str | None = None) -> tuple[str, str | None]:
    """Decode a page: BOM first, then the HTTP header, then the page's meta tag, then detection.

    Returns the text and the encoding that decoded it. Each candidate is tried in turn
    and abandoned if it fails to decode, which is what rescues a page whose header says
    UTF-8 but whose bytes are GBK.
    """
    bom_text, bom_encoding = EncodingDetector.strip_byte_order_mark(body)
    if bom_encoding:
        return bom_text.decode(bom_encoding, errors="replace"), bom_encoding
    declared = EncodingDetector.find_declared_encoding(body, is_html=True, search_entire_document=False)
    candidates = [c for c in (_widen(http_charset), _widen(declared)) if c]
    dammit = UnicodeDammit(body, known_definite_encodings=candidates, is_html=True)
    if dammit.unicode_markup is None:
        return body.decode("utf-8", errors="replace"), "utf-8"
    return dammit.unicode_markup, dammit.original_encoding
