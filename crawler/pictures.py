"""A picture's header, read without the extraction package: whether it decodes, and whether it is large enough to
hold a line of text. The spider judges a page's pictures by it before any is sent to a worker (see
``crawler.spiders.page_pictures``); the extractors open every picture through it."""
from __future__ import annotations

import io
import warnings

MIN_TEXT_SIDE = 300  # a picture whose longer side is shorter (an icon, a bullet, a small logo) holds no lines of text
MIN_TEXT_HEIGHT = 24  # nor does a rule or a banner thinner than one line of text


def may_hold_text(size: tuple[int, int]) -> bool:
    """Whether a picture of ``size`` (width, height in pixels) is large enough to hold a line of text a reader reads:
    an icon, a bullet, a small logo or a thin rule is not."""
    return max(size) >= MIN_TEXT_SIDE and min(size) >= MIN_TEXT_HEIGHT


def open_image(body: bytes):
    """Pillow's image of ``body``, its header read; ValueError saying why it cannot be read. Pillow's pixel limit
    is an error here: a decompression bomb is refused unread."""
    from PIL import Image, UnidentifiedImageError

    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            image = Image.open(io.BytesIO(body))
            image.size  # noqa: B018 (Pillow reads the header lazily)
        except UnidentifiedImageError:  # its message names Pillow's stream object, nothing a reader can use
            raise ValueError("unreadable image: not a known image format, or damaged") from None
        except (OSError, ValueError, SyntaxError) as e:
            raise ValueError(f"unreadable image: {e}") from None
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            raise ValueError("image too large to read (decompression bomb?)") from None
    return image
