"""Pictures for the demo content, drawn with Pillow: simple stylised scenes, nothing downloaded."""

import io
import random

from PIL import Image, ImageDraw

SIZE = (1200, 800)
SKIES = [((120, 170, 220), (220, 235, 250)), ((250, 190, 140), (255, 235, 200))]


def _vertical_gradient(draw, box, top, bottom):
    left, upper, right, lower = box
    height = max(lower - upper, 1)
    for y in range(upper, lower):
        t = (y - upper) / height
        colour = tuple(round(a + (b - a) * t) for a, b in zip(top, bottom, strict=True))
        draw.line([(left, y), (right, y)], fill=colour)


def _sky(draw, rng, horizon):
    top, bottom = rng.choice(SKIES)
    _vertical_gradient(draw, (0, 0, SIZE[0], horizon), top, bottom)
    x, y = rng.randint(150, 1050), rng.randint(80, 200)
    draw.ellipse([x - 50, y - 50, x + 50, y + 50], fill=(255, 214, 102))


def _hills(draw, rng, horizon, colour):
    for _ in range(3):
        x = rng.randint(-200, SIZE[0])
        width = rng.randint(500, 900)
        draw.ellipse([x, horizon - 120, x + width, horizon + 240], fill=colour)
    draw.rectangle([0, horizon, SIZE[0], SIZE[1]], fill=colour)


def _tree(draw, x, ground, height):
    draw.rectangle([x - 8, ground - height // 3, x + 8, ground], fill=(110, 80, 50))
    draw.ellipse(
        [x - height // 3, ground - height, x + height // 3, ground - height // 4],
        fill=(46, 125, 50),
    )


def _city(draw, rng):
    _sky(draw, rng, 560)
    x = 0
    while x < SIZE[0]:
        width, height = rng.randint(70, 150), rng.randint(180, 460)
        shade = rng.randint(70, 130)
        draw.rectangle([x, 560 - height, x + width, 560], fill=(shade, shade + 10, shade + 30))
        for wy in range(560 - height + 20, 540, 40):
            for wx in range(x + 12, x + width - 20, 28):
                if rng.random() < 0.6:
                    draw.rectangle([wx, wy, wx + 12, wy + 18], fill=(255, 230, 150))
        x += width + rng.randint(4, 20)
    draw.rectangle([0, 560, SIZE[0], SIZE[1]], fill=(90, 95, 105))


def _green(draw, rng):
    _sky(draw, rng, 500)
    _hills(draw, rng, 500, (104, 159, 56))
    for _ in range(9):
        _tree(draw, rng.randint(30, 1170), rng.randint(620, 780), rng.randint(140, 260))


def _river(draw, rng):
    _sky(draw, rng, 420)
    _hills(draw, rng, 420, (124, 179, 66))
    draw.polygon([(520, 480), (680, 480), (1000, SIZE[1]), (200, SIZE[1])], fill=(66, 133, 200))
    for x in (120, 260, 380, 850, 960, 1100):
        _tree(draw, x, rng.randint(560, 700), rng.randint(120, 200))


def _transport(draw, rng):
    _sky(draw, rng, 450)
    draw.rectangle([0, 450, SIZE[0], SIZE[1]], fill=(150, 150, 150))
    draw.rectangle([0, 600, SIZE[0], 700], fill=(70, 70, 75))
    for x in range(0, SIZE[0], 120):
        draw.rectangle([x, 645, x + 60, 655], fill=(240, 240, 240))
    draw.rounded_rectangle([150, 470, 650, 640], radius=24, fill=(200, 40, 40))
    for wx in range(180, 620, 70):
        draw.rectangle([wx, 495, wx + 50, 550], fill=(200, 225, 245))
    for wheel in (230, 560):
        draw.ellipse([wheel - 30, 610, wheel + 30, 670], fill=(30, 30, 30))
    draw.rectangle([820, 380, 1100, 400], fill=(60, 60, 70))
    draw.rectangle([830, 400, 845, 600], fill=(60, 60, 70))
    draw.rectangle([1075, 400, 1090, 600], fill=(60, 60, 70))
    draw.rectangle([850, 410, 1070, 560], fill=(190, 215, 235))


def _meeting(draw, rng):
    _vertical_gradient(draw, (0, 0, SIZE[0], SIZE[1]), (235, 238, 242), (205, 210, 220))
    palette = [(33, 97, 140), (183, 28, 28), (46, 125, 50), (245, 124, 0), (94, 53, 177)]
    for index, x in enumerate(range(230, 1000, 110)):
        colour = palette[(index + rng.randint(0, 4)) % len(palette)]
        y = 330 if index % 2 else 360
        draw.ellipse([x, y, x + 70, y + 70], fill=(230, 190, 160))
        draw.rounded_rectangle([x - 15, y + 75, x + 85, y + 200], radius=30, fill=colour)
    draw.ellipse([250, 480, 950, 700], fill=(150, 105, 70))


def _building(draw, rng):
    _sky(draw, rng, 560)
    draw.rectangle([0, 560, SIZE[0], SIZE[1]], fill=(124, 179, 66))
    draw.rectangle([250, 300, 950, 600], fill=(236, 239, 241))
    draw.rectangle([230, 270, 970, 305], fill=(67, 160, 71))
    for wx in range(290, 900, 110):
        draw.rectangle([wx, 350, wx + 70, 440], fill=(144, 202, 249))
        draw.rectangle([wx, 480, wx + 70, 570], fill=(144, 202, 249))
    for x in range(245, 960, 45):
        draw.ellipse([x, 245, x + 40, 285], fill=(56, 142, 60))


MOTIFS = {
    "city": _city,
    "green": _green,
    "river": _river,
    "transport": _transport,
    "meeting": _meeting,
    "building": _building,
}


def scene(motif, seed):
    """A JPEG of the motif; the same motif and seed always give the same bytes."""
    image = Image.new("RGB", SIZE)
    MOTIFS[motif](ImageDraw.Draw(image), random.Random(seed))
    output = io.BytesIO()
    image.save(output, "JPEG", quality=82, optimize=True)
    return output.getvalue()


def monogram(text, seed):
    """A square PNG logo with the initials of a name."""
    rng = random.Random(seed)
    image = Image.new("RGB", (320, 320), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    colour = (rng.randint(10, 90), rng.randint(60, 120), rng.randint(110, 170))
    draw.rounded_rectangle([16, 16, 304, 304], radius=48, fill=colour)
    initials = "".join(word[0] for word in text.split() if word[:1].isalpha())[:3].upper()
    draw.text((160, 160), initials, fill=(255, 255, 255), anchor="mm", font_size=120)
    output = io.BytesIO()
    image.save(output, "PNG", optimize=True)
    return output.getvalue()
