"""Images linked as documents or shown in a page (PNG, JPEG, WebP, TIFF): a scanned letter, a photographed form, a
screenshot. Read by OCR, every frame of a multi-page TIFF as a page; located "page N (OCR)", or "(OCR)" for a single
image."""
from __future__ import annotations

from ..pictures import open_image
from . import DocumentBuilder, ExtractError
from .ocr import NEEDS_OCR, engine, read_image

MAX_FRAMES = 1000


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
