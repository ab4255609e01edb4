"""Images linked as documents (PNG, JPEG, TIFF): a scanned letter, a photographed form. Read by OCR,
every frame of a multi-page TIFF as a page; located "page N (OCR)", or "(OCR)" for a single image."""
from __future__ import annotations

import io
import warnings

from . import DocumentBuilder, ExtractError
from .ocr import NEEDS_OCR, engine, read_image

MAX_FRAMES = 1000


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


def extract_image(builder: DocumentBuilder, body: bytes, content_type: str | None) -> None:
    from PIL import ImageSequence

    try:
        image = open_image(body)
    except ValueError as e:
        raise ExtractError(str(e)) from None
    frames = getattr(image, "n_frames", 1)
    builder.document.pages = frames if frames > 1 else None
    if engine() is None:
        builder.not_checked(NEEDS_OCR)
        return
    for number, frame in enumerate(ImageSequence.Iterator(image), 1):
        if number > MAX_FRAMES:
            builder.not_checked(f"frames after {MAX_FRAMES} not read")
            break
        page = number if frames > 1 else None
        try:
            frame.load()
        except (OSError, ValueError, SyntaxError) as e:
            builder.not_checked(f"image frame {number} unreadable: {e}")
            continue
        if not read_image(builder, frame, page, f"frame {number}" if page else "the image") or builder.full:
            break
